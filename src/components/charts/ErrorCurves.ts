/**
 * Training curves in the paper's style (He et al. 2015, Figs. 1, 4 and 6): thin lines for training error, bold lines
 * for test error; plain nets orange, residual nets blue (./palette.ts); reference runs from data/ dashed and faded
 * and labelled "reference"; a run that diverged ends with a "diverged" mark where its numbers stopped being finite.
 * Any number of runs at once; optionally one panel per depth, so each panel compares a plain net with its
 * residual twin.
 *
 *   import {ErrorCurves, curveFromSnapshots} from "./components/charts/index.js";
 *   const runs = [curveFromSnapshots("plain-56", spec, snapshots, {totalSteps: 300, phase: "running"}), …];
 *   display(ErrorCurves(runs, {width, facetByDepth: true}));
 *
 * Wrap it for export with `Exportable(chart, {title, caption, data: curveTable(runs, locale), columns: CURVE_TABLE_COLUMNS,
 * columnNames: localized(CSV_TEXT, locale).curveColumns})` (the CSV in the page's language), or, while runs train,
 * keep it in a `LiveFigure` (./LiveFigure.ts) with `redraw: (chart, runs) => updateCurves(chart, runs, options)`: only
 * the live lines are redrawn as snapshots arrive, the rest only when it changes.
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginRight, presenterTop} from "./presenter.js";
import {el} from "../dom.js";
import {curveRows, lastFinitePoint, type CurveMetric, type CurveRow, type RunCurve} from "./curves.js";
import {Legend, type LegendEntry} from "./legend.js";
import {drawLiveLines, readFrame, type LiveLineFrame} from "./liveLines.js";
import {LINE_WIDTH, PLAIN_COLOR, REFERENCE_STYLE, RESIDUAL_COLOR, WARNING_COLOR} from "./palette.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NET_TEXT} from "../../session/text.js";
import {CURVES_TEXT} from "./text.js";

/** Options of {@link TrainingCurves}. */
export interface CurveChartOptions {
  /** Width in px (Framework's `width` or `resize`). */
  width: number;
  /** Height of one panel in px (default 240). */
  height?: number;
  /** "error" (default): training and test error in %; "loss": training cross-entropy. */
  metric?: CurveMetric;
  /** One panel per depth ("20 layers", "56 layers"): side by side when wide, stacked when narrow. Default false. */
  facetByDepth?: boolean;
  /** Last step on the x axis (default: the longest run's `totalSteps`), so live curves grow across a fixed axis. */
  steps?: number;
  /** Text shown in the plot while no run has a point yet (default "waiting for the first snapshot…"). */
  emptyText?: string;
  /** Language of the chart's words (default: the page's). */
  locale?: Locale;
}

/** Panels side by side from this width on; stacked below it. */
const SIDE_BY_SIDE_WIDTH = 560;

/** The heading (and key) of a depth's panel, "56 layers". */
const facetKey = (depth: number, locale: Locale) => localized(CURVES_TEXT, locale).panel(depth);

/** The legend entries of a curves chart: families, line meaning, and reference runs when any are drawn. */
function legendEntries(runs: readonly RunCurve[], metric: CurveMetric, locale: Locale): LegendEntry[] {
  const text = localized(CURVES_TEXT, locale);
  const family = localized(NET_TEXT, locale);
  const entries: LegendEntry[] = [
    {label: family.plain, color: PLAIN_COLOR, width: 3},
    {label: family.residual, color: RESIDUAL_COLOR, width: 3}
  ];
  // A loss chart draws one line per run (the training loss), which the two colours already name.
  if (metric === "error") entries.push({label: text.legendTrain, width: LINE_WIDTH.train}, {label: text.legendTest, width: LINE_WIDTH.test});
  if (runs.some((run) => run.isReference)) entries.push({label: text.legendReference, width: 1.5, dash: REFERENCE_STYLE.dasharray, opacity: 0.7});
  if (runs.some((run) => run.phase === "diverged")) entries.push({label: text.legendDiverged, color: WARNING_COLOR, width: 0});
  return entries;
}

/** Line marks for one source (reference or live) and one series (train or test). */
function lineMarks(rows: CurveRow[], facet: Record<string, unknown>): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  for (const source of ["reference", "live"] as const) {
    for (const series of ["train", "test"] as const) {
      const data = rows.filter((row) => row.source === source && row.series === series);
      if (data.length === 0) continue;
      const isReference = source === "reference";
      marks.push(
        Plot.line(data, {
          x: "step",
          y: "value",
          z: "run",
          stroke: "net",
          strokeWidth: series === "train" ? LINE_WIDTH.train : LINE_WIDTH.test,
          strokeOpacity: isReference ? REFERENCE_STYLE.opacity : series === "train" ? 0.85 : 1,
          strokeDasharray: isReference ? REFERENCE_STYLE.dasharray : undefined,
          ...facet
        })
      );
    }
  }
  return marks;
}

/** "× diverged" at the last finite point of every run that diverged; the label reads into the plot from its end. */
function divergedMarks(runs: readonly RunCurve[], metric: CurveMetric, steps: number, facet: Record<string, unknown>, locale: Locale): Plot.Markish[] {
  const ends = runs.flatMap((run) => {
    const point = run.phase === "diverged" ? lastFinitePoint(run, metric) : null;
    return point ? [{...point, depth: run.depth, facet: facetKey(run.depth, locale), label: localized(CURVES_TEXT, locale).diverged(run.label)}] : [];
  });
  if (ends.length === 0) return [];
  const label = (isLeft: boolean) =>
    Plot.text(ends.filter((end) => end.step < steps / 2 === isLeft), {
      x: "step", y: "value", text: "label", dy: -12, dx: isLeft ? -4 : 4, fill: WARNING_COLOR, fontWeight: 600, textAnchor: isLeft ? "start" : "end", ...facet
    });
  return [Plot.dot(ends, {x: "step", y: "value", symbol: "times", r: 6, stroke: WARNING_COLOR, strokeWidth: 2.5, ...facet}), label(true), label(false)];
}

/** Short text for screen readers: each live run's latest values. */
function describeRuns(runs: readonly RunCurve[], metric: CurveMetric, locale: Locale): string {
  const text = localized(CURVES_TEXT, locale);
  const parts = runs.map((run) => {
    const last = run.points.at(-1);
    if (!last) return text.noData(run.label);
    if (run.phase === "diverged") return text.divergedAt(run.label, last.step);
    const value = metric === "error" ? text.trainingError((100 * last.trainError).toFixed(0)) : text.trainingLoss(last.loss.toFixed(3));
    return text.latest(run.label, last.step, value);
  });
  return text.describe(metric === "error", parts);
}

/** Everything about a chart except the live runs' latest points: when it is unchanged, only the live lines are redrawn. */
function layoutOf(runs: readonly RunCurve[], options: CurveChartOptions) {
  const {width, height = 240, metric = "error", facetByDepth = false, locale = pageLocale()} = options;
  const rows = curveRows(runs, metric).map((row) => ({...row, facet: facetKey(row.depth, locale)}));
  const depths = [...new Set(runs.map((run) => run.depth))].sort((a, b) => a - b);
  const isFaceted = facetByDepth && depths.length > 1;
  const isSideBySide = isFaceted && width >= SIDE_BY_SIDE_WIDTH;
  const steps = options.steps ?? Math.max(1, ...runs.map((run) => run.totalSteps));
  const largest = Math.max(0, ...rows.map((row) => row.value));
  // The y axis grows in steps (10% of error, 0.5 nats of loss), so a new maximum rarely forces a full redraw.
  const yMax = metric === "error" ? Math.min(1, Math.max(0.6, Math.ceil(largest * 10) / 10)) : Math.max(1, Math.ceil(largest * 2) / 2);
  const key = JSON.stringify({
    width, height, metric, isFaceted, isSideBySide, steps, yMax, depths, isEmpty: rows.length === 0,
    runs: runs.map((run) => [run.id, run.label, run.isResidual, run.isReference, run.phase === "diverged", run.isReference ? run.points.length : 0])
  });
  return {width, height, metric, rows, depths, isFaceted, isSideBySide, steps, yMax, key, locale};
}

/** The Plot figure: axes, panels, reference lines, "diverged" marks; then the live lines on top. */
function drawFigure(runs: readonly RunCurve[], layout: ReturnType<typeof layoutOf>, emptyText: string): SVGSVGElement {
  const {width, height, metric, rows, depths, isFaceted, isSideBySide, steps, yMax, locale} = layout;
  const text = localized(CURVES_TEXT, locale);
  const facet = isFaceted ? {[isSideBySide ? "fx" : "fy"]: "facet"} : {};
  const panelKeys = depths.map((depth) => facetKey(depth, locale));
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: height * (isFaceted && !isSideBySide ? depths.length : 1) + (isSideBySide ? 20 : 0),
    marginLeft: 48,
    marginRight: (isFaceted && !isSideBySide ? 70 : 16) + presenterMarginRight(),
    style: {fontSize: "12px"},
    x: {domain: [0, steps], label: text.x, labelAnchor: "right", ticks: Math.max(2, Math.floor(width / (isSideBySide ? 2 * 90 : 90)))},
    // With `percent`, Plot multiplies values by 100 before the domain applies: the domain is in percent.
    y: metric === "error" ? {domain: [0, 100 * yMax], percent: true, grid: true, label: text.yError} : {domain: [0, yMax], grid: true, label: text.yLoss},
    color: {domain: ["plain", "residual"], range: [PLAIN_COLOR, RESIDUAL_COLOR]},
    fx: isSideBySide ? {domain: panelKeys, label: null} : undefined,
    fy: isFaceted && !isSideBySide ? {domain: panelKeys, label: null} : undefined,
    marks: [
      // One baseline per panel: it also gives every panel its place, where the live lines are drawn.
      Plot.ruleY(isFaceted ? panelKeys.map((panel) => ({panel, y: 0})) : [{y: 0}], {y: "y", ...(isFaceted ? {[isSideBySide ? "fx" : "fy"]: "panel"} : {})}),
      ...lineMarks(rows.filter((row) => row.source === "reference"), facet),
      ...divergedMarks(runs, metric, steps, facet, locale),
      ...(rows.length === 0 ? [Plot.text([emptyText], {frameAnchor: "middle", fill: "currentColor", fillOpacity: 0.6})] : [])
    ]
  }) as SVGSVGElement & {scale(name: string): {apply(value: unknown): number}};
  const frame = readFrame(plot, isFaceted ? panelKeys : [], {isPercent: metric === "error", panelMark: "rule"});
  drawLiveLines(plot, rows.filter((row) => row.source === "live"), frame);
  Object.assign(plot, {[FRAME]: frame});
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", describeRuns(runs, metric, locale));
  return plot;
}

/** Where a drawn figure keeps its frame (scales and panel offsets) for in-place updates. */
const FRAME = Symbol("rx-curves-frame");

/** The chart: a legend above one Plot figure (one panel, or one per depth). Returns `<div class="rx-curves">`. */
export function TrainingCurves(runs: readonly RunCurve[], options: CurveChartOptions): HTMLElement {
  const layout = layoutOf(runs, options);
  const plot = drawFigure(runs, layout, options.emptyText ?? localized(CURVES_TEXT, layout.locale).empty);
  const root = el("div", {class: "rx-curves", "data-metric": layout.metric, "data-runs": runs.length}, [Legend(legendEntries(runs, layout.metric, layout.locale)), plot]);
  root.dataset.layout = layout.key;
  return root;
}

/**
 * Redraws a chart made by {@link TrainingCurves} (or {@link ErrorCurves}, {@link LossChart}) for new data in place,
 * when only the live runs' points changed — a few paths, well under a millisecond, so a page stays responsive while
 * snapshots stream in. Returns false (and changes nothing) when anything else changed: then draw a new chart.
 * `LiveFigure(draw, data, {redraw: updateCurves, …})` does exactly that.
 */
export function updateCurves(chart: Element, runs: readonly RunCurve[], options: CurveChartOptions): boolean {
  const layout = layoutOf(runs, options);
  const plot = chart.querySelector(":scope > svg[role=img]") as (SVGSVGElement & {[FRAME]?: LiveLineFrame}) | null;
  if (!plot?.[FRAME] || (chart as HTMLElement).dataset.layout !== layout.key) return false;
  drawLiveLines(plot, layout.rows.filter((row) => row.source === "live"), plot[FRAME]);
  plot.setAttribute("aria-label", describeRuns(runs, layout.metric, layout.locale));
  chart.setAttribute("data-runs", String(runs.length));
  return true;
}

/** Training (thin) and test (bold) error of several runs, in %. See {@link TrainingCurves}. */
export function ErrorCurves(runs: readonly RunCurve[], options: Omit<CurveChartOptions, "metric">): HTMLElement {
  return TrainingCurves(runs, {...options, metric: "error"});
}

/** Training loss (cross-entropy) of several runs. See {@link TrainingCurves}. */
export function LossChart(runs: readonly RunCurve[], options: Omit<CurveChartOptions, "metric">): HTMLElement {
  return TrainingCurves(runs, {...options, metric: "loss"});
}
