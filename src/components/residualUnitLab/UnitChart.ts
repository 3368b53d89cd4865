/**
 * UnitChart: the residual unit's three vectors as bars, one panel each — the input x, the scaled branch
 * α·F(x) (with the unscaled F(x) as a faint outline), and the output — on one fixed y scale, so moving α
 * moves the bars and nothing else. The output panel marks x_i with a tick on every bar: where tick and bar
 * meet, the unit passed x_i through unchanged.
 */
import * as Plot from "@observablehq/plot";
import {el} from "../dom.js";
import type {UnitKind, UnitRow} from "./unitSetup.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {RESIDUAL_UNIT_TEXT} from "./text.js";

/**
 * Colours of the three vectors: x neutral grey, the branch teal, the output in the site's residual blue (orange is
 * kept for plain nets, which this lab does not show).
 */
export const UNIT_COLORS = {input: "#8c8c8c", branch: "#159a8c", output: "#2f80c8"} as const;

/** Options of {@link UnitChart}. */
export interface UnitChartOptions {
  width: number;
  alpha: number;
  kind: UnitKind;
  /** The y domain, fixed for every α (see {@link unitDomain}). */
  domain: [number, number];
}

/** A y domain that holds every bar the lab can show for these rows at any α in [0, 1]: x, F(x), x + F(x) and 0. */
export function unitDomain(rowsAtOne: readonly UnitRow[]): [number, number] {
  const values = rowsAtOne.flatMap((row) => [row.x, row.residual, row.sum, 0]);
  const pad = 0.05 * (Math.max(...values) - Math.min(...values));
  return [Math.min(...values) - pad, Math.max(...values) + pad];
}

/** The panel headings, formulas of the page written out (He et al. 2015, Eq. 1; He et al. 2016 for pre-activation). */
export function panelTitles(alpha: number, kind: UnitKind, locale: Locale = pageLocale()): [string, string, string] {
  const text = localized(RESIDUAL_UNIT_TEXT, locale);
  return [text.inputTitle, text.branchTitle(alpha.toFixed(2), kind), text.outputTitle(kind)];
}

function panel(rows: readonly UnitRow[], marks: Plot.Markish[], {width, domain, isLast}: {width: number; domain: [number, number]; isLast: boolean}) {
  return Plot.plot({
    width,
    height: isLast ? 130 : 100,
    marginLeft: 40,
    marginRight: 8,
    marginTop: 6,
    marginBottom: isLast ? 34 : 6,
    style: {fontSize: "11px"},
    x: {type: "band", domain: rows.map((row) => row.i), axis: isLast ? "bottom" : null, label: localized(RESIDUAL_UNIT_TEXT).componentAxis, labelAnchor: "left", tickFormat: (i: number) => (i % 4 === 0 ? String(i) : "")},
    y: {domain, grid: true, ticks: 3, label: null},
    marks: [Plot.ruleY([0]), ...marks]
  }) as SVGSVGElement;
}

/** The three panels, stacked, each with its heading. */
export function UnitChart(rows: readonly UnitRow[], {width, alpha, kind, domain}: UnitChartOptions): HTMLElement {
  const titles = panelTitles(alpha, kind);
  const common = {x: "i", insetLeft: 1, insetRight: 1} as const;
  const panels = [
    [Plot.barY(rows, {...common, y: "x", fill: UNIT_COLORS.input})],
    [
      Plot.barY(rows, {...common, y: "residual", fill: "none", stroke: UNIT_COLORS.branch, strokeOpacity: 0.5, strokeDasharray: "2,2"}),
      Plot.barY(rows, {...common, y: "scaledResidual", fill: UNIT_COLORS.branch})
    ],
    [Plot.barY(rows, {...common, y: "output", fill: UNIT_COLORS.output}), Plot.tickY(rows, {x: "i", y: "x", stroke: "currentColor", strokeWidth: 2})]
  ];
  const parts = panels.map((marks, p) =>
    el("div", {class: "unit-chart__panel"}, [
      el("div", {class: "unit-chart__heading"}, [titles[p]]),
      panel(rows, marks, {width, domain, isLast: p === panels.length - 1})
    ])
  );
  return el("div", {class: "unit-chart", role: "img", "aria-label": localized(RESIDUAL_UNIT_TEXT).chartLabel(titles, rows.length)}, parts);
}
