/**
 * ResidualUnitLab: one residual unit with fixed seeded weights and its branch scaled by α. Draws the input x,
 * α·F(x) and the output (UnitChart), says in numbers how far the output is from x, and wraps it all for
 * export (SVG, PNG, CSV of the three vectors). Runs on the main thread: the unit is the engine's pure-array
 * reference, no TF.js.
 */
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import {UnitChart, unitDomain} from "./UnitChart.js";
import {HIDDEN_WIDTH, summarizeUnit, traceUnit, unitRows, type UnitKind, type UnitSummary} from "./unitSetup.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {RESIDUAL_UNIT_TEXT} from "./text.js";

/** The lab's settings (the `residualUnit` lab of the URL table). */
export interface ResidualUnitSettings {
  scale: number;
  unit: UnitKind;
  seed: number;
}

/** Numbers shown with three decimals; exact zeros as "0". */
function formatNumber(value: number): string {
  return value === 0 ? "0" : value.toFixed(3);
}

/** What the readout says: the distance from x and, for the original unit at α = 0, why it is not zero. */
export function readoutText({scale, unit}: ResidualUnitSettings, summary: UnitSummary, length: number, locale: Locale = pageLocale()): string[] {
  const text = localized(RESIDUAL_UNIT_TEXT, locale);
  const beforeRelu = unit === "original" ? text.beforeRelu(formatNumber(summary.sumDeviation)) : "";
  const lines = [text.deviation(formatNumber(summary.maxDeviation), beforeRelu, formatNumber(summary.branchRatio))];
  if (scale === 0 && unit === "preact") lines.push(text.preactIdentity);
  if (scale === 0 && unit === "original") lines.push(text.originalAtZero(summary.negativeInputs, length));
  return lines;
}

/** The lab's figure for these settings. */
export function ResidualUnitLab(settings: ResidualUnitSettings, {width}: {width: number}): HTMLElement {
  const text = localized(RESIDUAL_UNIT_TEXT);
  const {scale, unit, seed} = settings;
  const rows = unitRows(traceUnit(seed, scale, unit), scale);
  const domain = unitDomain(unitRows(traceUnit(seed, 1, unit), 1));
  const summary = summarizeUnit(rows);
  const readout = el(
    "div",
    {class: "unit-chart__readout", "data-max-deviation": summary.maxDeviation, "data-branch-ratio": summary.branchRatio},
    readoutText(settings, summary, rows.length).map((line) => el("p", {}, [line]))
  );
  const chart = el("div", {class: "residual-unit-lab"}, [UnitChart(rows, {width: Math.min(width, 640), alpha: scale, kind: unit, domain}), readout]);
  return Exportable(chart, {
    title: text.title(scale.toFixed(2)),
    caption: text.caption(text.unitName(unit), unit === "preact" ? "ReLU(x)" : "x", rows.length, HIDDEN_WIDTH, seed),
    data: rows,
    columnNames: text.csv,
    filename: text.filename(unit, scale.toFixed(2), seed)
  });
}
