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
export function readoutText({scale, unit}: ResidualUnitSettings, summary: UnitSummary, length: number): string[] {
  const beforeRelu = unit === "original" ? `; before the final ReLU, max |y − x| = ${formatNumber(summary.sumDeviation)} with y = x + α·F(x)` : "";
  const lines = [
    `max |output − x| = ${formatNumber(summary.maxDeviation)}${beforeRelu}; ‖α·F(x)‖ / ‖x‖ = ${formatNumber(summary.branchRatio)}.`
  ];
  if (scale === 0 && unit === "preact") lines.push("α = 0: the output is x itself — the pre-activation unit is exactly the identity.");
  if (scale === 0 && unit === "original") {
    lines.push(
      `α = 0: x + α·F(x) = x, but the ReLU after the addition still acts: the output is ReLU(x), equal to x only where x ≥ 0. ` +
        `Here ${summary.negativeInputs} of ${length} components of x are negative and come out as 0.`
    );
  }
  return lines;
}

/** The lab's figure for these settings. */
export function ResidualUnitLab(settings: ResidualUnitSettings, {width}: {width: number}): HTMLElement {
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
  const kind = unit === "preact" ? "pre-activation unit" : "original unit";
  return Exportable(chart, {
    title: `A residual unit with its branch scaled by α = ${scale.toFixed(2)}`,
    caption: `${kind}, F(x) = W₂·ReLU(W₁·${unit === "preact" ? "ReLU(x)" : "x"}), ${rows.length} inputs, ${HIDDEN_WIDTH} hidden neurons, He-initialised weights; seed ${seed}`,
    data: rows,
    filename: `residual-unit-${unit}-alpha-${scale.toFixed(2)}-seed-${seed}`
  });
}
