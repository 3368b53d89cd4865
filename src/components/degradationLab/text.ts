/**
 * Every reader-visible string of the degradation lab (DegradationLab.ts, SeedBatch.ts and the captions and labels of
 * degradationRuns.ts, degradationResults.ts and seedBatchRuns.ts), in both languages.
 */
import type {Localized} from "../../i18n/locale.js";
import type {ToyName} from "../../engine/data/toy2d.js";

/** What the runs are: net names, data, captions and run labels (shared by the lab's pure modules and its views). */
const RUNS_EN = {
  /** "plain-56" / "residual-20": a net's short name. */
  netName: (isResidual: boolean, depth: number): string => `${isResidual ? "residual" : "plain"}-${depth}`,
  /** The family of nets a data set trains: "MLPs on circles". */
  family: (isMnist: boolean): string => (isMnist ? "Conv nets on MNIST 14×14" : "MLPs on circles"),
  /** A toy data set's name. */
  toyName: {spirals: "spirals", circles: "circles", checkerboard: "checkerboard"} as Record<ToyName, string>,
  unitsName: (isPreActivation: boolean): string => (isPreActivation ? "pre-activation units" : "original units"),
  normName: (hasBatchNorm: boolean): string => (hasBatchNorm ? "BatchNorm" : "no BatchNorm"),
  mlpNets: (width: number, norm: string, units: string, data: string): string => `MLPs of width ${width}, ${norm}, ${units}, on ${data}`,
  convNets: (widths: string, norm: string, units: string, shortcut: string): string => `Conv nets of widths ${widths}, ${norm}, ${units}, shortcut ${shortcut}, on MNIST 14×14`,
  depths: (shallow: number, deep: number): string => (shallow === deep ? `${deep} layers` : `${shallow} and ${deep} layers`),
  /** One line naming everything that made a chart. */
  caption: ({nets, depths, lr, momentum, weightDecay, batchSize, steps, seed}: {nets: string; depths: string; lr: number | undefined; momentum: number | undefined; weightDecay: number | undefined; batchSize: number | undefined; steps: number; seed: number}): string =>
    `${nets} · plain and residual at ${depths} · SGD lr ${lr}, momentum ${momentum}, weight decay ${weightDecay}, batch ${batchSize} · ${steps} steps · seed ${seed}`,
  /** A point of the error-vs-depth chart: "plain-56 · seed 3", "(reference)" added for a reference run. */
  pointLabel: (net: string, seed: number, isReference: boolean): string => `${net} · seed ${seed}${isReference ? " (reference)" : ""}`,
  /** A run of the five-seed batch: "plain-56 · seed 3". */
  seedRunLabel: (label: string, seed: number): string => `${label} · seed ${seed}`
};

export const DEGRADATION_RUNS_TEXT: Localized<typeof RUNS_EN> = {
  en: RUNS_EN,
  zh: {
    netName: (isResidual, depth) => `${isResidual ? "残差" : "普通"}-${depth}`,
    family: (isMnist) => (isMnist ? "MNIST 14×14 上的卷积网络" : "同心圆数据上的 MLP"),
    toyName: {spirals: "两条螺旋", circles: "同心圆", checkerboard: "棋盘"},
    unitsName: (isPreActivation) => (isPreActivation ? "预激活单元" : "原始单元"),
    normName: (hasBatchNorm) => (hasBatchNorm ? "带 BatchNorm" : "不带 BatchNorm"),
    mlpNets: (width, norm, units, data) => `宽度 ${width} 的 MLP，${norm}，${units}，数据集：${data}`,
    convNets: (widths, norm, units, shortcut) => `各阶段宽度 ${widths} 的卷积网络，${norm}，${units}，短路连接 ${shortcut}，数据集：MNIST 14×14`,
    depths: (shallow, deep) => (shallow === deep ? `${deep} 层` : `${shallow} 层和 ${deep} 层`),
    caption: ({nets, depths, lr, momentum, weightDecay, batchSize, steps, seed}) =>
      `${nets} · 普通网络与残差网络，深度 ${depths} · SGD，学习率 ${lr}，动量 ${momentum}，权重衰减 ${weightDecay}，批大小 ${batchSize} · ${steps} 步 · 种子 ${seed}`,
    pointLabel: (net, seed, isReference) => `${net} · 种子 ${seed}${isReference ? "（参考运行）" : ""}`,
    seedRunLabel: (label, seed) => `${label} · 种子 ${seed}`
  }
};

/** The lab's views (DegradationLab.ts). */
const LAB_EN = {
  curvesTitle: "Training error (thin) and test error (bold): plain vs residual",
  curvesFilename: "degradation-error-curves",
  noVerdict: "Choose two different depths for a verdict.",
  depthTitle: "Final training error vs depth: plain vs residual",
  depthFilename: "degradation-error-vs-depth",
  depthCaption: (family: string, steps: number, hasReferences: boolean): string =>
    `${family} · ${steps} steps · every seed you ran${hasReferences ? ", and the reference runs of these settings" : ""}`,
  clearRuns: "Clear my runs",
  /** How many of the reader's runs the chart shows, how many it leaves out, and where they are kept. */
  runCount: (own: number, other: number, isPersistent: boolean): string =>
    `${own} run${own === 1 ? "" : "s"} of yours with these settings${other ? ` (${other} more with other data or step counts, not shown)` : ""}${isPersistent ? ", kept in this browser." : "."}`,
  slowNote: (hasReferences: boolean): string =>
    "These conv nets train longer than the default settings' (about 20 s on a two-core laptop): once the first steps are done, the bar " +
    "below estimates the time left on your computer. You can stop at any time; the page stays usable meanwhile" +
    (hasReferences ? "." : ". There is no reference run of these settings to show until yours catch up.")
};

export const DEGRADATION_LAB_TEXT: Localized<typeof LAB_EN> = {
  en: LAB_EN,
  zh: {
    curvesTitle: "训练误差（细线）与测试误差（粗线）：普通网络对比残差网络",
    curvesFilename: "退化问题-误差曲线",
    noVerdict: "选两个不同的深度，才能得出结论。",
    depthTitle: "最终训练误差随深度的变化：普通网络对比残差网络",
    depthFilename: "退化问题-误差与深度",
    depthCaption: (family, steps, hasReferences) => `${family} · ${steps} 步 · 你跑过的每个种子${hasReferences ? "，以及同样设置下的参考运行" : ""}`,
    clearRuns: "清除我的运行",
    runCount: (own, other, isPersistent) =>
      `你在这组设置下有 ${own} 次运行${other ? `（另有 ${other} 次用的是别的数据或步数，未显示）` : ""}${isPersistent ? "，保存在本浏览器中。" : "。"}`,
    slowNote: (hasReferences) =>
      "这组设置下的卷积网络要比默认设置训练得久（默认设置在双核笔记本上约 20 秒）：最初几步完成后，下方的进度条会估计在你的电脑上还要多久。" +
      "你随时可以停止，训练期间页面照常可用" +
      (hasReferences ? "。" : "。这组设置没有参考运行，要等你自己的运行跟上来，图上才有内容。")
  }
};

/** "Run 5 seeds" (SeedBatch.ts) and its summary sentence (seedBatchRuns.ts). */
const SEED_BATCH_EN = {
  runButton: (count: number, first: number, last: number): string => `Run ${count} seeds (${first}–${last})`,
  /** The button's label with the estimated duration of a slow batch. */
  runButtonWithDuration: (label: string, duration: string): string => `${label}, ${duration}`,
  estimate: (seeds: string, runs: number, duration: string): string => `Trains the lab's four nets for seeds ${seeds}: ${runs} runs, ${duration} on this computer.`,
  /** A list of seeds: "1, 2, 4". */
  seedList: (seeds: readonly number[]): string => seeds.join(", "),
  title: "Five seeds: final training loss of each net, and the verdict per seed",
  caption: (family: string, steps: number, seeds: string): string => `${family} · ${steps} steps · seeds ${seeds}`,
  filename: "degradation-five-seeds",
  seedColumn: "seed",
  lossColumn: (net: string): string => `${net} loss`,
  verdictColumn: "verdict",
  running: "running",
  diverged: "diverged",
  seedAxis: "seed",
  lossAxis: "final training loss",
  pointTitle: (net: string, seed: string, loss: string): string => `${net} · seed ${seed}: ${loss}`,
  chartLabel: (summary: string): string => `Final training loss per seed: ${summary}`,
  /** While the batch runs. */
  progressSummary: (judged: number, total: number, cured: number): string =>
    `${judged} of ${total} seeds finished${cured ? `; degradation shown and cured on ${cured} so far` : ""}.`,
  /** One seed that did not show the degradation cured: "seed 3: no degradation". */
  otherSeed: (seed: number, grade: string): string => `seed ${seed}: ${grade}`,
  /** Once every seed is judged. */
  finalSummary: (cured: number, total: number, curedSeeds: string, others: readonly string[]): string =>
    `Degradation shown and cured on ${cured} of ${total} seeds${cured ? ` (${curedSeeds})` : ""}.${others.length ? ` On ${others.join("; ")}.` : ""}`
};

export const SEED_BATCH_TEXT: Localized<typeof SEED_BATCH_EN> = {
  en: SEED_BATCH_EN,
  zh: {
    runButton: (count, first, last) => `运行 ${count} 个种子（${first}–${last}）`,
    runButtonWithDuration: (label, duration) => `${label}，${duration}`,
    estimate: (seeds, runs, duration) => `用种子 ${seeds} 各训练一遍实验里的四个网络：共 ${runs} 次运行，在这台电脑上需要 ${duration}。`,
    seedList: (seeds) => seeds.join("、"),
    title: "五个种子：每个网络的最终训练损失，以及每个种子的结论",
    caption: (family, steps, seeds) => `${family} · ${steps} 步 · 种子 ${seeds}`,
    filename: "退化问题-五个种子",
    seedColumn: "种子",
    lossColumn: (net) => `${net} 损失`,
    verdictColumn: "结论",
    running: "运行中",
    diverged: "发散",
    seedAxis: "种子",
    lossAxis: "最终训练损失",
    pointTitle: (net, seed, loss) => `${net} · 种子 ${seed}：${loss}`,
    chartLabel: (summary) => `每个种子的最终训练损失：${summary}`,
    progressSummary: (judged, total, cured) => `${total} 个种子中已完成 ${judged} 个${cured ? `；到目前为止，有 ${cured} 个出现了退化且被残差网络消除` : ""}。`,
    otherSeed: (seed, grade) => `种子 ${seed}：${grade}`,
    finalSummary: (cured, total, curedSeeds, others) =>
      `${total} 个种子中有 ${cured} 个出现了退化且被残差网络消除${cured ? `（${curedSeeds}）` : ""}。${others.length ? `其余：${others.join("；")}。` : ""}`
  }
};
