/**
 * IdentityChart: the two terms of ∂L/∂x_l = ∂L/∂x_L + ∂L/∂x_L · ∂(Σ F)/∂x_l measured on the residual net at one
 * step, per unit l, on a log scale: the direct term ‖∂L/∂x_L‖ (what the shortcuts carry down unchanged), the term
 * through the weight layers ‖∂L/∂x_l − ∂L/∂x_L‖, and their sum's norm ‖∂L/∂x_l‖.
 */
import * as Plot from "@observablehq/plot";
import {Legend} from "../charts/legend.js";
import {RESIDUAL_COLOR} from "../charts/palette.js";
import {el} from "../dom.js";
import {localized} from "../../i18n/locale.js";
import type {IdentityRow} from "./flowRows.js";
import {decadeDomain, decades, formatTick} from "./GradientNormChart.js";
import {IDENTITY_CHART_TEXT} from "./text.js";

/** Colours of the terms: the direct path in the text colour (it is the "1"), the weight-layer term purple, the total in residual blue. */
export const TERM_COLORS = {direct: "currentColor", residual: "#8e44ad", total: RESIDUAL_COLOR} as const;

/** The terms in long form, for Plot. */
function termRows(rows: readonly IdentityRow[]) {
  const names = localized(IDENTITY_CHART_TEXT).names;
  return rows.flatMap((row) =>
    (["total", "direct", "residual"] as const).flatMap((term) =>
      Number.isFinite(row[term]) && row[term] > 0 ? [{unit: row.unit, term, name: names[term], value: row[term]}] : []
    )
  );
}

/** The chart for one step of the residual net. */
export function IdentityChart(rows: readonly IdentityRow[], {width, units, step, domain}: {width: number; units: number; step: number; domain?: [number, number] | null}): HTMLElement {
  const text = localized(IDENTITY_CHART_TEXT);
  const data = termRows(rows);
  const yDomain = domain ?? decadeDomain(data.map((row) => row.value)) ?? [1e-3, 1];
  const marks = (["direct", "residual", "total"] as const).flatMap((term) => {
    const series = data.filter((row) => row.term === term);
    const stroke = TERM_COLORS[term];
    return [
      Plot.line(series, {x: "unit", y: "value", stroke, strokeWidth: term === "total" ? 2 : 1.6, strokeDasharray: term === "direct" ? "6,3" : undefined}),
      Plot.dot(series, {x: "unit", y: "value", fill: stroke, r: term === "total" ? 2.6 : 2, ariaDescription: text.dots(term)})
    ];
  });
  const plot = Plot.plot({
    width,
    height: Math.max(200, Math.min(280, width * 0.5)),
    marginLeft: 56,
    marginRight: 12,
    style: {fontSize: "12px"},
    x: {domain: [0, Math.max(1, units - 1)], label: text.x, labelAnchor: "right", ticks: Math.min(units, Math.floor(width / 60))},
    y: {type: "log", domain: yDomain, grid: true, label: text.y, ticks: decades(yDomain), tickFormat: formatTick},
    marks: [...marks, ...(data.length === 0 ? [Plot.text([text.empty], {frameAnchor: "middle", fillOpacity: 0.6})] : [])]
  }) as SVGSVGElement;
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", text.ariaLabel(step));
  const legend = Legend([
    {label: text.legendDirect, width: 1.6, dash: "6,3"},
    {label: text.legendResidual, color: TERM_COLORS.residual, width: 1.6},
    {label: text.legendTotal, color: TERM_COLORS.total, width: 2}
  ]);
  return el("div", {class: "flow-chart", "data-step": step}, [legend, plot]);
}
