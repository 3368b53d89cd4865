/**
 * Final training error vs depth, plain vs residual, from the reference runs: a line through one seed's depth
 * sweep and a dot for every seed's run, so the spread over seeds shows where several were run. Points that
 * two files share (the same net, seed and settings) are drawn once. Exportable (SVG, PNG, CSV).
 */
import * as Plot from "@observablehq/plot";
import {Exportable} from "../export/index.js";
import {PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import type {DepthPoint} from "../charts/ErrorVsDepthChart.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {DEPTH_ERROR_CHART_TEXT, NAMES_TEXT} from "./text.js";

/** The points with duplicates (same kind, depth and seed from two files) dropped, keeping the first. */
export function uniquePoints(points: readonly DepthPoint[]): DepthPoint[] {
  const seen = new Set<string>();
  return points.filter((point) => {
    const key = `${point.isResidual}-${point.depth}-${point.seed}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Options of {@link DepthErrorChart}. */
export interface DepthErrorChartOptions {
  width: number;
  /** Points on the line (one seed across depths); every point gets a dot. */
  line: readonly DepthPoint[];
  title: string;
  caption: string;
  /** Language of the chart's words (default: the page's). */
  locale?: Locale;
}

/** The chart: x = weighted layers, y = final training error (%), colour = plain or residual. */
export function DepthErrorChart(points: readonly DepthPoint[], {width, line: linePoints, title, caption, locale = pageLocale()}: DepthErrorChartOptions): HTMLElement {
  const text = localized(DEPTH_ERROR_CHART_TEXT, locale);
  const {family} = localized(NAMES_TEXT, locale);
  /** A point as this chart plots it: the family's name and the error in percent. */
  const plotted = (point: DepthPoint) => ({...point, kind: family(point.isResidual), percent: 100 * point.value});
  const dots = uniquePoints([...linePoints, ...points]).map(plotted);
  const line = linePoints.map(plotted);
  const depths = [...new Set(dots.map((point) => point.depth))].sort((a, b) => a - b);
  const chart = Plot.plot({
    width,
    height: Math.round(Math.min(360, Math.max(240, width * 0.5))),
    marginLeft: 48,
    marginRight: 16,
    style: {fontSize: "12px"},
    x: {label: text.xLabel, ticks: depths, tickFormat: "d", grid: true},
    y: {label: text.yLabel, domain: [0, Math.max(50, ...dots.map((point) => point.percent))], grid: true},
    color: {domain: [family(false), family(true)], range: [PLAIN_COLOR, RESIDUAL_COLOR], legend: true},
    marks: [
      Plot.ruleY([0]),
      Plot.line(line, {x: "depth", y: "percent", stroke: "kind", strokeWidth: 2, sort: "depth"}),
      Plot.dot(dots, {x: "depth", y: "percent", stroke: "kind", r: 3.5, tip: true,
        title: (point: ReturnType<typeof plotted>) => text.tip(`${point.kind}-${point.depth}`, point.seed, point.percent.toFixed(1), point.source)})
    ]
  });
  chart.setAttribute("aria-label", text.aria(title, depths.map((depth) => {
    const at = (isResidual: boolean) => line.find((point) => point.depth === depth && point.isResidual === isResidual);
    const [plain, residual] = [at(false), at(true)];
    return plain && residual ? text.ariaDepth(depth, plain.percent.toFixed(1), residual.percent.toFixed(1)) : "";
  }).filter(Boolean)));
  const columns = text.csv;
  return Exportable(chart, {
    title,
    caption,
    data: dots.map(({depth, kind, seed, percent, loss, source}) => ({
      [columns.layers]: depth,
      [columns.kind]: kind,
      [columns.seed]: seed,
      [columns.trainingErrorPercent]: percent,
      [columns.trainingLoss]: loss,
      [columns.source]: source
    })),
    filename: text.filename
  });
}
