/**
 * Final training error against depth, plain vs residual — the degradation curve (He et al. 2015, Fig. 6 reads it
 * off the ends of the curves), built point by point from finished runs. Every run is a dot: filled for the
 * reader's own runs, a hollow ring for reference runs from data/; a line per family joins the mean at each depth
 * (solid through the reader's runs, dashed through the references). A run that diverged has no final error: it
 * is drawn as "×" along the top of the chart.
 *
 *   display(ErrorVsDepthChart([
 *     {depth: 20, isResidual: false, value: 0.036, isReference: false},
 *     {depth: 56, isResidual: false, value: 0.41, isReference: true}, …
 *   ], {width}));
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginRight, presenterTop} from "./presenter.js";
import {el} from "../dom.js";
import {Legend, type LegendEntry} from "./legend.js";
import {familyName, PLAIN_COLOR, REFERENCE_STYLE, RESIDUAL_COLOR, WARNING_COLOR} from "./palette.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NET_TEXT} from "../../session/text.js";
import {localNetName} from "../../session/netName.js";
import {CSV_TEXT, DEPTH_CHART_TEXT} from "./text.js";

/** One finished run at its depth: the point of every error-vs-depth chart (the degradation lab's, the Results page's). */
export interface DepthPoint {
  /** Weighted layers. */
  depth: number;
  isResidual: boolean;
  /** Final training error as a fraction (mean over the last 10% of the steps); NaN when the run diverged. */
  value: number;
  isReference: boolean;
  /** Shown on hover, e.g. "plain-56 · seed 3". */
  label?: string;
  seed?: number;
  /** Final training loss, when known. */
  loss?: number;
  /** Where a reference point comes from (its data file). */
  source?: string;
}

/** Options of {@link ErrorVsDepthChart}. */
export interface ErrorVsDepthOptions {
  width: number;
  /** Plot height in px (default 260). */
  height?: number;
  /** Depths to show on the x axis even without points (default: the points' depths). */
  depths?: readonly number[];
  /** y label (default "↑ final training error (%)"). */
  yLabel?: string;
  /** Language of the chart's words (default: the page's). */
  locale?: Locale;
}

/** Mean value per (family, depth, source), the points of the lines: finite values only. */
export function depthMeans(points: readonly DepthPoint[]): Array<{depth: number; net: "plain" | "residual"; source: "live" | "reference"; value: number; count: number}> {
  const groups = new Map<string, {depth: number; net: "plain" | "residual"; source: "live" | "reference"; sum: number; count: number}>();
  for (const point of points) {
    if (!Number.isFinite(point.value)) continue;
    const net = familyName(point.isResidual);
    const source = point.isReference ? "reference" : "live";
    const key = `${net}|${source}|${point.depth}`;
    const group = groups.get(key) ?? {depth: point.depth, net, source, sum: 0, count: 0};
    group.sum += point.value;
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].map(({sum, count, ...group}) => ({...group, value: sum / count, count})).sort((a, b) => a.depth - b.depth);
}

function legendEntries(points: readonly DepthPoint[], locale: Locale): LegendEntry[] {
  const text = localized(DEPTH_CHART_TEXT, locale);
  const family = localized(NET_TEXT, locale);
  const entries: LegendEntry[] = [
    {label: family.plain, color: PLAIN_COLOR, symbol: "dot"},
    {label: family.residual, color: RESIDUAL_COLOR, symbol: "dot"}
  ];
  if (points.some((point) => !point.isReference)) entries.push({label: text.legendYours, symbol: "dot"});
  if (points.some((point) => point.isReference)) entries.push({label: text.legendReference, symbol: "ring"});
  if (points.some((point) => !Number.isFinite(point.value))) entries.push({label: text.legendDiverged, color: WARNING_COLOR, width: 0});
  return entries;
}

/** The chart: a legend above one Plot figure. Returns `<div class="rx-depth-chart">`. */
export function ErrorVsDepthChart(points: readonly DepthPoint[], options: ErrorVsDepthOptions): HTMLElement {
  const {width, height = 260, locale = pageLocale()} = options;
  const text = localized(DEPTH_CHART_TEXT, locale);
  const netName = (isResidual: boolean, depth: number) => localNetName(`${familyName(isResidual)}-${depth}`, locale);
  const yLabel = options.yLabel ?? text.y;
  const rows = points.map((point) => ({...point, net: familyName(point.isResidual), title: point.label ?? netName(point.isResidual, point.depth)}));
  const finite = rows.filter((row) => Number.isFinite(row.value));
  const diverged = rows.filter((row) => !Number.isFinite(row.value));
  const depths = [...new Set([...(options.depths ?? []), ...points.map((point) => point.depth)])].sort((a, b) => a - b);
  const yMax = Math.min(1, Math.max(0.1, ...finite.map((row) => row.value)) * 1.1);
  const means = depthMeans(points);
  const lineOf = (source: "live" | "reference") =>
    Plot.line(means.filter((mean) => mean.source === source), {
      x: "depth", y: "value", z: "net", stroke: "net", strokeWidth: source === "live" ? 2 : 1.5,
      strokeOpacity: source === "live" ? 1 : REFERENCE_STYLE.opacity, strokeDasharray: source === "live" ? undefined : REFERENCE_STYLE.dasharray
    });
  // Plain dots a little left of their depth, residual ones a little right, so twins at one depth do not hide each other.
  const dotOf = (isReference: boolean, isResidual: boolean) =>
    Plot.dot(finite.filter((row) => row.isReference === isReference && row.isResidual === isResidual), {
      x: "depth", y: "value", dx: isResidual ? 4 : -4, stroke: "net", fill: isReference ? "none" : "net", r: isReference ? 4.5 : 4, strokeWidth: 1.5,
      fillOpacity: 0.9, title: (row: (typeof rows)[number]) => text.point(row.title, (100 * row.value).toFixed(1))
    });
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height,
    marginLeft: 48,
    marginRight: 20 + presenterMarginRight(),
    style: {fontSize: "12px"},
    x: {label: text.x, labelAnchor: "right", ticks: depths.length > 0 && depths.length <= 12 ? depths : undefined, domain: depths.length ? [Math.min(...depths) - 4, Math.max(...depths) + 4] : [0, 60], tickFormat: "d"},
    y: {domain: [0, 100 * yMax], percent: true, grid: true, label: yLabel}, // percent: the domain is in %
    color: {domain: ["plain", "residual"], range: [PLAIN_COLOR, RESIDUAL_COLOR]},
    marks: [
      Plot.ruleY([0]),
      lineOf("reference"),
      lineOf("live"),
      dotOf(true, false),
      dotOf(true, true),
      dotOf(false, false),
      dotOf(false, true),
      Plot.dot(diverged, {x: "depth", y: () => yMax, symbol: "times", r: 6, stroke: WARNING_COLOR, strokeWidth: 2.5, title: (row: (typeof rows)[number]) => text.diverged(row.title)}),
      ...(points.length === 0 ? [Plot.text([text.empty], {frameAnchor: "middle", fill: "currentColor", fillOpacity: 0.6})] : [])
    ]
  }) as SVGSVGElement;
  plot.setAttribute("role", "img");
  const described = means.filter((mean) => mean.source === "live").map((mean) => text.point(netName(mean.net === "residual", mean.depth), (100 * mean.value).toFixed(1)));
  plot.setAttribute("aria-label", text.describe(points.length, described));
  return el("div", {class: "rx-depth-chart", "data-points": points.length}, [Legend(legendEntries(points, locale)), plot]);
}

/** One CSV row of {@link depthTable}: a run drawn (final error null when it diverged). */
export type DepthTableRow = {
  run: string;
  source: string;
  net: string;
  depth: number;
  final_train_error: number | null;
  status: string;
};

/**
 * One CSV row per run drawn. The word-valued cells (source, net, status; a run's name where it has no label) are in
 * `locale`; the headers are `localized(CSV_TEXT, locale).depthColumns` (pass them as `columnNames`).
 */
export function depthTable(points: readonly DepthPoint[], locale: Locale = pageLocale()): DepthTableRow[] {
  const words = localized(CSV_TEXT, locale);
  const nets = localized(NET_TEXT, locale);
  return points.map((point) => ({
    run: point.label ?? localNetName(`${familyName(point.isResidual)}-${point.depth}`, locale),
    source: words.sources[point.isReference ? "reference" : "live"],
    net: nets[familyName(point.isResidual)],
    depth: point.depth,
    final_train_error: Number.isFinite(point.value) ? point.value : null,
    status: words.statuses[Number.isFinite(point.value) ? "done" : "diverged"]
  }));
}

/** Columns of {@link depthTable}, in order. */
export const DEPTH_TABLE_COLUMNS = ["run", "source", "net", "depth", "final_train_error", "status"] as const satisfies readonly (keyof DepthTableRow)[];
