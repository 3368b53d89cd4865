/**
 * Every reader-visible string of the Overview's hero (Hero.ts and the status sentence of heroRuns.ts), in both
 * languages: the pictures' headings and descriptions, the figures' titles, captions and export file names, the
 * Play/Replay button, the status lines and the headers of the pictures' CSV. Pause and Step, and the loss chart's CSV
 * headers, are the charts' (charts/text.ts). Numbers arrive already formatted (percentages as "44%").
 */
import type {Localized} from "../../i18n/locale.js";
import type {HeroBoundaryRow} from "./Hero.js";

const HERO_EN = {
  /** A picture's heading: the net's name, the step it shows, and whether it diverged. */
  cardName: (label: string, step: number | undefined, isDiverged: boolean) =>
    `${label}${step !== undefined ? ` · step ${step}` : ""}${isDiverged ? " — diverged" : ""}`,
  /** A picture's description for screen readers. */
  pictureLabel: (label: string) => `Decision boundary of ${label}`,
  /** The caption of both figures (the settings of the demo). */
  caption: (seed: number) =>
    `MLP-56 (27 units of width 16, BatchNorm, pre-activation) without and with shortcuts, on circles (1,000 points); SGD lr 0.1, momentum 0.9, batch 64; seed ${seed}`,
  boundariesTitle: "Decision boundaries: plain vs residual, 56 layers",
  boundariesFile: (seed: number) => `hero-boundaries-seed-${seed}`,
  lossTitle: "Training loss",
  lossFile: (seed: number) => `hero-loss-seed-${seed}`,
  lossEmpty: "the curves appear as the nets train",
  play: "Play",
  replay: "Replay",
  failed: "The two networks could not be trained (see why below); press Replay to try again.",
  starting: "Starting the two networks…",
  pressPlay: "Press Play to train both networks.",
  /** The status sentence: the step shown and the share of recent training points each net misclassifies. */
  status: (step: number, steps: number, plain: string, residual: string) =>
    `Step ${step} of ${steps}: the plain net misclassifies ${plain} of its recent training points, the residual net ${residual}.`,
  /** The status sentence when a run diverged. */
  diverged: (status: string) => `${status} A run diverged (its loss stopped being a number).`,
  /** The status sentence once the residual net has learned while the plain one stalls. */
  contrast: (status: string) => `${status} Same depth, same data, same seed: only the shortcuts differ.`
};

/** The hero's strings. */
export const HERO_TEXT: Localized<typeof HERO_EN> = {
  en: HERO_EN,
  zh: {
    cardName: (label, step, isDiverged) => `${label}${step !== undefined ? ` · 第 ${step} 步` : ""}${isDiverged ? " — 已发散" : ""}`,
    pictureLabel: (label) => `${label} 的决策边界`,
    caption: (seed) =>
      `MLP-56（27 个宽度为 16 的单元，BatchNorm，预激活），分别不带和带短路连接，在同心圆数据（1,000 个点）上训练；SGD，学习率 0.1，动量 0.9，批大小 64；种子 ${seed}`,
    boundariesTitle: "决策边界：普通网络与残差网络，56 层",
    boundariesFile: (seed) => `概览-决策边界-种子-${seed}`,
    lossTitle: "训练损失",
    lossFile: (seed) => `概览-训练损失-种子-${seed}`,
    lossEmpty: "网络开始训练后，曲线会出现在这里",
    play: "播放",
    replay: "重新开始",
    failed: "两个网络未能开始训练（原因见下方）；按“重新开始”再试一次。",
    starting: "正在启动两个网络…",
    pressPlay: "按“播放”开始训练两个网络。",
    status: (step, steps, plain, residual) => `第 ${step} 步（共 ${steps} 步）：在最近的训练点中，普通网络分错了 ${plain}，残差网络分错了 ${residual}。`,
    diverged: (status) => `${status}有一次运行发散了（它的损失已不再是一个数）。`,
    contrast: (status) => `${status}深度相同、数据相同、种子相同：两者只差在短路连接上。`
  }
};

/** The headers of the pictures' CSV (Hero.ts `heroBoundaryRows`), by the rows' key. English: the keys themselves, unchanged. */
export const HERO_CSV_TEXT: Localized<{boundaryColumns: Record<keyof HeroBoundaryRow, string>}> = {
  en: {boundaryColumns: {net: "net", step: "step", x: "x", y: "y", probability: "probability"}},
  zh: {boundaryColumns: {net: "网络", step: "步", x: "x", y: "y", probability: "类别 1 的概率"}}
};
