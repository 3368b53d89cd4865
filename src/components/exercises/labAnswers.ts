/**
 * Answers computed by the engine itself for an exercise's settings — the same numbers the lab shows: the residual
 * unit's readout (the engine's pure-array unit) and the shortcut options' parameter counts (the architecture
 * arithmetic). Pure.
 */
import type {LabValues} from "../controls/parameters.js";
import {summarizeUnit, traceUnit, unitRows} from "../residualUnitLab/unitSetup.js";
import {shortcutCounts} from "../shortcutLab/shortcutRuns.js";

const number = (value: number) => value.toLocaleString("en-US");
const decimals = (value: number) => (value === 0 ? "0" : value.toPrecision(3));

/** What the unit outputs at the exercise's α: whether it is x, and by how much it is not. */
export function zeroBranchAnswer(settings: LabValues<"residualUnit">): string {
  const summary = summarizeUnit(unitRows(traceUnit(settings.seed, settings.scale, settings.unit), settings.scale));
  const sum = summary.sumDeviation === 0 ? "the sum y = x + αF(x) is exactly x" : `the sum y = x + αF(x) differs from x by at most ${decimals(summary.sumDeviation)}`;
  if (summary.maxDeviation === 0) return `Yes: ${sum}, and with nothing after the addition the output is y — its largest difference from x is 0 (seed ${settings.seed}).`;
  return (
    `No: ${sum}, but the ReLU after the addition sets the ${summary.negativeInputs} negative components of x to 0, ` +
    `so the output differs from x by up to ${decimals(summary.maxDeviation)} (seed ${settings.seed}). Only the pre-activation unit is exactly the identity at α = 0.`
  );
}

/** ‖αF(x)‖/‖x‖ at the exercise's settings. */
export function branchAnswer(settings: LabValues<"residualUnit">): string {
  const summary = summarizeUnit(unitRows(traceUnit(settings.seed, settings.scale, settings.unit), settings.scale));
  return (
    `At α = ${settings.scale} the branch's change has ${decimals(summary.branchRatio)} times the length of x (‖αF(x)‖ / ‖x‖, seed ${settings.seed}): ` +
    `a freshly initialised branch is ${summary.branchRatio > 0.5 ? "of the same order as x — far from the identity" : "small next to x"}, which is why the unit only becomes the identity when its weights make F small.`
  );
}

/** Parameters each option adds over A at the exercise's settings, and, given a depth to compare with, at that depth. */
export function shortcutCostAnswer(settings: LabValues<"shortcuts">, compareDepth?: number): string {
  const counts = shortcutCounts(settings);
  const [a, b, c] = counts;
  const share = (extra: number, total: number) => `${((100 * extra) / total).toFixed(1)}%`;
  const now =
    `At ${settings.depth} layers and width ${settings.width}, option A has ${number(a.params)} parameters; ` +
    `B adds ${number(b.extra)} (${share(b.extra, b.params)} of its net) and C adds ${number(c.extra)} (${share(c.extra, c.params)}), so C has the most.`;
  if (compareDepth === undefined) return `${now} B projects only where the shape changes; C puts a 1×1 projection on every shortcut.`;
  const before = shortcutCounts({...settings, depth: compareDepth});
  return (
    `${now} At ${compareDepth} layers B added ${number(before[1].extra)} and C ${number(before[2].extra)}: ` +
    `B's cost stays ${b.extra === before[1].extra ? "the same" : `${(b.extra / before[1].extra).toFixed(1)}×`} — it projects only at the two stage changes — ` +
    `while C's grows ${(c.extra / before[2].extra).toFixed(1)}× with the number of units, one projection per shortcut.`
  );
}
