/** Every reader-visible string of the residual-unit lab (ResidualUnitLab.ts, UnitChart.ts), in both languages. */
import type {Localized} from "../../i18n/locale.js";
import type {UnitKind, UnitRow} from "./unitSetup.js";

const EN = {
  /** The readout's first line; `beforeRelu` is the `beforeRelu` clause for the original unit, else "". */
  deviation: (maxDeviation: string, beforeRelu: string, branchRatio: string): string => `max |output − x| = ${maxDeviation}${beforeRelu}; ‖α·F(x)‖ / ‖x‖ = ${branchRatio}.`,
  beforeRelu: (sumDeviation: string): string => `; before the final ReLU, max |y − x| = ${sumDeviation} with y = x + α·F(x)`,
  preactIdentity: "α = 0: the output is x itself — the pre-activation unit is exactly the identity.",
  originalAtZero: (negativeInputs: number, length: number): string =>
    `α = 0: x + α·F(x) = x, but the ReLU after the addition still acts: the output is ReLU(x), equal to x only where x ≥ 0. ` +
    `Here ${negativeInputs} of ${length} components of x are negative and come out as 0.`,
  unitName: (kind: UnitKind): string => (kind === "preact" ? "pre-activation unit" : "original unit"),
  title: (alpha: string): string => `A residual unit with its branch scaled by α = ${alpha}`,
  caption: (unitName: string, branchInput: string, inputs: number, hidden: number, seed: number): string =>
    `${unitName}, F(x) = W₂·ReLU(W₁·${branchInput}), ${inputs} inputs, ${hidden} hidden neurons, He-initialised weights; seed ${seed}`,
  filename: (kind: UnitKind, alpha: string, seed: number): string => `residual-unit-${kind}-alpha-${alpha}-seed-${seed}`,
  inputTitle: "Input x",
  branchTitle: (alpha: string, kind: UnitKind): string => `Residual branch α·F(x), α = ${alpha}${kind === "preact" ? " (F starts with a ReLU of x)" : ""}`,
  outputTitle: (kind: UnitKind): string => (kind === "original" ? `Output ReLU(x + α·F(x)) — ticks: x` : `Output x + α·F(x) — ticks: x`),
  componentAxis: "component i of the vector →",
  chartLabel: (titles: readonly string[], components: number): string => `${titles.join("; ")}; ${components} components each`,
  /** The CSV's header, by the rows' key (every key of a UnitRow named); English keeps the keys, which tests read. */
  csv: {i: "i", x: "x", residual: "residual", scaledResidual: "scaledResidual", sum: "sum", output: "output"} satisfies Record<keyof UnitRow, string>
};

export const RESIDUAL_UNIT_TEXT: Localized<typeof EN> = {
  en: EN,
  zh: {
    deviation: (maxDeviation, beforeRelu, branchRatio) => `max |输出 − x| = ${maxDeviation}${beforeRelu}；‖α·F(x)‖ / ‖x‖ = ${branchRatio}。`,
    beforeRelu: (sumDeviation) => `；最后的 ReLU 之前，max |y − x| = ${sumDeviation}，其中 y = x + α·F(x)`,
    preactIdentity: "α = 0：输出就是 x 本身——预激活单元恰好是恒等映射。",
    originalAtZero: (negativeInputs, length) =>
      `α = 0：x + α·F(x) = x，但加法之后的 ReLU 依然起作用：输出是 ReLU(x)，只在 x ≥ 0 的分量上等于 x。` +
      `这里 x 的 ${length} 个分量中有 ${negativeInputs} 个是负数，输出为 0。`,
    unitName: (kind) => (kind === "preact" ? "预激活单元" : "原始单元"),
    title: (alpha) => `残差分支乘以 α = ${alpha} 的残差单元`,
    caption: (unitName, branchInput, inputs, hidden, seed) =>
      `${unitName}，F(x) = W₂·ReLU(W₁·${branchInput})，${inputs} 个输入，${hidden} 个隐藏神经元，权重按 He 初始化；种子 ${seed}`,
    filename: (kind, alpha, seed) => `残差单元-${kind === "preact" ? "预激活" : "原始"}-α-${alpha}-种子-${seed}`,
    inputTitle: "输入 x",
    branchTitle: (alpha, kind) => `残差分支 α·F(x)，α = ${alpha}${kind === "preact" ? "（F 先对 x 做 ReLU）" : ""}`,
    outputTitle: (kind) => (kind === "original" ? "输出 ReLU(x + α·F(x))，短横线标出 x" : "输出 x + α·F(x)，短横线标出 x"),
    componentAxis: "向量的第 i 个分量 →",
    chartLabel: (titles, components) => `${titles.join("；")}；每组 ${components} 个分量`,
    csv: {i: "分量 i", x: "输入 x", residual: "残差分支 F(x)", scaledResidual: "缩放后的分支 α·F(x)", sum: "和 x + α·F(x)", output: "输出"}
  }
};
