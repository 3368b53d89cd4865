/**
 * Every reader-visible string of the gradient-flow lab (flowRuns.ts, flowText.ts, FlowFigures.ts, GradientNormChart.ts,
 * IdentityChart.ts, StepScrubber.ts), in both languages. Net names follow the glossary ("plain-56" → "普通-56"); the
 * rows' keys and values ("net": "plain" / "residual", "norm", …) stay English identifiers in code; the CSV exports
 * name their columns and nets in the page's language (FLOW_CSV_TEXT), English keeping the identifiers themselves.
 */
import type {Localized} from "../../i18n/locale.js";
import type {GradientRow, IdentityRow} from "./flowRows.js";

/** The settings of a caption line, as describeFlow reads them. */
interface FlowCaption {
  layers: number;
  width: number;
  isPreActivation: boolean;
  batchNorm: boolean;
  lr: number;
  momentum: number;
  batchSize: number;
  steps: number;
  seed: number;
}

const RUNS_EN = {
  /** "plain-56" / "residual-56": a run's name in the progress panel, the legend and the sentences. */
  runLabel: (isResidual: boolean, layers: number): string => `${isResidual ? "residual" : "plain"}-${layers}`,
  /** The settings in one line, for captions. */
  caption: ({layers, width, isPreActivation, batchNorm, lr, momentum, batchSize, steps, seed}: FlowCaption): string =>
    `plain vs residual MLP-${layers} (width ${width}) on circles · ${isPreActivation ? "pre-activation" : "original"} units · ` +
    `${batchNorm ? "BatchNorm" : "no BatchNorm"} · SGD lr ${lr}, momentum ${momentum}, batch ${batchSize} · ${steps} steps · seed ${seed}`
};

/** The runs' names and the caption under both figures (flowRuns.ts). */
export const FLOW_RUNS_TEXT: Localized<typeof RUNS_EN> = {
  en: RUNS_EN,
  zh: {
    runLabel: (isResidual, layers) => `${isResidual ? "残差" : "普通"}-${layers}`,
    caption: ({layers, width, isPreActivation, batchNorm, lr, momentum, batchSize, steps, seed}) =>
      `普通网络与残差网络 MLP-${layers}（宽度 ${width}），数据集：同心圆 · ${isPreActivation ? "预激活" : "原始"}单元 · ` +
      `${batchNorm ? "带 BatchNorm" : "不带 BatchNorm"} · SGD，学习率 ${lr}，动量 ${momentum}，批大小 ${batchSize} · ${steps} 步 · 种子 ${seed}`
  }
};

const SENTENCES_EN = {
  divergedBefore: (label: string): string => `${label}: diverged before this step.`,
  noSnapshot: (label: string): string => `${label}: no snapshot at this step yet.`,
  zeroAtHead: (label: string): string => `${label}: the gradient is exactly zero at the head's input — every ReLU of the last layer is off for this batch, nothing flows back.`,
  notFinite: (label: string, isDiverged: boolean): string => `${label}: ${isDiverged ? "diverged — " : ""}its gradients are not finite numbers at this step.`,
  /** A ratio to the head's gradient, its magnitude already written ("3.9·10⁵" → "3.9·10⁵×"). */
  times: (magnitude: string): string => `${magnitude}×`,
  /** Where the weakest gradient is, when it is at the head's input. */
  weakestAtHead: "the head's input itself",
  /** Where the weakest gradient is, at a unit, with its ratio to the head's ("2.0·10⁻⁵×"). */
  weakestAtUnit: (unit: number, ratio: string): string => `unit ${unit}, ${ratio}`,
  /** A net's profile: the ratio at the first unit and where the weakest gradient is. */
  profile: (label: string, firstRatio: string, weakest: string): string => `${label}: at the first unit the gradient is ${firstRatio} the head's; the weakest anywhere is at ${weakest}.`,
  waitingResidual: "Waiting for the residual net's first snapshot…",
  noTerms: (step: number, isDiverged: boolean): string => `Step ${step}: no finite terms to show (the run ${isDiverged ? "diverged" : "has no identity shortcuts"}).`,
  firstTerms: (step: number, unit: number, direct: string, residual: string, total: string): string =>
    `Step ${step}, unit ${unit}: direct term ${direct}, through the weights ${residual}, total ${total}.`,
  /** How many units the term through the weights dominates; the floor sentence follows directly. */
  largerTerm: (larger: number, units: number): string => `The term through the weights is the larger one at ${larger} of ${units} units. `,
  floor: (ratio: string): string => `Yet at no unit is the total gradient below ${ratio}× the direct term.`,
  exactSplit: "Pre-activation units: x_L = xₗ + Σ F exactly, so the split is exact.",
  approximateSplit:
    "Original units: a ReLU follows every addition, so x_L ≠ xₗ + Σ F and the split is an approximation — “direct” overstates the pure shortcut path, which the ReLUs cut wherever their input is negative."
};

/** The sentences under the two figures (flowText.ts). */
export const FLOW_SENTENCES: Localized<typeof SENTENCES_EN> = {
  en: SENTENCES_EN,
  zh: {
    divergedBefore: (label) => `${label}：在这一步之前已经发散。`,
    noSnapshot: (label) => `${label}：这一步还没有快照。`,
    zeroAtHead: (label) => `${label}：输出头输入处的梯度恰好为零——这个批次上最后一层的 ReLU 全部关闭，没有任何梯度传回。`,
    notFinite: (label, isDiverged) => `${label}：${isDiverged ? "已发散——" : ""}这一步的梯度不是有限的数。`,
    times: (magnitude) => `${magnitude} 倍`,
    weakestAtHead: "输出头的输入本身",
    weakestAtUnit: (unit, ratio) => `单元 ${unit}，为 ${ratio}`,
    profile: (label, firstRatio, weakest) => `${label}：第一个单元处的梯度是输出头处的 ${firstRatio}；全网最弱的位置是${weakest}。`,
    waitingResidual: "正在等待残差网络的第一个快照…",
    noTerms: (step, isDiverged) => `第 ${step} 步：没有可显示的有限项（这次运行${isDiverged ? "已发散" : "没有恒等短路连接"}）。`,
    firstTerms: (step, unit, direct, residual, total) => `第 ${step} 步，单元 ${unit}：直接项 ${direct}，经过权重层的项 ${residual}，总梯度 ${total}。`,
    largerTerm: (larger, units) => `在 ${units} 个单元中，有 ${larger} 个单元上经过权重层的项更大。`,
    floor: (ratio) => `但在任何单元上，总梯度都不低于直接项的 ${ratio} 倍。`,
    exactSplit: "预激活单元：x_L = xₗ + Σ F 严格成立，所以这样拆分是精确的。",
    approximateSplit:
      "原始单元：每次相加之后都跟着一个 ReLU，所以 x_L ≠ xₗ + Σ F，这样拆分只是近似——“直接项”高估了单纯经由短路连接的路径，因为 ReLU 在输入为负的地方会把这条路径切断。"
  }
};

const FIGURES_EN = {
  normsTitle: "‖∂L/∂xₗ‖ at every unit: plain vs residual",
  normsFilename: "gradient-norms-per-unit",
  identityTitle: "The identity's two terms, measured on the residual net",
  identityFilename: "gradient-identity-terms"
};

/** The two figures' titles and export file names (FlowFigures.ts). */
export const FLOW_FIGURES_TEXT: Localized<typeof FIGURES_EN> = {
  en: FIGURES_EN,
  zh: {
    normsTitle: "每个单元的 ‖∂L/∂xₗ‖：普通网络对比残差网络",
    normsFilename: "梯度流-各单元梯度范数",
    identityTitle: "梯度公式的两项：在残差网络上实测",
    identityFilename: "梯度流-梯度公式的两项"
  }
};

const NORM_CHART_EN = {
  /** A family's name in the legend and the tooltips. */
  family: {plain: "plain", residual: "residual"} as Record<"plain" | "residual", string>,
  headInput: "head input",
  unit: (unit: number): string => `unit ${unit}`,
  /** A dot's tooltip: "plain, unit 3: ‖∂L/∂xₗ‖ = 1.20e-2". */
  tip: (family: string, where: string, norm: string): string => `${family}, ${where}: ‖∂L/∂xₗ‖ = ${norm}`,
  /** The screen-reader description of one family's dots. */
  dots: (family: string): string => `${family} gradient norms`,
  x: "unit l (last point: head input) →",
  y: "↑ ‖∂L/∂xₗ‖ (log scale)",
  empty: "waiting for the first snapshot…",
  ariaLabel: (step: number): string => `Gradient norm per unit at step ${step}, log scale, plain and residual`,
  legendInitial: "dashed: at initialisation",
  legendDiverged: (label: string): string => `${label}: diverged (non-finite values left out)`
};

/** The per-unit gradient-norm chart (GradientNormChart.ts). */
export const NORM_CHART_TEXT: Localized<typeof NORM_CHART_EN> = {
  en: NORM_CHART_EN,
  zh: {
    family: {plain: "普通网络", residual: "残差网络"},
    headInput: "输出头的输入",
    unit: (unit) => `单元 ${unit}`,
    tip: (family, where, norm) => `${family}，${where}：‖∂L/∂xₗ‖ = ${norm}`,
    dots: (family) => `${family}的梯度范数`,
    x: "单元 l（最后一点：输出头的输入）→",
    y: "↑ ‖∂L/∂xₗ‖（对数刻度）",
    empty: "正在等待第一个快照…",
    ariaLabel: (step) => `第 ${step} 步各单元的梯度范数，对数刻度，普通网络与残差网络`,
    legendInitial: "虚线：初始化时",
    legendDiverged: (label) => `${label}：已发散（非有限值未画出）`
  }
};

type Term = "total" | "direct" | "residual";

const IDENTITY_CHART_EN = {
  /** Each term's name in the chart's rows. */
  names: {total: "‖∂L/∂xₗ‖ (total)", direct: "direct ‖∂L/∂x_L‖", residual: "through the weights ‖∂L/∂xₗ − ∂L/∂x_L‖"} as Record<Term, string>,
  /** The screen-reader description of one term's dots. */
  dots: (term: Term): string => `identity ${term}`,
  x: "unit l →",
  y: "↑ norm (log scale)",
  empty: "waiting for the residual net's first snapshot…",
  ariaLabel: (step: number): string => `The identity's two terms per unit of the residual net at step ${step}, log scale`,
  legendDirect: "direct term ‖∂L/∂x_L‖ (the “1”)",
  legendResidual: "through the weight layers",
  legendTotal: "total ‖∂L/∂xₗ‖"
};

/** The chart of the identity's two terms (IdentityChart.ts). */
export const IDENTITY_CHART_TEXT: Localized<typeof IDENTITY_CHART_EN> = {
  en: IDENTITY_CHART_EN,
  zh: {
    names: {total: "‖∂L/∂xₗ‖（总梯度）", direct: "直接项 ‖∂L/∂x_L‖", residual: "经过权重层的项 ‖∂L/∂xₗ − ∂L/∂x_L‖"},
    dots: (term) => `梯度公式的${{total: "总梯度", direct: "直接项", residual: "经过权重层的项"}[term]}`,
    x: "单元 l →",
    y: "↑ 范数（对数刻度）",
    empty: "正在等待残差网络的第一个快照…",
    ariaLabel: (step) => `第 ${step} 步残差网络各单元上梯度公式的两项，对数刻度`,
    legendDirect: "直接项 ‖∂L/∂x_L‖（那个“1”）",
    legendResidual: "经过权重层的项",
    legendTotal: "总梯度 ‖∂L/∂xₗ‖"
  }
};

const SCRUBBER_EN = {
  label: "Training step shown",
  initialisation: "Initialisation",
  latest: "Latest",
  waiting: "Waiting for the first snapshot…",
  initial: "Step 0 — the network at initialisation",
  step: (step: number, totalSteps: number, isLatest: boolean): string => `Step ${step} of ${totalSteps}${isLatest ? " (latest)" : ""}`
};

/** The step scrubber (StepScrubber.ts). */
export const SCRUBBER_TEXT: Localized<typeof SCRUBBER_EN> = {
  en: SCRUBBER_EN,
  zh: {
    label: "显示的训练步",
    initialisation: "初始化",
    latest: "最新",
    waiting: "正在等待第一个快照…",
    initial: "第 0 步——初始化时的网络",
    step: (step, totalSteps, isLatest) => `第 ${step} 步（共 ${totalSteps} 步）${isLatest ? "，最新" : ""}`
  }
};

const CSV_EN: {
  /** The CSV header of each column of the gradient-norm figure, by the rows' key. */
  gradientColumns: Record<keyof GradientRow & string, string>;
  /** The CSV header of each column of the identity figure, by the rows' key. */
  identityColumns: Record<keyof IdentityRow & string, string>;
} = {
  gradientColumns: {net: "net", step: "step", unit: "unit", isHead: "isHead", norm: "norm"},
  identityColumns: {step: "step", unit: "unit", to: "to", total: "total", direct: "direct", residual: "residual", isExact: "isExact"}
};

/** The two figures' CSV exports: column headers (English: the rows' own keys; the net cells: ../charts/netCells.ts). */
export const FLOW_CSV_TEXT: Localized<typeof CSV_EN> = {
  en: CSV_EN,
  zh: {
    gradientColumns: {net: "网络", step: "步", unit: "单元 l", isHead: "是否为输出头的输入", norm: "梯度范数 ‖∂L/∂xₗ‖"},
    identityColumns: {
      step: "步",
      unit: "单元 l",
      to: "恒等短路连接到达的位置 L",
      total: "总梯度 ‖∂L/∂xₗ‖",
      direct: "直接项 ‖∂L/∂x_L‖",
      residual: "经过权重层的项 ‖∂L/∂xₗ − ∂L/∂x_L‖",
      isExact: "拆分是否精确"
    }
  }
};
