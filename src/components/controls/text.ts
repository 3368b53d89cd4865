/**
 * Every reader-visible string of the lab controls, in both languages: the parameters' labels, descriptions, units
 * and choice labels (PARAMETER_TEXT: the English is the declared table's own, ./parameters.ts, so
 * docs/url-parameters.md and the English controls read one source; the Chinese is keyed by the declaration's name,
 * and a declaration without its Chinese, or a choice without its label, is a type error), and the controls' own
 * words (CONTROLS_TEXT): switches, copy link, the URL notes and the sentence that describes a Lab page run.
 */
import type {Localized} from "../../i18n/locale.js";
import * as DECLARED from "./parameters.js";
import type {Param} from "./paramTypes.js";

type Declared = typeof DECLARED;

/** The name of a declaration in ./parameters.ts ("DEPTH", "FLOW_DEPTH"): parameter names repeat across labs, these do not. */
export type ParamId = {[K in keyof Declared]: Declared[K] extends Param ? K : never}[keyof Declared];

/** A parameter's words: its label, its one-sentence description, its unit, its choices' labels. */
export interface ParamText {
  label: string;
  description: string;
  unit?: string;
  choiceLabels?: Readonly<Record<string, string>>;
}

/** The words a declaration needs: a label for every choice when it has choices; a unit where it has one. */
type TextFor<P> = P extends {choices: readonly (infer C extends string)[]}
  ? {label: string; description: string; choiceLabels: Readonly<Record<C, string>>}
  : {label: string; description: string; unit?: string};

/** One entry per declaration of ./parameters.ts. */
export type ParameterTable = {readonly [K in ParamId]: TextFor<Declared[K]>};

/** The declarations of ./parameters.ts, by name. */
function declarations(): Array<[ParamId, Param]> {
  const isParam = (value: unknown): value is Param => {
    const param = value as Partial<Param> | null;
    return typeof param === "object" && param !== null && typeof param.name === "string" && typeof param.type === "string" && typeof param.label === "string";
  };
  return (Object.entries(DECLARED) as Array<[string, unknown]>).filter((entry): entry is [ParamId, Param] => isParam(entry[1]));
}

/** The English words, as the declarations hold them. */
const ENGLISH_PARAMETERS = Object.fromEntries(
  declarations().map(([id, param]) => [
    id,
    {label: param.label, description: param.description, ...("unit" in param && param.unit ? {unit: param.unit} : {}), ...(param.type === "choice" ? {choiceLabels: {...param.choiceLabels}} : {})}
  ])
) as unknown as ParameterTable;

const LAYERS = "层";
const CONV_WIDTH = {
  label: "宽度",
  description: "第一阶段的通道数；第二、第三阶段分别是它的两倍和四倍。",
  unit: "通道"
};
const UNIT_CHOICES = {original: "原始", preact: "预激活"};

/** Labels, descriptions, units and choice labels of every declared parameter. */
export const PARAMETER_TEXT: Localized<ParameterTable> = {
  en: ENGLISH_PARAMETERS,
  zh: {
    DATASET: {
      label: "数据集",
      description: "网络要学的内容：14×14 的手写数字（卷积网络），或一个二维玩具数据集（MLP）。",
      choiceLabels: {mnist14: "MNIST 手写数字，14×14", spirals: "两条螺旋", circles: "同心圆", checkerboard: "棋盘"}
    },
    DEPTH: {label: "深度", description: "卷积网络的带权层数，6n + 2：三个阶段，每个阶段 n 个单元，每个单元两层卷积。", unit: LAYERS},
    UNITS: {label: "单元数", description: "MLP 的单元数，每个单元含两个全连接层（深度为 2·单元数 + 2）。"},
    WIDTH: CONV_WIDTH,
    HIDDEN: {label: "隐藏层宽度", description: "MLP 每个隐藏层的神经元个数。"},
    RESIDUAL: {label: "短路连接", description: "开：每个单元把输入加到输出上（残差网络）。关：它的普通孪生网络，权重相同。"},
    UNIT: {
      label: "单元",
      description: "原始单元（相加之后接 ReLU）或预激活单元（每一层之前先做 BN 和 ReLU）。",
      choiceLabels: UNIT_CHOICES
    },
    SHORTCUT: {
      label: "短路连接选项",
      description: "形状改变处怎么办：A 零填充，B 投影，C 每条短路连接都投影。",
      choiceLabels: {A: "A：恒等，零填充", B: "B：形状改变时投影", C: "C：全部投影"}
    },
    BATCH_NORM: {label: "批归一化", description: "在一个批内对每一层的输出做归一化。"},
    LEARNING_RATE: {label: "学习率", description: "每一步 SGD 走多远。"},
    MOMENTUM: {label: "动量", description: "SGD 保留上一步的多少（0：完全不保留）。"},
    WEIGHT_DECAY: {label: "权重衰减", description: "对权重的 L2 惩罚（论文用 0.0001）。"},
    BATCH_SIZE: {label: "批大小", description: "每一步 SGD 用多少个样本。"},
    STEPS: {label: "步数", description: "每次运行的 SGD 步数。"},
    SEED: {label: "种子", description: "决定初始权重、数据和打乱的顺序：同一个种子给出同一次运行。"},
    BACKEND: {
      label: "计算后端",
      description: "在哪里计算；“自动”会做一次简短的计时试跑，在真正的 GPU（WebGPU 或 WebGL）和 WebAssembly 中选最快的，都不行时用纯 JavaScript，出错时自动退回下一个。",
      choiceLabels: {auto: "自动", cpu: "CPU（JavaScript）", wasm: "WebAssembly", webgl: "WebGL", webgpu: "WebGPU"}
    },
    SHALLOW_DEPTH: {label: "较浅的深度", description: "较浅那一对网络的深度（6n + 2）。", unit: LAYERS},
    DEEP_DEPTH: {label: "较深的深度", description: "较深那一对网络的深度（6n + 2）。", unit: LAYERS},
    DEGRADATION_DATA: {
      label: "网络与数据",
      description: "在 14×14 的 MNIST 手写数字上训练卷积网络，是论文那一类网络在真实图像上的设置；两圈同心圆上的小型 MLP 只是玩具例子，训练时间约为一半。",
      choiceLabels: {mnist: "MNIST 14×14 上的卷积网络（论文的设置：约 20 秒）", circles: "同心圆上的 MLP（玩具例子：约 10 秒）"}
    },
    DEGRADATION_STEPS: {label: "步数", description: "每次运行的 SGD 步数（两类网络各有默认值：卷积网络 200 个 32 张数字的小批量，MLP 300 个 64 个点的小批量）。"},
    TWIN: {label: "同时训练孪生网络", description: "用同一个种子再训练一个只有短路连接相反的同款网络（残差 ↔ 普通）：这正是本站关心的对比。"},
    SHORTCUT_LAB_DEPTH: {label: "深度", description: "参与比较的卷积网络的带权层数，6n + 2（8：每个阶段一个单元，一共三个单元）。", unit: LAYERS},
    SHORTCUT_LAB_WIDTH: CONV_WIDTH,
    SHORTCUT_LAB_STEPS: {label: "步数", description: "每次运行的 SGD 步数（每个选项都训练这么多步）。"},
    BRANCH_SCALE: {label: "残差分支的缩放", description: "乘在 F(x) 上：为 0 时，单元原样输出它的输入。"},
    BRANCH_UNIT: {
      label: "单元",
      description: "原始：相加之后接 ReLU。预激活：第一层之前接 ReLU，相加之后什么也不接。",
      choiceLabels: UNIT_CHOICES
    },
    FLOW_DEPTH: {label: "深度", description: "每个 MLP 的带权层数，2·单元数 + 2（56：27 个单元，每个单元两个全连接层）。", unit: LAYERS},
    FLOW_UNIT: {
      label: "单元",
      description: "预激活单元（相加之后什么也没有：恒等路径的分解是精确的）或原始单元（相加之后有一个 ReLU：只是近似）。",
      choiceLabels: UNIT_CHOICES
    },
    SHATTER_DEPTH: {
      label: "深度",
      description: "画出梯度的两个未训练 MLP 的带权层数，2·单元数 + 2（扫描中的每个深度都会测量，这里只选显示哪一个）。",
      unit: LAYERS
    },
    LESION_LAB_DEPTH: {
      label: "深度",
      description: "先训练、再删除单元的普通 MLP 及其残差孪生网络的带权层数，2·单元数 + 2（参考运行在 20 层）。",
      unit: LAYERS
    },
    LANDSCAPE_LAB_DEPTH: {
      label: "深度",
      description: "要测量损失曲面的普通 MLP 及其残差孪生网络的带权层数，2·单元数 + 2（参考运行在 56 层）。",
      unit: LAYERS
    }
  }
};

/** Why a value could not be used as given: each says what is wrong with it, after "depth=999 ". */
interface ProblemText {
  notWhole: () => string;
  notPlainWhole: () => string;
  aboveMax: (max: string) => string;
  belowMin: (min: string) => string;
  notMultiple: (step: string) => string;
  notOnGrid: (first: readonly string[], last: string) => string;
  empty: () => string;
  notNumber: () => string;
  notFinite: () => string;
  readAsBoolean: (value: boolean) => string;
  notBoolean: () => string;
  wrongCase: (choices: readonly string[]) => string;
  notChoice: (choices: readonly string[]) => string;
  notAChoice: () => string;
}

/** The controls' own words. */
interface ControlsText {
  /** The state shown beside a switch. */
  on: string;
  off: string;
  copyLink: string;
  linkLabel: string;
  linkCopied: string;
  copyBlocked: string;
  urlNotesIntro: string;
  moreNotes: (count: number) => string;
  problems: ProblemText;
  /** Several problems of one value in one phrase. */
  joinProblems: (problems: readonly string[]) => string;
  /** A number box's note after the reader typed something unusable. */
  notANumberKeeping: (current: string) => string;
  typedUsing: (typed: string, problems: string, value: string) => string;
  /** "depth=999 is above the maximum 110; using 110". */
  fit: (name: string, raw: string, problems: string, value: string, isDefault: boolean) => string;
  emptyName: string;
  notASetting: (key: string, value: string) => string;
  settingCase: (key: string, name: string) => string;
  givenTimes: (name: string, times: number) => string;
  notAControl: (key: string, raw: string, entry: string) => string;
  controlCase: (key: string, entry: string, name: string) => string;
  notAFlag: (key: string, raw: string) => string;
  givenTwice: (key: string) => string;
}

/** The controls' own words, in both languages. */
export const CONTROLS_TEXT: Localized<ControlsText> = {
  en: {
    on: "on",
    off: "off",
    copyLink: "Copy link",
    linkLabel: "Link to these settings",
    linkCopied: "Link copied.",
    copyBlocked: "Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).",
    urlNotesIntro: "The link asked for settings this page cannot use as written, so it uses these instead:",
    moreNotes: (count) => `… and ${count} more`,
    problems: {
      notWhole: () => "is not a whole number",
      notPlainWhole: () => "is not written as a plain whole number",
      aboveMax: (max) => `is above the maximum ${max}`,
      belowMin: (min) => `is below the minimum ${min}`,
      notMultiple: (step) => `is not a multiple of ${step}`,
      notOnGrid: (first, last) => `is not one of ${first.join(", ")}, …, ${last}`,
      empty: () => "is empty",
      notNumber: () => "is not a number",
      notFinite: () => "is not a finite number",
      readAsBoolean: (value) => `is not true or false (read as ${value})`,
      notBoolean: () => "is not true or false",
      wrongCase: (choices) => `is not one of ${choices.join(", ")} (choices are case-sensitive)`,
      notChoice: (choices) => `is not one of ${choices.join(", ")}`,
      notAChoice: () => "is not a choice"
    },
    joinProblems: (problems) => problems.join(" and "),
    notANumberKeeping: (current) => `Not a number; keeping ${current}`,
    typedUsing: (typed, problems, value) => `${typed} ${problems}; using ${value}`,
    fit: (name, raw, problems, value, isDefault) => `${name}=${raw} ${problems}; using ${isDefault ? "the default " : ""}${value}`,
    emptyName: "(empty name)",
    notASetting: (key, value) => `${key}=${value} is not a setting of this page; ignored`,
    settingCase: (key, name) => `${key} is not a setting (names are case-sensitive); read as ${name}`,
    givenTimes: (name, times) => `${name} is given ${times} times; using the first`,
    notAControl: (key, raw, entry) => `${key}=${raw}: ${entry} is not a control of this page; ignored`,
    controlCase: (key, entry, name) => `${key}: ${entry} is not a control (names are case-sensitive); read as ${name}`,
    notAFlag: (key, raw) => `${key}=${raw} is not 1 or 0; using 0`,
    givenTwice: (key) => `${key} is given more than once; using the first`
  },
  zh: {
    on: "开",
    off: "关",
    copyLink: "复制链接",
    linkLabel: "这些设置的链接",
    linkCopied: "链接已复制。",
    copyBlocked: "这里不允许复制：链接已选中，请按 Ctrl+C（苹果电脑上按 ⌘C）。",
    urlNotesIntro: "链接里有些设置本页无法照原样使用，因此改用了下面的值：",
    moreNotes: (count) => `……还有 ${count} 条`,
    problems: {
      notWhole: () => "不是整数",
      notPlainWhole: () => "不是普通的整数写法",
      aboveMax: (max) => `超过了最大值 ${max}`,
      belowMin: (min) => `低于最小值 ${min}`,
      notMultiple: (step) => `不是 ${step} 的整数倍`,
      notOnGrid: (first, last) => `不在 ${first.join(", ")}, …, ${last} 之中`,
      empty: () => "是空的",
      notNumber: () => "不是数字",
      notFinite: () => "不是有限的数",
      readAsBoolean: (value) => `不是 true 或 false（按 ${value} 读取）`,
      notBoolean: () => "不是 true 或 false",
      wrongCase: (choices) => `不是 ${choices.join(", ")} 之一（选项区分大小写）`,
      notChoice: (choices) => `不是 ${choices.join(", ")} 之一`,
      notAChoice: () => "不是可选的值"
    },
    joinProblems: (problems) => problems.join("，并且"),
    notANumberKeeping: (current) => `不是数字；保留 ${current}`,
    typedUsing: (typed, problems, value) => `${typed} ${problems}；改用 ${value}`,
    fit: (name, raw, problems, value, isDefault) => `${name}=${raw} ${problems}；改用${isDefault ? "默认值" : ""} ${value}`,
    emptyName: "（空名称）",
    notASetting: (key, value) => `${key}=${value} 不是本页的设置；已忽略`,
    settingCase: (key, name) => `${key} 不是设置名（名称区分大小写）；按 ${name} 读取`,
    givenTimes: (name, times) => `${name} 出现了 ${times} 次；使用第一个`,
    notAControl: (key, raw, entry) => `${key}=${raw}：${entry} 不是本页的控件；已忽略`,
    controlCase: (key, entry, name) => `${key}：${entry} 不是控件名（名称区分大小写）；按 ${name} 读取`,
    notAFlag: (key, raw) => `${key}=${raw} 不是 1 或 0；使用 0`,
    givenTwice: (key) => `${key} 出现了不止一次；使用第一个`
  }
};

/** The sentence that says what a Lab page run trains (./labSpec.ts, describeLabRun). */
interface LabRunText {
  preActivationUnits: string;
  originalUnits: string;
  batchNorm: string;
  noBatchNorm: string;
  conv: (stages: number, units: number, widths: string, shortcut: string | null, unit: string, norm: string) => string;
  mlp: (units: number, width: number, isResidual: boolean, unit: string, norm: string) => string;
  sentence: (run: {
    name: string;
    depth: number;
    network: string;
    data: string;
    steps: number;
    batchSize: number;
    learningRate: number;
    momentum: number;
    weightDecay: number;
    seed: number;
    backend: string;
  }) => string;
}

/** What a run of the Lab page's settings trains, in words. */
export const LAB_RUN_TEXT: Localized<LabRunText> = {
  en: {
    preActivationUnits: "pre-activation units",
    originalUnits: "original units",
    batchNorm: "BatchNorm",
    noBatchNorm: "no BatchNorm",
    conv: (stages, units, widths, shortcut, unit, norm) =>
      `a conv net of ${stages} stages × ${units} units, widths ${widths}, ${shortcut !== null ? `shortcut option ${shortcut}, ` : "no shortcuts, "}${unit}, ${norm}`,
    mlp: (units, width, isResidual, unit, norm) => `an MLP of ${units} units of width ${width}, ${isResidual ? "with shortcuts" : "no shortcuts"}, ${unit}, ${norm}`,
    sentence: (run) =>
      `${run.name} (${run.depth} weighted layers): ${run.network}; data: ${run.data}. ` +
      `${run.steps} SGD steps of ${run.batchSize} examples, learning rate ${run.learningRate}, ` +
      `momentum ${run.momentum}, weight decay ${run.weightDecay}; seed ${run.seed}; computed with ${run.backend}.`
  },
  zh: {
    preActivationUnits: "预激活单元",
    originalUnits: "原始单元",
    batchNorm: "使用批归一化",
    noBatchNorm: "不用批归一化",
    conv: (stages, units, widths, shortcut, unit, norm) =>
      `卷积网络，${stages} 个阶段 × 每个阶段 ${units} 个单元，宽度 ${widths}，${shortcut !== null ? `短路连接选项 ${shortcut}，` : "没有短路连接，"}${unit}，${norm}`,
    mlp: (units, width, isResidual, unit, norm) => `MLP，${units} 个单元，宽度 ${width}，${isResidual ? "有短路连接" : "没有短路连接"}，${unit}，${norm}`,
    sentence: (run) =>
      `${run.name}（${run.depth} 个带权层）：${run.network}；数据：${run.data}。` +
      `${run.steps} 步 SGD，每步 ${run.batchSize} 个样本，学习率 ${run.learningRate}，` +
      `动量 ${run.momentum}，权重衰减 ${run.weightDecay}；种子 ${run.seed}；计算后端：${run.backend}。`
  }
};
