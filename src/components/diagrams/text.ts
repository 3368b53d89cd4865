/**
 * Every reader-visible string of the architecture diagrams and tables (NetworkTrio, DepthTable, CifarTable,
 * ShortcutTable, UnitDiagram), in both languages: titles, captions, table headers, screen-reader text, CSV column
 * names, and the words of the labels the architecture arithmetic writes (src/engine/arch: "3×3 conv, 64",
 * "weight layer", "plain-34"), which the engine keeps in English and the diagrams put into the page's language.
 */
import type {Localized} from "../../i18n/locale.js";

/** A label of the architecture arithmetic in the page's language (English: unchanged). */
type LabelTranslator = (label: string) => string;

/** The engine's English words and their Chinese, applied in order to a label (numbers and shapes are kept). */
const ZH_LABEL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^weight layer$/, "权重层"],
  [/^identity x$/, "恒等 x"],
  [/take every (\d+)nd pixel/g, "每 $1 个像素取 1 个"],
  [/pad zeros /g, "补零 "],
  [/average pool, (\d+)-d fc, softmax/g, "平均池化, $1 维全连接, softmax"],
  [/(\d+×\d+) max pool/g, "$1 最大池化"],
  [/stride (\d+)/g, "步幅 $1"],
  [/(\d+×\d+) conv/g, "$1 卷积"],
  [/^avg pool$/, "平均池化"],
  [/^pool/, "池化"],
  [/^fc (\d+)$/, "全连接 $1"],
  [/\bplain-(\d+)/g, "普通-$1"]
];

const translateToChinese: LabelTranslator = (label) => ZH_LABEL_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), label);

/** Labels written by the architecture arithmetic (layer and part labels, network names, Table 1's shared rows). */
export const ARCH_LABEL_TEXT: Localized<{label: LabelTranslator; listSeparator: string}> = {
  en: {label: (label) => label, listSeparator: ", "},
  zh: {label: translateToChinese, listSeparator: "、"}
};

/** The Fig. 3 trio (NetworkTrio.ts). */
export const NETWORK_TRIO_TEXT: Localized<{
  outputSize: (size: number) => string;
  image: string;
  svgTitle: (names: string) => string;
  description: (names: string) => string;
  title: (names: string) => string;
  caption: string;
  dashed: string;
  solid: string;
  csv: {network: string; index: string; label: string; kind: string; output_size: string; unit: string; shortcut_ends_here: string};
}> = {
  en: {
    outputSize: (size) => `output size: ${size}`,
    image: "image",
    svgTitle: (names) => `Network architectures: ${names}`,
    description: (names) =>
      `Layer-by-layer columns of ${names} (He et al. 2015, Fig. 3), generated from the project's specs. ` +
      "Rows are aligned by output size; blue arcs are shortcuts, dashed where the shape changes.",
    title: (names) => `${names}, layer by layer (after He et al. 2015, Fig. 3)`,
    caption:
      "Generated from the project's specs. Each box is a layer (“/2”: it halves the map); rows line up by output " +
      "size. Blue arcs are shortcuts: solid where shapes match, dashed where they change.",
    dashed: "dashed (shape changes)",
    solid: "solid (identity)",
    csv: {network: "network", index: "index", label: "label", kind: "kind", output_size: "output_size", unit: "unit", shortcut_ends_here: "shortcut_ends_here"}
  },
  zh: {
    outputSize: (size) => `输出尺寸：${size}`,
    image: "图像",
    svgTitle: (names) => `网络结构：${names}`,
    description: (names) =>
      `${names} 的逐层结构（He 等，2015，图 3），由本项目的网络规格生成。` +
      "各行按输出尺寸对齐；蓝色弧线是短路连接，形状改变处画成虚线。",
    title: (names) => `${names} 逐层对照（仿 He 等，2015，图 3）`,
    caption:
      "由本项目的网络规格生成。每个方框是一层（“/2”表示特征图边长减半）；各行按输出尺寸对齐。" +
      "蓝色弧线是短路连接：形状相同处为实线，形状改变处为虚线。",
    dashed: "虚线（形状改变）",
    solid: "实线（恒等映射）",
    csv: {network: "网络", index: "序号", label: "标签", kind: "类型", output_size: "输出尺寸", unit: "单元", shortcut_ends_here: "在此结束的短路连接"}
  }
};

/** One summary row under Table 1: what it counts and where the number comes from. */
interface TotalsText {
  label: string;
  note: string;
}

/** Table 1, computed (DepthTable.ts). */
export const DEPTH_TABLE_TEXT: Localized<{
  layerName: string;
  outputSize: string;
  depthColumn: (depth: number) => string;
  flopsComputed: TotalsText;
  flopsPublished: TotalsText;
  flopsV15: TotalsText;
  paramsComputed: TotalsText;
  paramsPublished: TotalsText;
  caption: string;
  title: string;
  /** CSV column names and the labels of the CSV's summary rows (src/engine/arch/table1.ts, table1Records). */
  csvColumns: {layer: string; output_size: string};
  csvRows: Record<string, string>;
}> = {
  en: {
    layerName: "layer name",
    outputSize: "output size",
    depthColumn: (depth) => `${depth}-layer`,
    flopsComputed: {label: "FLOPs, computed", note: "stride on the first 1×1 (the paper's network)"},
    flopsPublished: {label: "FLOPs, published", note: "He et al. 2015, Table 1"},
    flopsV15: {label: "FLOPs, computed", note: "stride on the 3×3 (torchvision's v1.5)"},
    paramsComputed: {label: "parameters, computed", note: "option B shortcuts"},
    paramsPublished: {label: "parameters, published", note: "torchvision num_params"},
    caption:
      "He et al. 2015, Table 1, regenerated from the project's specs. A bracket is one residual unit and its repeat count; " +
      "conv3_1, conv4_1 and conv5_1 downsample with stride 2. FLOPs are multiply-adds. Published figures: FLOPs from " +
      "He et al. 2015, Table 1; parameters from torchvision's model documentation (num_params).",
    title: "Table 1, computed: ResNet-18 to ResNet-152",
    csvColumns: {layer: "layer", output_size: "output_size"},
    csvRows: {
      "FLOPs (multiply-adds), computed, stride on 1×1": "FLOPs (multiply-adds), computed, stride on 1×1",
      "FLOPs, He et al. 2015 Table 1": "FLOPs, He et al. 2015 Table 1",
      "FLOPs, computed, stride on 3×3 (torchvision v1.5)": "FLOPs, computed, stride on 3×3 (torchvision v1.5)",
      "parameters, computed": "parameters, computed",
      "parameters, torchvision": "parameters, torchvision"
    }
  },
  zh: {
    layerName: "层名",
    outputSize: "输出尺寸",
    depthColumn: (depth) => `${depth} 层`,
    flopsComputed: {label: "FLOPs（计算）", note: "步幅在第一个 1×1 上（论文的网络）"},
    flopsPublished: {label: "FLOPs（公布）", note: "He 等，2015，表 1"},
    flopsV15: {label: "FLOPs（计算）", note: "步幅在 3×3 上（torchvision 的 v1.5）"},
    paramsComputed: {label: "参数量（计算）", note: "选项 B 的短路连接"},
    paramsPublished: {label: "参数量（公布）", note: "torchvision 模型文档公布的参数量"},
    caption:
      "He 等，2015，表 1，由本项目的网络规格重新生成。每个方括号是一个残差单元及其重复次数；conv3_1、conv4_1 和 " +
      "conv5_1 以步幅 2 下采样。FLOPs 指乘加次数。公布的数字：FLOPs 取自 He 等，2015，表 1；参数量取自 torchvision " +
      "的模型文档。",
    title: "计算出的表 1：ResNet-18 到 ResNet-152",
    csvColumns: {layer: "层名", output_size: "输出尺寸"},
    csvRows: {
      "FLOPs (multiply-adds), computed, stride on 1×1": "FLOPs（乘加次数，计算），步幅在 1×1 上",
      "FLOPs, He et al. 2015 Table 1": "FLOPs，He 等 2015 表 1",
      "FLOPs, computed, stride on 3×3 (torchvision v1.5)": "FLOPs（计算），步幅在 3×3 上（torchvision v1.5）",
      "parameters, computed": "参数量（计算）",
      "parameters, torchvision": "参数量（torchvision）"
    }
  }
};

/** The CIFAR-10 family beside Table 6 (CifarTable.ts). */
export const CIFAR_TABLE_TEXT: Localized<{
  headers: [network: string, n: string, computed: string, rounded: string, table6: string, multiplyAdds: string];
  caption: string;
  title: string;
  csv: {network: string; n: string; parameters: string; parameters_table6: string; multiply_adds: string};
}> = {
  en: {
    headers: ["network", "n", "parameters, computed", "rounded", "Table 6", "multiply-adds, computed"],
    caption:
      "CIFAR-10 nets (32×32 input, widths 16/32/64, option A), computed from the specs; " +
      "published parameter counts from He et al. 2015, Table 6. The paper gives no FLOPs for them.",
    title: "The CIFAR-10 ResNets: parameters beside Table 6",
    csv: {network: "network", n: "n", parameters: "parameters", parameters_table6: "parameters_table6", multiply_adds: "multiply_adds"}
  },
  zh: {
    headers: ["网络", "n", "参数量（计算）", "取整", "表 6", "乘加次数（计算）"],
    caption:
      "CIFAR-10 网络（输入 32×32，宽度 16/32/64，选项 A），按网络规格计算；" +
      "论文公布的参数量取自 He 等，2015，表 6。论文没有给出它们的 FLOPs。",
    title: "CIFAR-10 上的 ResNet：参数量与表 6 对照",
    csv: {network: "网络", n: "n", parameters: "参数量", parameters_table6: "参数量_表6", multiply_adds: "乘加次数"}
  }
};

/** A row of the shortcut-cost table: its label and what the option does. */
interface OptionRowText {
  label: string;
  note: string;
}

/** What shortcut options A, B and C cost (ShortcutTable.ts). */
export const SHORTCUT_TABLE_TEXT: Localized<{
  rows: {plain: OptionRowText; A: OptionRowText; B: OptionRowText; C: OptionRowText};
  shortcut: string;
  depthColumn: (depth: number) => string;
  caption: string;
  parameters: string;
  multiplyAdds: string;
  title: string;
  plainNetwork: (depth: number) => string;
  csv: {network: string; shortcut: string; parameters: string; parameters_over_plain: string; multiply_adds: string; multiply_adds_over_plain: string};
}> = {
  en: {
    rows: {
      plain: {label: "plain", note: "no shortcuts"},
      A: {label: "A", note: "identity, zero-padding where the shape changes"},
      B: {label: "B", note: "1×1 projection where the shape changes"},
      C: {label: "C", note: "1×1 projection on every shortcut"}
    },
    shortcut: "shortcut",
    depthColumn: (depth) => `${depth}-layer`,
    caption:
      "Computed by the project's architecture arithmetic from the specs (224×224 input, 1000 classes, " +
      "bottleneck stride on the first 1×1). Small lines: what the shortcuts add over the plain network. " +
      "Projections are 1×1 convolutions followed by BatchNorm.",
    parameters: "parameters",
    multiplyAdds: "multiply-adds (FLOPs)",
    title: "What shortcut options A, B and C cost",
    plainNetwork: (depth) => `plain-${depth}`,
    csv: {
      network: "network",
      shortcut: "shortcut",
      parameters: "parameters",
      parameters_over_plain: "parameters_over_plain",
      multiply_adds: "multiply_adds",
      multiply_adds_over_plain: "multiply_adds_over_plain"
    }
  },
  zh: {
    rows: {
      plain: {label: "普通", note: "无短路连接"},
      A: {label: "A", note: "恒等映射，形状改变处零填充"},
      B: {label: "B", note: "形状改变处用 1×1 投影"},
      C: {label: "C", note: "每个短路连接都用 1×1 投影"}
    },
    shortcut: "短路连接",
    depthColumn: (depth) => `${depth} 层`,
    caption:
      "由本项目的结构算术按网络规格计算（输入 224×224，1000 类，瓶颈结构的步幅在第一个 1×1 上）。" +
      "小字：短路连接比普通网络多出的部分。投影是 1×1 卷积，后接 BatchNorm。",
    parameters: "参数量",
    multiplyAdds: "乘加次数（FLOPs）",
    title: "短路连接选项 A、B、C 的代价",
    plainNetwork: (depth) => `普通-${depth}`,
    csv: {
      network: "网络",
      shortcut: "短路连接",
      parameters: "参数量",
      parameters_over_plain: "比普通网络多的参数量",
      multiply_adds: "乘加次数",
      multiply_adds_over_plain: "比普通网络多的乘加次数"
    }
  }
};

/** One residual unit drawn (UnitDiagram.ts). */
export const UNIT_DIAGRAM_TEXT: Localized<{
  /** Words for each formula term, read by screen readers with the part's label. */
  terms: {residual: string; preact: string; shortcut: string; projection: string; add: string; post: string; input: string; output: string};
  parameters: (count: string) => string;
  partLabel: (label: string, term: string, parameters: string | null) => string;
  description: (title: string, branch: string, shortcut: string | null) => string;
  totals: (parameters: string, multiplyAddsMillions: string) => string;
  csv: {unit: string; term: string; part: string; kind: string; parameters: string; multiply_adds: string};
}> = {
  en: {
    terms: {
      residual: "residual function F",
      preact: "pre-activation (BN and ReLU before the weights)",
      shortcut: "shortcut",
      projection: "projection shortcut W_s",
      add: "addition",
      post: "activation after the addition",
      input: "input",
      output: "output"
    },
    parameters: (count) => `${count} parameters`,
    partLabel: (label, term, parameters) => `${label} — ${term}${parameters ? `, ${parameters} parameters` : ""}`,
    description: (title, branch, shortcut) => `${title}: residual branch ${branch}; shortcut ${shortcut ?? "none"}.`,
    totals: (parameters, millions) => `${parameters} parameters · ${millions}M multiply-adds`,
    csv: {unit: "unit", term: "term", part: "part", kind: "kind", parameters: "parameters", multiply_adds: "multiply_adds"}
  },
  zh: {
    terms: {
      residual: "残差函数 F",
      preact: "预激活（权重层之前的 BN 和 ReLU）",
      shortcut: "短路连接",
      projection: "投影短路连接 W_s",
      add: "相加",
      post: "相加之后的激活",
      input: "输入",
      output: "输出"
    },
    parameters: (count) => `${count} 个参数`,
    partLabel: (label, term, parameters) => `${label}——${term}${parameters ? `，${parameters} 个参数` : ""}`,
    description: (title, branch, shortcut) => `${title}：残差分支 ${branch}；短路连接 ${shortcut ?? "无"}。`,
    totals: (parameters, millions) => `${parameters} 个参数 · ${millions}M 次乘加`,
    csv: {unit: "单元", term: "项", part: "部件", kind: "类型", parameters: "参数量", multiply_adds: "乘加次数"}
  }
};
