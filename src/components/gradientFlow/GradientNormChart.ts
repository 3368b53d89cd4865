/**
 * GradientNormChart: ‖∂L/∂x_l‖ at the input of every unit l and at the head's input x_U, on a log scale, for a
 * plain net and its residual twin at one training step (lines with a dot per probe point), with their profiles at
 * initialisation dashed underneath once training has moved on. Plain orange, residual blue (the site's palette).
 */
import * as Plot from "@observablehq/plot";
import {Legend, type LegendEntry} from "../charts/legend.js";
import {PLAIN_COLOR, RESIDUAL_COLOR, WARNING_COLOR} from "../charts/palette.js";
import {presenterMarginRight, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {localized} from "../../i18n/locale.js";
import type {GradientRow} from "./flowRows.js";
import {NORM_CHART_TEXT} from "./text.js";

/** Options of {@link GradientNormChart}. */
export interface GradientNormChartOptions {
  width: number;
  /** Units U of each net: the x axis runs from unit 0 to the head's input at U. */
  units: number;
  /** The step shown (0: initialisation). */
  step: number;
  /** Nets that diverged by this step (drawn as far as their numbers are finite, and named in the legend). */
  diverged?: readonly string[];
  /** y domain, fixed while scrubbing (default: from the rows drawn). */
  domain?: [number, number];
}

const COLORS = {plain: PLAIN_COLOR, residual: RESIDUAL_COLOR} as const;

/** 10^power exactly (`10 ** -5` is 0.000009999999999999999 in floating point). */
export function powerOfTen(power: number): number {
  return Number(`1e${power}`);
}

/** The decades around a set of positive values: [10^⌊log₁₀ min⌋, 10^⌈log₁₀ max⌉], at least one decade wide. */
export function decadeDomain(values: readonly number[]): [number, number] | null {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return null;
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  return [powerOfTen(low), powerOfTen(high > low ? high : low + 1)];
}

/** A log-scale domain holding every positive norm of the rows, widened to whole decades. */
export function logDomain(rows: readonly GradientRow[]): [number, number] {
  return decadeDomain(rows.map((row) => row.norm)) ?? [1e-3, 1];
}

function netMarks(rows: readonly GradientRow[], net: "plain" | "residual", isGhost: boolean): Plot.Markish[] {
  const data = rows.filter((row) => row.net === net);
  if (data.length === 0) return [];
  const color = COLORS[net];
  if (isGhost) return [Plot.line(data, {x: "unit", y: "norm", stroke: color, strokeOpacity: 0.45, strokeDasharray: "4,3", strokeWidth: 1.2})];
  const text = localized(NORM_CHART_TEXT);
  const family = text.family[net];
  return [
    Plot.line(data, {x: "unit", y: "norm", stroke: color, strokeWidth: 2}),
    Plot.dot(data, {x: "unit", y: "norm", fill: color, r: 2.6, ariaDescription: text.dots(family), tip: true, title: (row: GradientRow) => text.tip(family, row.isHead ? text.headInput : text.unit(row.unit), row.norm.toExponential(2))})
  ];
}

/** The chart for one step; `initial` holds the step-0 rows drawn dashed when `step` > 0. */
export function GradientNormChart(rows: readonly GradientRow[], initial: readonly GradientRow[], options: GradientNormChartOptions): HTMLElement {
  const {width, units, step, diverged = []} = options;
  const text = localized(NORM_CHART_TEXT);
  const showInitial = step > 0 && initial.length > 0;
  const domain = options.domain ?? logDomain([...rows, ...(showInitial ? initial : [])]);
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: Math.max(220, Math.min(320, width * 0.55)),
    marginLeft: 56,
    marginRight: 12 + presenterMarginRight(),
    style: {fontSize: "12px"},
    x: {domain: [0, units], label: text.x, labelAnchor: "right", ticks: Math.min(units, Math.floor(width / 60))},
    y: {type: "log", domain, grid: true, label: text.y, ticks: decades(domain), tickFormat: formatTick},
    marks: [
      ...(showInitial ? [...netMarks(initial, "plain", true), ...netMarks(initial, "residual", true)] : []),
      ...netMarks(rows, "plain", false),
      ...netMarks(rows, "residual", false),
      ...(rows.length === 0 ? [Plot.text([text.empty], {frameAnchor: "middle", fillOpacity: 0.6})] : [])
    ]
  }) as SVGSVGElement;
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", text.ariaLabel(step));
  const entries: LegendEntry[] = [
    {label: text.family.plain, color: PLAIN_COLOR, width: 3},
    {label: text.family.residual, color: RESIDUAL_COLOR, width: 3}
  ];
  if (showInitial) entries.push({label: text.legendInitial, width: 1.2, dash: "4,3", opacity: 0.6});
  for (const net of diverged) entries.push({label: text.legendDiverged(net), color: WARNING_COLOR, width: 0});
  return el("div", {class: "flow-chart", "data-step": step}, [Legend(entries), plot]);
}

/** The powers of ten in a domain, thinned to at most 8 ticks. */
export function decades([low, high]: [number, number]): number[] {
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);
  const stride = Math.max(1, Math.ceil((last - first + 1) / 8));
  const ticks: number[] = [];
  for (let power = first; power <= last; power += stride) ticks.push(powerOfTen(power));
  return ticks;
}

/** Log-axis ticks: powers of ten as 10⁻³ … 10⁵, other ticks unlabelled. */
export function formatTick(value: number): string {
  const exponent = Math.log10(value);
  if (Math.abs(exponent - Math.round(exponent)) > 1e-9) return "";
  const power = Math.round(exponent);
  if (power === 0) return "1";
  return `10${String(power).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)])}`;
}
