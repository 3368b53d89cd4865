/**
 * Final training error vs depth, plain vs residual, from the reference runs: a line through one seed's depth
 * sweep and a dot for every seed's run, so the spread over seeds shows where several were run. Points that
 * two files share (the same net, seed and settings) are drawn once. Exportable (SVG, PNG, CSV).
 */
import * as Plot from "@observablehq/plot";
import {Exportable} from "../export/index.js";
import {PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import type {DepthPoint} from "../charts/ErrorVsDepthChart.js";
import {familyName} from "../charts/palette.js";

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
}

/** A point as this chart plots it: the family's name and the error in percent. */
function plotted(point: DepthPoint) {
  return {...point, kind: familyName(point.isResidual), percent: 100 * point.value};
}

/** The chart: x = weighted layers, y = final training error (%), colour = plain or residual. */
export function DepthErrorChart(points: readonly DepthPoint[], {width, line: linePoints, title, caption}: DepthErrorChartOptions): HTMLElement {
  const dots = uniquePoints([...linePoints, ...points]).map(plotted);
  const line = linePoints.map(plotted);
  const depths = [...new Set(dots.map((point) => point.depth))].sort((a, b) => a - b);
  const chart = Plot.plot({
    width,
    height: Math.round(Math.min(360, Math.max(240, width * 0.5))),
    marginLeft: 48,
    marginRight: 16,
    style: {fontSize: "12px"},
    x: {label: "weighted layers →", ticks: depths, tickFormat: "d", grid: true},
    y: {label: "↑ final training error (%)", domain: [0, Math.max(50, ...dots.map((point) => point.percent))], grid: true},
    color: {domain: ["plain", "residual"], range: [PLAIN_COLOR, RESIDUAL_COLOR], legend: true},
    marks: [
      Plot.ruleY([0]),
      Plot.line(line, {x: "depth", y: "percent", stroke: "kind", strokeWidth: 2, sort: "depth"}),
      Plot.dot(dots, {x: "depth", y: "percent", stroke: "kind", r: 3.5, tip: true,
        title: (point: ReturnType<typeof plotted>) => `${point.kind}-${point.depth}, seed ${point.seed}: ${point.percent.toFixed(1)}% (${point.source})`})
    ]
  });
  chart.setAttribute("aria-label", `${title}. ` + depths.map((depth) => {
    const at = (kind: string) => line.find((point) => point.depth === depth && point.kind === kind);
    const [plain, residual] = [at("plain"), at("residual")];
    return plain && residual ? `${depth} layers: plain ${plain.percent.toFixed(1)}%, residual ${residual.percent.toFixed(1)}%` : "";
  }).filter(Boolean).join("; "));
  return Exportable(chart, {
    title,
    caption,
    data: dots.map(({depth, kind, seed, percent, loss, source}) => ({layers: depth, kind, seed, training_error_percent: percent, training_loss: loss, source})),
    filename: "training-error-vs-depth"
  });
}
