/**
 * Every reader-visible string of the loss-landscape lab (its charts, its status lines and captions, the sentences
 * under its charts and the reference runs' sentence), in both languages. Numbers arrive already formatted.
 */
import type {Localized} from "../../i18n/locale.js";
import type {gridRows, sliceRows} from "./landscapeRows.js";

/** The columns of the exported CSVs: every key of the grid's and the slice's rows. */
type CsvColumn = keyof ReturnType<typeof gridRows>[number] | keyof ReturnType<typeof sliceRows>[number];

/** The words of the two charts: axes, legends, the marked point, the charts' descriptions. */
export const LANDSCAPE_CHART_TEXT: Localized<{
  alpha: string;
  beta: string;
  logLoss: string;
  loss: string;
  plain: string;
  residual: string;
  theta: string;
  /** `net`: the family's word (`plain` or `residual` of this table). */
  heatmapAria: (net: string) => string;
  sliceAria: string;
}> = {
  en: {
    alpha: "α (along direction δ)",
    beta: "β (along direction η)",
    logLoss: "log₁₀ loss",
    loss: "loss (log scale)",
    plain: "plain",
    residual: "residual",
    theta: "θ, the trained weights",
    heatmapAria: (net) => `${net} net: loss on the grid around its trained weights, log scale`,
    sliceAria: "Loss along the line through the trained weights, plain and residual, log scale"
  },
  zh: {
    alpha: "α（沿方向 δ）",
    beta: "β（沿方向 η）",
    logLoss: "损失的对数（以 10 为底）",
    loss: "损失（对数坐标）",
    plain: "普通",
    residual: "残差",
    theta: "θ：训练得到的权重",
    heatmapAria: (net) => `${net}网络：训练所得权重周围网格上的损失，对数坐标`,
    sliceAria: "沿穿过训练所得权重的直线的损失，普通网络与残差网络，对数坐标"
  }
};

/** What a caption says about the runs drawn. */
interface LandscapeCaptionFacts {
  depth: number;
  examples: number;
  resolution: number;
  extent: number;
  seed: number;
  isReference: boolean;
}

/** The lab's status lines, figure titles, captions and export file names. */
export const LANDSCAPE_LAB_TEXT: Localized<{
  measuring: (done: number, total: number) => string;
  waiting: string;
  stopped: string;
  failed: string;
  reference: (seed: number) => string;
  noReference: string;
  live: string;
  heatmapTitle: string;
  sliceTitle: string;
  caption: (facts: LandscapeCaptionFacts) => string;
  heatmapFile: string;
  sliceFile: string;
}> = {
  en: {
    measuring: (done, total) => `Trained. Measuring the loss around both nets' weights: ${done} of ${total} grid rows…`,
    waiting: "The verdict appears when both nets are trained and their landscapes measured.",
    stopped: "Stopped before the end: no verdict. Press Retrain to run again.",
    failed: "The run failed, so there is no landscape to measure (the message above says why).",
    reference: (seed) => `Drawn below until your run finishes: the reference run of seed ${seed} at these settings, made by the project's experiment tool.`,
    noReference: "No reference run has these settings: the charts appear when your run has finished.",
    live: "Drawn below: your run.",
    heatmapTitle: "The loss around the trained weights: plain (left or top) and residual, one colour scale",
    sliceTitle: "The loss along one direction through the trained weights",
    caption: ({depth, examples, resolution, extent, seed, isReference}) =>
      `plain vs residual MLP-${depth}, width 16, BatchNorm, pre-activation units, trained 300 steps on circles; mean cross-entropy of the first ${examples} training points at θ + αδ + βη, ` +
      `${resolution}×${resolution} grid on [−${extent}, ${extent}]², filter-normalised directions · seed ${seed}${isReference ? " · reference run" : ""}`,
    heatmapFile: "loss-landscape",
    sliceFile: "loss-landscape-slice"
  },
  zh: {
    measuring: (done, total) => `训练完成，正在测量两个网络权重周围的损失：网格已测 ${done} / ${total} 行…`,
    waiting: "两个网络训练完毕、损失曲面测量完成后，这里给出结论。",
    stopped: "运行在结束前被停止，没有结论。按“重新训练”可以再运行一次。",
    failed: "运行失败，没有可供测量的损失曲面（原因见上方的消息）。",
    reference: (seed) => `你的运行完成之前，下方显示的是同样设置下种子 ${seed} 的参考运行，由本项目的实验工具生成。`,
    noReference: "这组设置没有参考运行：你的运行完成后图表才会出现。",
    live: "下方显示的是你自己的运行。",
    heatmapTitle: "训练所得权重周围的损失：普通网络（左侧或上方）与残差网络，共用一个色标",
    sliceTitle: "沿一个方向穿过训练所得权重的损失",
    caption: ({depth, examples, resolution, extent, seed, isReference}) =>
      `普通与残差 MLP-${depth}，宽度 16，BatchNorm，预激活单元，在同心圆数据上训练 300 步；前 ${examples} 个训练点在 θ + αδ + βη 处的平均交叉熵，` +
      `[−${extent}, ${extent}]² 上 ${resolution}×${resolution} 的网格，方向经滤波器归一化 · 种子 ${seed}${isReference ? " · 参考运行" : ""}`,
    heatmapFile: "损失曲面",
    sliceFile: "损失曲面-切片"
  }
};

/** One net's landscape, its numbers formatted. */
interface NetFacts {
  /** The family's word ("plain" / "residual"). */
  family: string;
  centre: string;
  roughness: string;
  basin: string;
  minima: number;
}

/** The reference seeds' figures, formatted. */
interface ReferenceFacts {
  firstSeed: number;
  lastSeed: number;
  depth: number;
  held: number;
  seeds: number;
  failing: readonly number[];
  /** The plain and residual means, when the summary has both. */
  means: {plain: {roughness: string; basin: string; centre: string}; residual: {roughness: string; basin: string; centre: string}} | null;
}

/**
 * The exported CSVs' header (a name for every column, by the rows' key) and the words of their "net" column. English
 * keeps the keys and "plain" / "residual" as they were: the English tests read the files by them.
 */
export const LANDSCAPE_CSV_TEXT: Localized<{columns: Record<CsvColumn, string>; net: {plain: string; residual: string}}> = {
  en: {
    columns: {net: "net", alpha: "alpha", beta: "beta", loss: "loss", logLoss: "logLoss"},
    net: {plain: "plain", residual: "residual"}
  },
  zh: {
    columns: {net: "网络", alpha: "α", beta: "β", loss: "损失", logLoss: "log₁₀ 损失"},
    net: {plain: "普通", residual: "残差"}
  }
};

/** The sentences under the charts and the reference runs' sentence. */
export const LANDSCAPE_SENTENCES: Localized<{
  net: (facts: NetFacts) => string;
  grid: (resolution: number, plain: string, residual: string) => string;
  notLearnt: (chance: string) => string;
  slice: (plain: number, residual: number) => string;
  reference: (facts: ReferenceFacts) => string;
}> = {
  en: {
    net: ({family, centre, roughness, basin, minima}) =>
      `the ${family} net sits at L(θ) = ${centre}; its surface has roughness ${roughness}, a central basin of ${basin} of the grid and ${minima} local minim${minima === 1 ? "um" : "a"}`,
    grid: (resolution, plain, residual) => `On the ${resolution}×${resolution} grid, ${plain}; ${residual}.`,
    notLearnt: (chance) =>
      `The plain net has hardly learnt anything: its loss at θ is close to ${chance}, the loss of a guess. What is drawn is the ground it is stuck on — the landscape around the weights its training could not get out of.`,
    slice: (plain, residual) => `Along the line through θ (β = 0), the loss has ${plain} local minim${plain === 1 ? "um" : "a"} for the plain net and ${residual} for the residual net.`,
    reference: ({firstSeed, lastSeed, depth, held, seeds, failing, means}) => {
      const notFor = failing.length === 0 ? "" : ` — not for seed${failing.length === 1 ? "" : "s"} ${failing.join(", ")}`;
      const averages = means
        ? ` Averaged over them, the plain nets' surfaces have roughness ${means.plain.roughness} and a central basin of ${means.plain.basin}, the residual nets' ${means.residual.roughness} and ${means.residual.basin}; the plain nets sit at L(θ) = ${means.plain.centre} on average, the residual nets at ${means.residual.centre}.`
        : "";
      return `On the reference runs (seeds ${firstSeed}–${lastSeed}, ${depth} layers), the verdict holds for ${held} of ${seeds} seeds${notFor}.${averages}`;
    }
  },
  zh: {
    net: ({family, centre, roughness, basin, minima}) => `${family}网络位于 L(θ) = ${centre} 处，曲面粗糙度为 ${roughness}，中心盆地占网格的 ${basin}，有 ${minima} 个局部极小值`,
    grid: (resolution, plain, residual) => `在 ${resolution}×${resolution} 的网格上，${plain}；${residual}。`,
    notLearnt: (chance) => `普通网络几乎什么都没学到：它在 θ 处的损失接近 ${chance}，也就是随机猜测的损失。图中画的是它被困住的那片地形——训练始终没能带它走出的那片权重区域。`,
    slice: (plain, residual) => `沿穿过 θ 的直线（β = 0），普通网络的损失有 ${plain} 个局部极小值，残差网络有 ${residual} 个。`,
    reference: ({firstSeed, lastSeed, depth, held, seeds, failing, means}) => {
      const notFor = failing.length === 0 ? "" : `（种子 ${failing.join("、")} 除外）`;
      const averages = means
        ? `按这些种子平均，普通网络曲面的粗糙度为 ${means.plain.roughness}，中心盆地占 ${means.plain.basin}；残差网络分别为 ${means.residual.roughness} 和 ${means.residual.basin}。普通网络平均位于 L(θ) = ${means.plain.centre}，残差网络位于 ${means.residual.centre}。`
        : "";
      return `在参考运行上（种子 ${firstSeed}–${lastSeed}，${depth} 层），结论在 ${seeds} 个种子中的 ${held} 个上成立${notFor}。${averages}`;
    }
  }
};
