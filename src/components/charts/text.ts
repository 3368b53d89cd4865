/**
 * Every reader-visible string of the shared training charts (curves, error vs depth, the progress panel), in both
 * languages: titles, axis labels, legends, screen-reader descriptions, status lines and button labels. The family
 * words of net names ("plain-20" → "普通-20") are the session's (src/session/text.ts NET_TEXT, netName.ts), also in the
 * CSV tables' net column. The CSV tables' headers and word-valued cells are {@link CSV_TEXT}'s: English keeps the keys
 * and words the data has always had ("run,source,net,…", "live", "done"), byte for byte; Chinese names them in Chinese.
 */
import type {Localized} from "../../i18n/locale.js";
import type {RunPhase} from "../../session/sessionState.js";
import type {CurveTableRow} from "./curves.js";
import type {DepthTableRow} from "./ErrorVsDepthChart.js";

const CURVES_EN = {
  /** A run from data/: "plain-56 (reference)". */
  referenceRun: (label: string) => `${label} (reference)`,
  /** One panel per depth: its heading (also the panel's key). */
  panel: (depth: number) => `${depth} layers`,
  x: "step →",
  yError: "↑ error (%)",
  yLoss: "↑ training loss",
  empty: "waiting for the first snapshot…",
  legendTrain: "thin: training error",
  legendTest: "bold: test error",
  legendReference: "dashed: reference run",
  legendDiverged: "× diverged",
  /** The mark at the end of a run that diverged. */
  diverged: (label: string) => `${label} diverged`,
  /** The screen-reader description of the figure, from one part per run. */
  describe: (isError: boolean, parts: readonly string[]) => `${isError ? "Error" : "Loss"} curves. ${parts.join("; ")}.`,
  noData: (label: string) => `${label}: no data yet`,
  divergedAt: (label: string, step: number) => `${label}: diverged at step ${step}`,
  trainingError: (percent: string) => `training error ${percent}%`,
  trainingLoss: (loss: string) => `training loss ${loss}`,
  latest: (label: string, step: number, value: string) => `${label}: step ${step}, ${value}`
};

/** The training curves (ErrorCurves.ts). */
export const CURVES_TEXT: Localized<typeof CURVES_EN> = {
  en: CURVES_EN,
  zh: {
    referenceRun: (label) => `${label}（参考）`,
    panel: (depth) => `${depth} 层`,
    x: "训练步 →",
    yError: "↑ 误差（%）",
    yLoss: "↑ 训练损失",
    empty: "正在等待第一个快照…",
    legendTrain: "细线：训练误差",
    legendTest: "粗线：测试误差",
    legendReference: "虚线：参考运行",
    legendDiverged: "× 发散",
    diverged: (label) => `${label} 发散`,
    describe: (isError, parts) => `${isError ? "误差" : "损失"}曲线。${parts.length ? `${parts.join("；")}。` : ""}`,
    noData: (label) => `${label}：尚无数据`,
    divergedAt: (label, step) => `${label}：在第 ${step} 步发散`,
    trainingError: (percent) => `训练误差 ${percent}%`,
    trainingLoss: (loss) => `训练损失 ${loss}`,
    latest: (label, step, value) => `${label}：第 ${step} 步，${value}`
  }
};

const DEPTH_EN = {
  x: "depth (weighted layers) →",
  y: "↑ final training error (%)",
  empty: "no finished run yet",
  legendYours: "filled: your runs",
  legendReference: "ring, dashed: reference runs",
  legendDiverged: "× diverged",
  /** A dot's tooltip: "plain-56: 12.3%". */
  point: (title: string, percent: string) => `${title}: ${percent}%`,
  diverged: (title: string) => `${title}: diverged`,
  /** The screen-reader description: how many runs, and the means of the reader's own runs ("plain-20: 3.1%"). */
  describe: (count: number, means: readonly string[]) => `Final training error vs depth. ${count} runs${means.length ? `; your runs: ${means.join(", ")}` : ""}.`
};

/** The final-error-vs-depth chart (ErrorVsDepthChart.ts). */
export const DEPTH_CHART_TEXT: Localized<typeof DEPTH_EN> = {
  en: DEPTH_EN,
  zh: {
    x: "深度（带权重的层数）→",
    y: "↑ 最终训练误差（%）",
    empty: "还没有训练完成的运行",
    legendYours: "实心：你的运行",
    legendReference: "空心圆、虚线：参考运行",
    legendDiverged: "× 发散",
    point: (title, percent) => `${title}：${percent}%`,
    diverged: (title) => `${title}：发散`,
    describe: (count, means) => `最终训练误差与深度的关系。共 ${count} 次运行${means.length ? `；你的运行：${means.join("，")}` : ""}。`
  }
};

const PROGRESS_EN = {
  seconds: (seconds: number) => `${seconds} s`,
  minutesSeconds: (minutes: number, seconds: number) => `${minutes} min ${seconds} s`,
  minutes: (minutes: number) => `${minutes} min`,
  nets: (count: number) => `${count} net${count === 1 ? "" : "s"}`,
  stepOf: (step: number, steps: number) => `step ${step} of ${steps}`,
  idle: "Nothing is training.",
  starting: (nets: string) => `Starting ${nets}…`,
  estimating: "estimating the time left…",
  timeLeft: (duration: string) => `about ${duration} left`,
  running: (nets: string, step: string, eta: string) => `Training ${nets} · ${step} · ${eta}`,
  steppingTo: (target: number, steps: number) => `Stepping to step ${target} of ${steps}…`,
  pausedAt: (step: string) => `Paused at ${step}.`,
  finished: (nets: string, steps: number, duration: string) => `Done: ${nets} trained ${steps} steps in ${duration}.`,
  stoppedAt: (step: string, duration: string) => `Stopped at ${step} after ${duration}.`,
  failed: "Training failed (see the message below).",
  longRun: (duration: string) =>
    `This will take about ${duration} on this computer. Fewer steps or smaller depths finish sooner; you can stop at any time, and the page stays usable meanwhile.`,
  phases: {starting: "starting", running: "running", paused: "paused", done: "done", diverged: "diverged", cancelled: "cancelled", failed: "failed"} as Record<RunPhase, string>,
  /** A run's status chip: "plain-8: running". */
  chip: (label: string, phase: string) => `${label}: ${phase}`,
  pause: "Pause",
  resume: "Resume",
  step: "Step",
  /** The Step button once runs exist: the steps one press trains. */
  stepBy: (steps: number) => `Step ${steps}`,
  stepTitle: (steps: number) => `Train ${steps} more steps, then pause`,
  stop: "Stop",
  retrain: "Retrain",
  bar: "Training progress",
  runs: "Runs",
  details: "Technical details"
};

/** The progress panel of a training session (RunProgress.ts). */
export const PROGRESS_TEXT: Localized<typeof PROGRESS_EN> = {
  en: PROGRESS_EN,
  zh: {
    seconds: (seconds) => `${seconds} 秒`,
    minutesSeconds: (minutes, seconds) => `${minutes} 分 ${seconds} 秒`,
    minutes: (minutes) => `${minutes} 分钟`,
    nets: (count) => `${count} 个网络`,
    stepOf: (step, steps) => `第 ${step} 步（共 ${steps} 步）`,
    idle: "当前没有在训练。",
    starting: (nets) => `正在启动 ${nets}…`,
    estimating: "正在估算剩余时间…",
    timeLeft: (duration) => `预计还需约 ${duration}`,
    running: (nets, step, eta) => `正在训练 ${nets} · ${step} · ${eta}`,
    steppingTo: (target, steps) => `正在单步训练到第 ${target} 步（共 ${steps} 步）…`,
    pausedAt: (step) => `已暂停于${step}。`,
    finished: (nets, steps, duration) => `完成：${nets}训练了 ${steps} 步，用时 ${duration}。`,
    stoppedAt: (step, duration) => `已停止于${step}，用时 ${duration}。`,
    failed: "训练失败（见下方信息）。",
    longRun: (duration) => `在这台计算机上大约需要 ${duration}。减少步数或降低深度会更快完成；你可以随时停止，训练期间页面照常可用。`,
    phases: {starting: "启动中", running: "训练中", paused: "已暂停", done: "完成", diverged: "发散", cancelled: "已取消", failed: "失败"},
    chip: (label, phase) => `${label}：${phase}`,
    pause: "暂停",
    resume: "继续",
    step: "单步",
    stepBy: (steps) => `单步（${steps} 步）`,
    stepTitle: (steps) => `再训练 ${steps} 步，然后暂停`,
    stop: "停止",
    retrain: "重新训练",
    bar: "训练进度",
    runs: "运行",
    details: "技术细节"
  }
};

/** The CSV tables' words: a header per column (by the rows' key), and the words a cell may hold. */
interface CsvWords {
  /** Headers of the curves table (curves.ts `curveTable`): `columnNames` of its exports. */
  curveColumns: Record<keyof CurveTableRow, string>;
  /** Headers of the error-vs-depth table (ErrorVsDepthChart.ts `depthTable`). */
  depthColumns: Record<keyof DepthTableRow, string>;
  /** The source column: a run trained on the page, or one from data/. */
  sources: Record<"live" | "reference", string>;
  /** The status column: a run's phase. */
  statuses: Record<RunPhase, string>;
}

/** A net's family as a CSV cell of the lesion, shattered-gradients and gradient-flow charts (./netCells.ts). */
export const NET_FAMILY_TEXT: Localized<Record<"plain" | "residual", string>> = {
  en: {plain: "plain", residual: "residual"},
  zh: {plain: "普通网络", residual: "残差网络"}
};

/** The CSV exports of the training charts (curveTable, depthTable). English: the keys and words themselves, unchanged. */
export const CSV_TEXT: Localized<CsvWords> = {
  en: {
    curveColumns: {
      run: "run",
      source: "source",
      net: "net",
      depth: "depth",
      status: "status",
      step: "step",
      train_loss: "train_loss",
      train_error: "train_error",
      test_error: "test_error"
    },
    depthColumns: {run: "run", source: "source", net: "net", depth: "depth", final_train_error: "final_train_error", status: "status"},
    sources: {live: "live", reference: "reference"},
    statuses: {starting: "starting", running: "running", paused: "paused", done: "done", diverged: "diverged", cancelled: "cancelled", failed: "failed"}
  },
  zh: {
    curveColumns: {
      run: "运行",
      source: "来源",
      net: "网络",
      depth: "深度",
      status: "状态",
      step: "步",
      train_loss: "训练损失",
      train_error: "训练误差",
      test_error: "测试误差"
    },
    depthColumns: {run: "运行", source: "来源", net: "网络", depth: "深度", final_train_error: "最终训练误差", status: "状态"},
    sources: {live: "实时运行", reference: "参考运行"},
    statuses: {starting: "启动中", running: "训练中", paused: "已暂停", done: "完成", diverged: "发散", cancelled: "已取消", failed: "失败"}
  }
};
