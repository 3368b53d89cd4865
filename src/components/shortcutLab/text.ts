/**
 * Every reader-visible string of the shortcut-options lab (ShortcutLab.ts, ShortcutCurves.ts, shortcutRuns.ts), in
 * both languages: the button, the table, the chart, the run labels, the verdict and the export names.
 */
import type {Localized} from "../../i18n/locale.js";
import type {RunPhase} from "../../session/sessionState.js";
import type {ShortcutOption} from "../../engine/spec.js";

/** The runs and the verdict (shortcutRuns.ts). */
export const SHORTCUT_RUNS_TEXT: Localized<{
  /** What each option does, in a few words (He et al. 2015, §3.3). */
  options: Record<ShortcutOption, string>;
  /** A run's label in the chart, its legend and the progress list. */
  runLabel: (option: ShortcutOption) => string;
  /** "A 6.9%" for each option, joined. */
  errorList: (entries: ReadonlyArray<{option: ShortcutOption; percent: string}>) => string;
  close: (list: string, points: string) => string;
  apart: (list: string, points: string) => string;
}> = {
  en: {
    options: {
      A: "identity; zero-padding where the shape changes",
      B: "projection where the shape changes",
      C: "projection on every shortcut"
    },
    runLabel: (option) => `option ${option}`,
    errorList: (entries) => entries.map(({option, percent}) => `${option} ${percent}%`).join(", "),
    close: (list, points) =>
      `Final test errors: ${list} — within ${points} points of each other: at this scale the three options are as close as the paper found them.`,
    apart: (list, points) =>
      `Final test errors: ${list} — ${points} points apart: more than the options differ in the paper. A short or unstable run exaggerates differences; try another seed or more steps.`
  },
  zh: {
    options: {
      A: "恒等映射；形状改变处零填充",
      B: "形状改变处用投影",
      C: "每个短路连接都用投影"
    },
    runLabel: (option) => `选项 ${option}`,
    errorList: (entries) => entries.map(({option, percent}) => `${option} ${percent}%`).join("，"),
    close: (list, points) => `最终测试误差：${list}。三者相差不超过 ${points} 个百分点：在这个规模上，三个选项和论文里一样接近。`,
    apart: (list, points) =>
      `最终测试误差：${list}。三者最多相差 ${points} 个百分点，比论文里各选项之间的差别更大。训练太短或不稳定会放大差别；换一个种子或增加步数再试试。`
  }
};

/** The button, the estimate, the table and the export (ShortcutLab.ts). */
export const SHORTCUT_LAB_TEXT: Localized<{
  train: string;
  trainTakes: (duration: string) => string;
  retrainsNote: string;
  headers: {option: string; shortcut: string; parameters: string; versusA: string; status: string; trainingError: string; testError: string};
  /** A run's status in the table: "not trained", or its phase. */
  status: Record<RunPhase | "not trained", string>;
  statusAtStep: (status: string, step: number) => string;
  notTrainedCaption: string;
  curvesTitle: string;
  curvesFilename: string;
  tableTitle: string;
  tableFilename: string;
  /** Column names of the table's CSV. */
  csv: {option: string; shortcut: string; parameters: string; status: string; step: string; training_error: string; test_error: string};
}> = {
  en: {
    train: "Train A, B and C",
    trainTakes: (duration) => `Train A, B and C (${duration})`,
    retrainsNote: "Changing a setting retrains all three.",
    headers: {
      option: "option",
      shortcut: "shortcut",
      parameters: "parameters",
      versusA: "vs A",
      status: "status",
      trainingError: "training error (last 10% of steps)",
      testError: "test error (at the end)"
    },
    status: {
      "not trained": "not trained",
      starting: "starting",
      running: "running",
      paused: "paused",
      done: "done",
      diverged: "diverged",
      cancelled: "cancelled",
      failed: "failed"
    },
    statusAtStep: (status, step) => `${status}, step ${step}`,
    notTrainedCaption: "Not trained yet: parameters of the nets on screen, counted by the architecture arithmetic.",
    curvesTitle: "Shortcut options A, B and C: training error (thin) and test error (bold)",
    curvesFilename: "shortcut-options-curves",
    tableTitle: "Shortcut options: parameters and final errors",
    tableFilename: "shortcut-options-table",
    csv: {option: "option", shortcut: "shortcut", parameters: "parameters", status: "status", step: "step", training_error: "training_error", test_error: "test_error"}
  },
  zh: {
    train: "训练 A、B、C",
    trainTakes: (duration) => `训练 A、B、C（${duration}）`,
    retrainsNote: "更改任一设置都会把三个网络重新训练一遍。",
    headers: {
      option: "选项",
      shortcut: "短路连接",
      parameters: "参数量",
      versusA: "与 A 相比",
      status: "状态",
      trainingError: "训练误差（最后 10% 的步）",
      testError: "测试误差（结束时）"
    },
    status: {
      "not trained": "未训练",
      starting: "启动中",
      running: "训练中",
      paused: "已暂停",
      done: "已完成",
      diverged: "已发散",
      cancelled: "已取消",
      failed: "失败"
    },
    statusAtStep: (status, step) => `${status}，第 ${step} 步`,
    notTrainedCaption: "尚未训练：表中是当前设置下各网络的参数量，由结构算术数出。",
    curvesTitle: "短路连接选项 A、B、C：训练误差（细线）与测试误差（粗线）",
    curvesFilename: "短路连接选项-误差曲线",
    tableTitle: "短路连接选项：参数量与最终误差",
    tableFilename: "短路连接选项-参数与误差",
    csv: {option: "选项", shortcut: "短路连接", parameters: "参数量", status: "状态", step: "步", training_error: "训练误差", test_error: "测试误差"}
  }
};

/** The chart (ShortcutCurves.ts). */
export const SHORTCUT_CURVES_TEXT: Localized<{
  diverged: (label: string) => string;
  xLabel: string;
  yLabel: string;
  empty: string;
  ariaIntro: string;
  ariaRun: (label: string, step: number, trainingErrorPercent: string) => string;
  ariaNoData: (label: string) => string;
  ariaSeparator: string;
  legendOption: (option: ShortcutOption) => string;
  legendTrain: string;
  legendTest: string;
}> = {
  en: {
    diverged: (label) => `${label} diverged`,
    xLabel: "step →",
    yLabel: "↑ error (%)",
    empty: "press Train to start",
    ariaIntro: "Error curves. ",
    ariaRun: (label, step, error) => `${label}: step ${step}, training error ${error}%`,
    ariaNoData: (label) => `${label}: no data yet`,
    ariaSeparator: "; ",
    legendOption: (option) => `option ${option}`,
    legendTrain: "thin: training error",
    legendTest: "bold: test error"
  },
  zh: {
    diverged: (label) => `${label} 已发散`,
    xLabel: "步 →",
    yLabel: "↑ 误差（%）",
    empty: "按“训练”开始",
    ariaIntro: "误差曲线。",
    ariaRun: (label, step, error) => `${label}：第 ${step} 步，训练误差 ${error}%`,
    ariaNoData: (label) => `${label}：还没有数据`,
    ariaSeparator: "；",
    legendOption: (option) => `选项 ${option}`,
    legendTrain: "细线：训练误差",
    legendTest: "粗线：测试误差"
  }
};
