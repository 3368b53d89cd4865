/**
 * Every reader-visible string of the shattered-gradients lab (its charts, its status lines, titles, captions and
 * export file names, CSV headers, and the sentences under its charts and on its page), in both languages. Numbers
 * arrive already formatted (correlations as "0.05").
 */
import type {ColumnNames} from "../export/csv.js";
import type {Localized} from "../../i18n/locale.js";
import type {acfRows, gradientRows, sweepRows} from "./shatteredRows.js";

const CHART_EN = {
  input: "input x",
  /** The gradient panel's axis, for the plain or the residual net. */
  gradient: (isResidual: boolean) => `∂ output / ∂ x, ${isResidual ? "residual" : "plain"}`,
  lag: "lag (neighbouring inputs apart)",
  autocorrelation: "autocorrelation",
  depth: "depth (layers)",
  lag1: "lag-1 autocorrelation r₁",
  /** A legend entry; with `depth`, it names the depth drawn ("plain, 20 layers"). */
  legend: (isResidual: boolean, depth?: number) => `${isResidual ? "residual" : "plain"}${depth === undefined ? "" : `, ${depth} layers`}`,
  verdictDepth: "the verdict's depth",
  gradientAria: (isResidual: boolean) => `${isResidual ? "residual" : "plain"} net: gradient of the output with respect to the input, along the line of inputs`,
  acfAria: "Autocorrelation of the input gradient by lag, plain and residual",
  sweepAria: "Lag-1 autocorrelation of the input gradient against depth, plain and residual"
};

/** The words of the three charts: axes, legends, marks and the charts' descriptions. */
export const SHATTERED_CHART_TEXT: Localized<typeof CHART_EN> = {
  en: CHART_EN,
  zh: {
    input: "输入 x",
    gradient: (isResidual) => `∂ 输出 / ∂ x，${isResidual ? "残差" : "普通"}`,
    lag: "滞后（相隔几个相邻输入）",
    autocorrelation: "自相关",
    depth: "深度（层）",
    lag1: "滞后 1 的自相关 r₁",
    legend: (isResidual, depth) => `${isResidual ? "残差网络" : "普通网络"}${depth === undefined ? "" : `，${depth} 层`}`,
    verdictDepth: "结论所用的深度",
    gradientAria: (isResidual) => `${isResidual ? "残差" : "普通"}网络：输出对输入的梯度，沿一条输入直线`,
    acfAria: "输入梯度在各个滞后上的自相关，普通网络与残差网络",
    sweepAria: "输入梯度的滞后 1 自相关随深度的变化，普通网络与残差网络"
  }
};

/** What a caption says about the nets measured. */
interface ShatteredCaptionFacts {
  seed: number;
  width: number;
  points: number;
  from: number;
  to: number;
}

const LAB_EN = {
  progress: "Measurement progress",
  measuring: (done: number, total: number) => `Measuring the input gradients at initialisation: net ${done} of ${total}…`,
  /** `seconds` arrives formatted ("2.4"); the backend as the worker names it ("wasm") and in words ("WebAssembly"). */
  measured: (nets: number, seconds: string, backend: {id: string; name: string}) => `Measured ${nets} untrained nets in ${seconds} s (backend: ${backend.id}).`,
  failed: (message: string) => `The measurement failed: ${message} Reload the page to try again.`,
  gradientTitle: "The input gradient along the line of inputs",
  acfTitle: "Autocorrelation of the gradient by lag",
  sweepTitle: "Lag-1 autocorrelation against depth",
  caption: ({seed, width, points, from, to}: ShatteredCaptionFacts) =>
    `plain vs residual MLP, width ${width}, BatchNorm, pre-activation units, untrained (He-normal weights) · ${points} inputs on [${from}, ${to}] · seed ${seed}`,
  gradientFile: "shattered-gradient",
  acfFile: "shattered-autocorrelation",
  sweepFile: "shattered-sweep"
};

/** The lab's status lines, figure titles, caption and export file names. */
export const SHATTERED_LAB_TEXT: Localized<typeof LAB_EN> = {
  en: LAB_EN,
  zh: {
    progress: "测量进度",
    measuring: (done, total) => `正在测量初始化时的输入梯度：第 ${done} 个网络，共 ${total} 个…`,
    measured: (nets, seconds, backend) => `已测完 ${nets} 个未训练的网络，用时 ${seconds} s（计算后端：${backend.name}）。`,
    failed: (message) => `测量失败：${message} 请重新加载页面再试。`,
    gradientTitle: "沿输入直线的输入梯度",
    acfTitle: "梯度在各个滞后上的自相关",
    sweepTitle: "滞后 1 的自相关与深度",
    caption: ({seed, width, points, from, to}) =>
      `普通与残差 MLP，宽度 ${width}，BatchNorm，预激活单元，未训练（He 正态初始化的权重）· 在 [${from}, ${to}] 上取 ${points} 个输入 · 种子 ${seed}`,
    gradientFile: "碎裂梯度-梯度",
    acfFile: "碎裂梯度-自相关",
    sweepFile: "碎裂梯度-深度扫描"
  }
};

/** The reference runs' means at two depths, as `referenceSentence` quotes them (correlations formatted). */
interface ReferenceMeans {
  verdictDepth: number;
  plain: string;
  residual: string;
  deepest: number;
  deepPlain: string;
  deepResidual: string;
}

const SENTENCES_EN = {
  /** At 2 layers the twins are one net. */
  sameNet: (r1: string) => `At 2 layers the nets have no units, so the plain net and its residual twin are the same net: r₁ = ${r1} for both.`,
  /** How much smoother the residual net's gradient is at the chosen depth. */
  contrast: {
    far: "the residual net's gradient is far smoother",
    little: "the residual net's gradient is a little smoother",
    none: "the residual net's gradient is not smoother"
  },
  depth: (depth: number, plain: string, residual: string, contrast: string) =>
    `At ${depth} layers, r₁ = ${plain} for the plain net and ${residual} for the residual net: ${contrast}.`,
  /** One family's part of the sweep sentence: the depth at which its r₁ falls below 0.5… */
  fallsBelow: (isResidual: boolean, depth: number) => `the ${isResidual ? "residual" : "plain"} net's falls below 0.5 at ${depth} layers`,
  /** …or the deepest depth, if it never does. */
  staysAbove: (isResidual: boolean, deepest: number) => `the ${isResidual ? "residual" : "plain"} net's stays above 0.5 up to ${deepest} layers`,
  sweep: (plain: string, residual: string) => `Across the sweep, ${plain}, ${residual}.`,
  /** The reference seeds: range, how many the verdict holds for, which it does not, and the means (if any). */
  reference: (first: number, last: number, held: number, seeds: number, failing: readonly number[], means: ReferenceMeans | null) =>
    `On the reference runs (seeds ${first}–${last}), the verdict holds for ${held} of ${seeds} seeds` +
    (failing.length === 0 ? "" : ` — not for seed${failing.length === 1 ? "" : "s"} ${failing.join(", ")}`) +
    "." +
    (means
      ? ` Averaged over those seeds, r₁ at ${means.verdictDepth} layers is ${means.plain} for the plain nets and ${means.residual} for the residual ones; at ${means.deepest} layers it is ${means.deepPlain} and ${means.deepResidual}.`
      : ""),
  /** The reference sweep's findings, first: where the plain nets' r₁ reaches the white-noise bound. */
  plainFinding: (firstR1: string, firstDepth: number, r1: string, depth: number, bound: string) =>
    `The plain net's gradient shatters within a few units: averaged over the reference seeds, its r₁ falls from ${firstR1} at ${firstDepth} layers to ${r1} at ${depth} (at or below ${bound}, close to white noise).`,
  /** Second: the residual nets' r₁ there, and where (if anywhere, `reached`) theirs reaches the bound. */
  residualFinding: (depth: number, r1: string, bound: string, reached: {depth: number; r1: string} | null) =>
    `The residual net's gradient shatters far more slowly: at ${depth} layers its r₁ is still ${r1}, and it falls gradually with depth${reached ? `, first reaching ${bound} or below at ${reached.depth} layers (${reached.r1})` : ""}.`,
  /** Third: both means at the deepest depth. */
  deepFinding: (depth: number, residual: string, plain: string) =>
    `On these small nets the residual gradient does decay too: at ${depth} layers its mean r₁ is ${residual}, against ${plain} for the plain net.`
};

/** The sentences under the lab's charts and on its page, computed from the measured or reference numbers. */
export const SHATTERED_SENTENCES: Localized<typeof SENTENCES_EN> = {
  en: SENTENCES_EN,
  zh: {
    sameNet: (r1) => `2 层时网络里还没有任何单元，普通网络和它的残差孪生网络其实是同一个网络：两者的 r₁ 都是 ${r1}。`,
    contrast: {
      far: "残差网络的梯度要平滑得多",
      little: "残差网络的梯度稍微平滑一些",
      none: "残差网络的梯度并不更平滑"
    },
    depth: (depth, plain, residual, contrast) => `${depth} 层时，普通网络的 r₁ = ${plain}，残差网络的 r₁ = ${residual}：${contrast}。`,
    fallsBelow: (isResidual, depth) => `${isResidual ? "残差" : "普通"}网络的 r₁ 在 ${depth} 层时降到 0.5 以下`,
    staysAbove: (isResidual, deepest) => `${isResidual ? "残差" : "普通"}网络的 r₁ 直到 ${deepest} 层都保持在 0.5 以上`,
    sweep: (plain, residual) => `在整个深度扫描中，${plain}；${residual}。`,
    reference: (first, last, held, seeds, failing, means) =>
      `在参考运行（种子 ${first}–${last}）中，结论在 ${seeds} 个种子中的 ${held} 个上成立` +
      (failing.length === 0 ? "" : `（种子 ${failing.join("、")} 除外）`) +
      "。" +
      (means
        ? `对这些种子取平均，${means.verdictDepth} 层时普通网络的 r₁ 为 ${means.plain}，残差网络为 ${means.residual}；${means.deepest} 层时分别为 ${means.deepPlain} 和 ${means.deepResidual}。`
        : ""),
    plainFinding: (firstR1, firstDepth, r1, depth, bound) =>
      `普通网络的梯度只过几个单元就碎裂了：在参考种子上取平均，它的 r₁ 从 ${firstDepth} 层时的 ${firstR1} 降到 ${depth} 层时的 ${r1}（不超过 ${bound}，已接近白噪声）。`,
    residualFinding: (depth, r1, bound, reached) =>
      `残差网络的梯度碎裂得慢得多：${depth} 层时它的 r₁ 仍有 ${r1}，此后随深度逐渐下降${reached ? `，到 ${reached.depth} 层时才第一次降到 ${bound} 或以下（${reached.r1}）` : ""}。`,
    deepFinding: (depth, residual, plain) => `在这些小网络上，残差网络的梯度同样会衰减：${depth} 层时它的平均 r₁ 为 ${residual}，而普通网络为 ${plain}。`
  }
};


const CSV_EN: {
  gradientColumns: ColumnNames<ReturnType<typeof gradientRows>>;
  acfColumns: ColumnNames<ReturnType<typeof acfRows>>;
  sweepColumns: ColumnNames<ReturnType<typeof sweepRows>>;
} = {
  gradientColumns: {net: "net", depth: "depth", input: "input", gradient: "gradient"},
  acfColumns: {net: "net", depth: "depth", lag: "lag", autocorrelation: "autocorrelation"},
  sweepColumns: {net: "net", depth: "depth", lag1: "lag1"}
};

/** The charts' CSV exports (ShatteredLab.ts): column headers and net names (English: the rows' own keys and values, unchanged). */
export const SHATTERED_CSV_TEXT: Localized<typeof CSV_EN> = {
  en: CSV_EN,
  zh: {
    gradientColumns: {net: "网络", depth: "深度（层）", input: "输入 x", gradient: "梯度 ∂输出/∂x"},
    acfColumns: {net: "网络", depth: "深度（层）", lag: "滞后", autocorrelation: "自相关"},
    sweepColumns: {net: "网络", depth: "深度（层）", lag1: "滞后 1 的自相关 r₁"}
  }
};
