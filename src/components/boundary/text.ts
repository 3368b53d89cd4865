/**
 * Every reader-visible string of the decision-boundary pictures (BoundaryPicture.ts, BoundaryChart.ts) and the
 * names of the classes of each 2-D data set, in both languages; and the headers of their CSV exports.
 */
import type {Localized} from "../../i18n/locale.js";
import type {ToyName} from "../../engine/data/toy2d.js";
import type {BoundaryPanelRow} from "./BoundaryChart.js";

const BOUNDARY_EN = {
  /** What the two classes of each 2-D data set are, in words (class 0, class 1). */
  classNames: {
    circles: ["inner disc", "outer ring"],
    spirals: ["first spiral arm", "second spiral arm"],
    checkerboard: ["even squares", "odd squares"]
  } as Record<ToyName, readonly [string, string]>,
  /** The colour ramp's label, from the name of class 1. */
  probability: (classOne: string) => `Predicted probability of the ${classOne}`,
  /** A panel's heading: the run, the step drawn, and whether it diverged. */
  heading: (label: string, step: number, isDiverged: boolean) => `${label} · step ${step}${isDiverged ? " · diverged" : ""}`,
  /** A panel's description for screen readers. */
  pictureLabel: (label: string, step: number) => `Decision boundary of ${label} at step ${step}`,
  /** Written across the picture of a run that diverged… */
  diverged: "diverged",
  /** …and across a panel that has no boundary yet. */
  waiting: "waiting for the first snapshot…"
};

/** The decision-boundary pictures' strings. */
export const BOUNDARY_TEXT: Localized<typeof BOUNDARY_EN> = {
  en: BOUNDARY_EN,
  zh: {
    classNames: {
      circles: ["内圆盘", "外圆环"],
      spirals: ["第一条螺旋臂", "第二条螺旋臂"],
      checkerboard: ["偶数格", "奇数格"]
    },
    probability: (classOne) => `预测为“${classOne}”的概率`,
    heading: (label, step, isDiverged) => `${label} · 第 ${step} 步${isDiverged ? " · 已发散" : ""}`,
    pictureLabel: (label, step) => `${label} 在第 ${step} 步的决策边界`,
    diverged: "已发散",
    waiting: "正在等待第一个快照…"
  }
};

/**
 * The headers of the boundary chart's CSV (BoundaryChart.ts `boundaryPanelRows`), by the rows' key. English: the
 * keys themselves, unchanged.
 */
export const BOUNDARY_CSV_TEXT: Localized<{panelColumns: Record<keyof BoundaryPanelRow, string>}> = {
  en: {panelColumns: {run: "run", step: "step", x: "x", y: "y", p_class1: "p_class1"}},
  zh: {panelColumns: {run: "运行", step: "步", x: "x", y: "y", p_class1: "类别 1 的概率"}}
};
