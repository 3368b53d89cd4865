/**
 * Every reader-visible string of the lesion lab (LesionLab.ts, LesionCharts.ts and the sentences of lesionRows.ts), in
 * both languages. Net names follow the glossary ("plain-20" → "普通-20"); the rows' keys and values ("net": "plain" /
 * "residual", "testError", …) stay English identifiers in code; the CSV exports name their columns and nets in the
 * page's language (LESION_CSV_TEXT), English keeping the identifiers themselves.
 */
import type {ColumnNames} from "../export/csv.js";
import type {Localized} from "../../i18n/locale.js";
import type {pathRows, randomRows, singleRows} from "./lesionRows.js";
import {LESION_DEFAULTS} from "../../engine/lesion/setup.js";

const CHART_EN = {
  unit: "unit deleted (1 = first after the stem)",
  deleted: "units deleted at random",
  testError: "test error (%)",
  chance: "chance",
  intact: "intact",
  plain: "plain",
  residual: "residual",
  draw: "one draw",
  mean: "mean of the draws",
  length: "path length (residual branches passed through)",
  share: "share (%)",
  allPaths: "all 2ⁿ paths",
  gradient: "the gradient they carry",
  perPath: "gradient norm through one path",
  /** A point's tooltip on the single-deletion chart; errors already in percent with one decimal. */
  singleTip: (net: string, unit: number, error: string, intact: string): string => `${net}: unit ${unit} deleted → ${error}% (intact ${intact}%)`,
  singleAria: "Test error with each unit deleted on its own, plain and residual",
  randomAria: "Test error with k units deleted at random, every draw and the mean, plain and residual",
  pathsAria: "Share of all paths by length, and share of the gradient carried by paths of each length, residual net",
  perPathAria: "Gradient norm through a single path, by path length, residual net (log scale)"
};

/** The charts' axis labels, legends, tooltips and screen-reader descriptions (LesionCharts.ts). */
export const LESION_CHART_TEXT: Localized<typeof CHART_EN> = {
  en: CHART_EN,
  zh: {
    unit: "删除的单元（1 = 起始层之后的第一个）",
    deleted: "随机删除的单元数",
    testError: "测试误差（%）",
    chance: "随机猜测",
    intact: "完整网络",
    plain: "普通网络",
    residual: "残差网络",
    draw: "一次抽取",
    mean: "各次抽取的平均",
    length: "路径长度（经过的残差分支数）",
    share: "占比（%）",
    allPaths: "全部 2ⁿ 条路径",
    gradient: "它们携带的梯度",
    perPath: "单条路径上的梯度范数",
    singleTip: (net, unit, error, intact) => `${net}：删除单元 ${unit} → ${error}%（完整网络 ${intact}%）`,
    singleAria: "逐个删除每个单元后的测试误差，普通网络与残差网络",
    randomAria: "随机删除 k 个单元后的测试误差，每次抽取及其平均，普通网络与残差网络",
    pathsAria: "残差网络中各长度路径占全部路径的比例，以及各长度路径携带的梯度占比",
    perPathAria: "残差网络中单条路径上的梯度范数随路径长度的变化（对数刻度）"
  }
};

/** The settings a caption names. */
interface CaptionSettings {
  depth: number;
  seed: number;
}

const LAB_EN = {
  /** "plain-20" / "residual-20": a run's name (its id, "plain-20", in the page's words). */
  runLabel: (id: string): string => id,
  deleting: (done: number, total: number): string => `Trained. Deleting units from the two nets and measuring them again: ${done} of ${total} measurements…`,
  waiting: "The verdict appears when both nets are trained and their units deleted.",
  stopped: "Stopped before the end: no verdict. Press Retrain to run again.",
  failed: "The run failed, so there is nothing to delete units from (the message above says why).",
  reference: (seed: number): string => `Drawn below until your run finishes: the reference run of seed ${seed} at these settings, made by the project's experiment tool.`,
  noReference: "No reference run has these settings: the charts appear when your run has finished (a few seconds).",
  live: "Drawn below: your run.",
  singleTitle: "Test error with one unit deleted",
  randomTitle: "Test error with k units deleted at random",
  pathTitle: "The unravelled residual net: how long its paths are, and where the gradient comes from",
  perPathTitle: "Gradient through a single path, by its length",
  singleFilename: "lesion-single",
  randomFilename: "lesion-random",
  pathFilename: "lesion-paths",
  perPathFilename: "lesion-path-gradient",
  caption: (settings: CaptionSettings, isReference: boolean): string =>
    `plain vs residual MLP-${settings.depth}, width 16, BatchNorm, pre-activation units, trained 300 steps on circles; units deleted after training, test error on the 1,000 test points; ` +
    `${LESION_DEFAULTS.draws} draws for each k; ${LESION_DEFAULTS.pathSamples} sampled paths per length · seed ${settings.seed}${isReference ? " · reference run" : ""}`
};

/** The lab's status lines, figure titles, export file names and captions (LesionLab.ts). */
export const LESION_LAB_TEXT: Localized<typeof LAB_EN> = {
  en: LAB_EN,
  zh: {
    runLabel: (id) => id.replace(/^plain/, "普通").replace(/^residual/, "残差"),
    deleting: (done, total) => `训练完成。正在从两个网络中删除单元并重新测量：已完成 ${done} / ${total} 次测量…`,
    waiting: "两个网络都训练完、删除单元之后，这里会给出结论。",
    stopped: "运行在结束前被停止，因此没有结论。按“重新训练”再运行一次。",
    failed: "运行失败，没有可以删除单元的网络（原因见上方的信息）。",
    reference: (seed) => `在你的运行完成之前，下面画的是同样设置、种子 ${seed} 的参考运行，由本项目的实验工具生成。`,
    noReference: "这组设置没有参考运行：你的运行完成后（只需几秒）图表就会出现。",
    live: "下面画的是：你的运行。",
    singleTitle: "删除一个单元后的测试误差",
    randomTitle: "随机删除 k 个单元后的测试误差",
    pathTitle: "展开后的残差网络：路径有多长，梯度来自哪里",
    perPathTitle: "单条路径上的梯度，按路径长度",
    singleFilename: "删除单元-逐个删除",
    randomFilename: "删除单元-随机删除",
    pathFilename: "删除单元-路径",
    perPathFilename: "删除单元-单条路径的梯度",
    caption: (settings, isReference) =>
      `普通网络与残差网络 MLP-${settings.depth}，宽度 16，BatchNorm，预激活单元，在同心圆数据上训练 300 步；训练后删除单元，在 1,000 个测试点上测量测试误差；` +
      `每个 k 抽取 ${LESION_DEFAULTS.draws} 次；每种长度采样 ${LESION_DEFAULTS.pathSamples} 条路径 · 种子 ${settings.seed}${isReference ? " · 参考运行" : ""}`
  }
};

/** The numbers of the single-deletion sentence about the residual net. */
interface ResidualSingles {
  /** How many units leave the error within the verdict's bound, and whether that is all of them. */
  harmless: number;
  isEvery: boolean;
  units: number;
  /** Their range of test errors, "2.1%–4.0%", and the intact net's. */
  range: string;
  intact: string;
  /** The units whose deletion moves the error beyond the bound ("units 1 and 4", from `unitList`), and their range, if any. */
  harmful: {list: string; range: string} | null;
}

const SENTENCES_EN = {
  /** An error that is not a finite number. */
  noNumber: "no number",
  /** "unit 1", "units 1 and 4", "units 1, 4 and 7". */
  unitList: (units: readonly number[]): string => {
    const names = units.map(String);
    const list = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    return `unit${units.length === 1 ? "" : "s"} ${list}`;
  },
  residualEveryHarmful: (intact: string): string => `Every single deletion moves the residual net's test error (intact ${intact}) more than a tenth of the way to chance.`,
  residualSingles: ({harmless, isEvery, units, range, intact, harmful}: ResidualSingles): string =>
    `Deleting any one of ${isEvery ? "its" : `${harmless} of its`} ${units} units leaves the residual net's test error at ${range} (intact ${intact})` +
    (harmful === null ? "." : `; deleting ${harmful.list} takes it to ${harmful.range}.`),
  plainSingles: (intact: string, range: string, chance: string): string => `Deleting any one unit of the plain net takes its test error from ${intact} to ${range} — chance is ${chance}.`,
  random: ({one, half, halfError, all, n, plainOne}: {one: string; half: number; halfError: string; all: string; n: number; plainOne: string}): string =>
    `With k units deleted at random, the residual net's mean test error grows step by step — ${one} with one, ${halfError} with ${half}, ${all} with all ${n} — ` +
    `while the plain net's is ${plainOne} with a single one.`,
  paths: ({n, count, meanLength, factor, share, lengths, gradientLength}: {n: number; count: string; meanLength: string; factor: string; share: number; lengths: string; gradientLength: string}): string =>
    `A residual net of ${n} units has 2^${n} = ${count} paths from input to output; their lengths follow the binomial distribution, ${meanLength} units on average. ` +
    `The gradient through one path shrinks, on average, by a factor of about ${factor} for every residual branch it passes, so ${share}% of the gradient comes from paths through ${lengths} branches, ${gradientLength} on average: the paths that carry the training are the short ones.`,
  /** A range of path lengths: "2 to 5", or "3". */
  lengths: (from: number, to: number): string => (from === to ? `${from}` : `${from} to ${to}`),
  /** The seeds on which the verdict did not hold, after the count: " — not for seeds 3, 7". */
  failing: (seeds: readonly number[]): string => (seeds.length === 0 ? "" : ` — not for seed${seeds.length === 1 ? "" : "s"} ${seeds.join(", ")}`),
  reference: ({first, last, units, held, seeds, failing, residual, plain, gradientLength, pathLength}: {first: number; last: number; units: number; held: number; seeds: number; failing: string; residual: string; plain: string; gradientLength: string; pathLength: string}): string =>
    `On the reference runs (seeds ${first}–${last}, ${units} units), the verdict holds for ${held} of ${seeds} seeds${failing}. ` +
    `Across them the median single deletion leaves the residual nets at ${residual} test error and takes the plain nets to ${plain}; ` +
    `the gradient's mean path length is ${gradientLength} units, against ${pathLength} for all paths.`,
  findingResidual: (intact: string, low: string, high: string, worstUnit: number, worst: string): string =>
    `Averaged over the reference seeds, deleting one unit of the residual net leaves its test error (intact ${intact}) at ${low}–${high} for every unit but one: unit ${worstUnit}, whose deletion takes it to ${worst}.`,
  findingRandom: (one: string, half: string, halfK: number, all: string, allK: number): string =>
    `Deleting more units at random raises the residual net's mean error gradually — ${one} with one, ${half} with ${halfK}, ${all} with all ${allK} — not all at once.`,
  findingPlain: (intact: string, low: string, high: string, chance: string, survivals: {count: number; of: number}): string =>
    `The plain net, intact at ${intact}, ends at ${low}–${high} on average with one unit deleted, around chance (${chance})` +
    `${survivals.count === 0 ? "" : ` — though ${survivals.count} of its ${survivals.of} single deletions over the seeds cost it no more than a tenth of the way to chance`}.`,
  findingPaths: (gradientLength: string, pathLength: string, paths: number): string =>
    `The gradient's paths are short: weighted by the gradient they carry, paths pass through ${gradientLength} residual branches on average, against ${pathLength} for all ${paths} paths.`
};

/** The sentences under the charts and about the reference seeds (lesionRows.ts), every number computed by the caller. */
export const LESION_SENTENCES: Localized<typeof SENTENCES_EN> = {
  en: SENTENCES_EN,
  zh: {
    noNumber: "无数值",
    unitList: (units) => {
      const names = units.map(String);
      return `单元 ${names.length <= 1 ? names.join("") : `${names.slice(0, -1).join("、")} 或 ${names.at(-1)}`}`;
    },
    residualEveryHarmful: (intact) => `对残差网络来说，删除任何一个单元都会让测试误差（完整网络为 ${intact}）朝随机猜测的水平移动超过十分之一的距离。`,
    residualSingles: ({harmless, isEvery, units, range, intact, harmful}) =>
      `残差网络共有 ${units} 个单元，${isEvery ? "删除其中任意一个" : `删除其中 ${harmless} 个里的任意一个`}，测试误差都保持在 ${range}（完整网络为 ${intact}）` +
      (harmful === null ? "。" : `；单独删除${harmful.list}，误差则升到 ${harmful.range}。`),
    plainSingles: (intact, range, chance) => `普通网络删掉任意一个单元，测试误差就从 ${intact} 变为 ${range}——随机猜测的水平是 ${chance}。`,
    random: ({one, half, halfError, all, n, plainOne}) =>
      `随机删除 k 个单元时，残差网络的平均测试误差逐步上升：删 1 个为 ${one}，删 ${half} 个为 ${halfError}，${n} 个全删为 ${all}；` +
      `而普通网络只删 1 个就已是 ${plainOne}。`,
    paths: ({n, count, meanLength, factor, share, lengths, gradientLength}) =>
      `有 ${n} 个单元的残差网络，从输入到输出共有 2^${n} = ${count} 条路径，路径长度服从二项分布，平均经过 ${meanLength} 个单元。` +
      `沿单条路径传回的梯度，每多经过一个残差分支，平均缩小约 ${factor} 倍；因此 ${share}% 的梯度来自经过 ${lengths} 个分支的路径，平均 ${gradientLength} 个：真正承担训练的是短路径。`,
    lengths: (from, to) => (from === to ? `${from}` : `${from} 到 ${to}`),
    failing: (seeds) => (seeds.length === 0 ? "" : `（种子 ${seeds.join("、")} 上不成立）`),
    reference: ({first, last, units, held, seeds, failing, residual, plain, gradientLength, pathLength}) =>
      `在参考运行中（种子 ${first}–${last}，${units} 个单元），结论在 ${seeds} 个种子中的 ${held} 个上成立${failing}。` +
      `取这些种子的中位数：单独删除一个单元后，残差网络的测试误差为 ${residual}，普通网络则升到 ${plain}；` +
      `梯度的平均路径长度为 ${gradientLength} 个单元，而全部路径的平均长度是 ${pathLength}。`,
    findingResidual: (intact, low, high, worstUnit, worst) =>
      `对参考种子取平均：残差网络删掉一个单元后，测试误差（完整网络为 ${intact}）除一个单元外都在 ${low}–${high} 之间；例外是单元 ${worstUnit}，删掉它误差会升到 ${worst}。`,
    findingRandom: (one, half, halfK, all, allK) =>
      `随机删除更多单元时，残差网络的平均误差是逐渐上升的——删 1 个为 ${one}，删 ${halfK} 个为 ${half}，${allK} 个全删为 ${all}——而不是一下子崩溃。`,
    findingPlain: (intact, low, high, chance, survivals) =>
      `普通网络完整时为 ${intact}，删掉一个单元后平均落在 ${low}–${high}，接近随机猜测（${chance}）` +
      `${survivals.count === 0 ? "" : `——不过在所有种子上的 ${survivals.of} 次单个删除中，有 ${survivals.count} 次让它朝随机猜测移动的距离不超过十分之一`}。`,
    findingPaths: (gradientLength, pathLength, paths) =>
      `梯度走的路径很短：按携带的梯度加权，路径平均经过 ${gradientLength} 个残差分支，而全部 ${paths} 条路径的平均是 ${pathLength} 个。`
  }
};


const CSV_EN: {
  singleColumns: ColumnNames<ReturnType<typeof singleRows>>;
  randomColumns: ColumnNames<ReturnType<typeof randomRows>>;
  pathColumns: ColumnNames<ReturnType<typeof pathRows>>;
} = {
  singleColumns: {net: "net", unit: "unit", downsampling: "downsampling", testError: "testError", intactError: "intactError"},
  randomColumns: {net: "net", deleted: "deleted", draw: "draw", testError: "testError"},
  pathColumns: {length: "length", paths: "paths", pathShare: "pathShare", gradientShare: "gradientShare", gradientPerPath: "gradientPerPath"}
};

/** The charts' CSV exports (LesionLab.ts): column headers and net names (English: the rows' own keys and values, unchanged). */
export const LESION_CSV_TEXT: Localized<typeof CSV_EN> = {
  en: CSV_EN,
  zh: {
    singleColumns: {net: "网络", unit: "删除的单元", downsampling: "是否为下采样单元", testError: "测试误差", intactError: "完整网络的测试误差"},
    randomColumns: {net: "网络", deleted: "随机删除的单元数", draw: "第几次抽取", testError: "测试误差"},
    pathColumns: {length: "路径长度", paths: "路径数", pathShare: "占全部路径的比例", gradientShare: "携带的梯度占比", gradientPerPath: "单条路径上的梯度范数"}
  }
};
