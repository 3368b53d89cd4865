/**
 * Answers computed by the engine itself for an exercise's settings — the same numbers the lab shows: the residual
 * unit's readout (the engine's pure-array unit) and the shortcut options' parameter counts (the architecture
 * arithmetic). Pure.
 */
import type {LabValues} from "../controls/parameters.js";
import {summarizeUnit, traceUnit, unitRows} from "../residualUnitLab/unitSetup.js";
import {shortcutCounts} from "../shortcutLab/shortcutRuns.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {LAB_ANSWER_TEXT} from "./text.js";

const number = (value: number) => value.toLocaleString("en-US");
const decimals = (value: number) => (value === 0 ? "0" : value.toPrecision(3));

/** What the unit outputs at the exercise's α: whether it is x, and by how much it is not. */
export function zeroBranchAnswer(settings: LabValues<"residualUnit">, locale: Locale = pageLocale()): string {
  const text = localized(LAB_ANSWER_TEXT, locale);
  const summary = summarizeUnit(unitRows(traceUnit(settings.seed, settings.scale, settings.unit), settings.scale));
  const sum = summary.sumDeviation === 0 ? text.sumExact : text.sumOff(decimals(summary.sumDeviation));
  if (summary.maxDeviation === 0) return text.identity(sum, settings.seed);
  return text.notIdentity(sum, summary.negativeInputs, decimals(summary.maxDeviation), settings.seed);
}

/** ‖αF(x)‖/‖x‖ at the exercise's settings. */
export function branchAnswer(settings: LabValues<"residualUnit">, locale: Locale = pageLocale()): string {
  const summary = summarizeUnit(unitRows(traceUnit(settings.seed, settings.scale, settings.unit), settings.scale));
  return localized(LAB_ANSWER_TEXT, locale).branch(settings.scale, decimals(summary.branchRatio), settings.seed, summary.branchRatio > 0.5);
}

/** Parameters each option adds over A at the exercise's settings, and, given a depth to compare with, at that depth. */
export function shortcutCostAnswer(settings: LabValues<"shortcuts">, compareDepth?: number, locale: Locale = pageLocale()): string {
  const text = localized(LAB_ANSWER_TEXT, locale);
  const counts = shortcutCounts(settings);
  const [a, b, c] = counts;
  const share = (extra: number, total: number) => `${((100 * extra) / total).toFixed(1)}%`;
  const now = text.costNow(settings.depth, settings.width, number(a.params), number(b.extra), share(b.extra, b.params), number(c.extra), share(c.extra, c.params));
  if (compareDepth === undefined) return text.costWhy(now);
  const before = shortcutCounts({...settings, depth: compareDepth});
  const bGrowth = b.extra === before[1].extra ? null : (b.extra / before[1].extra).toFixed(1);
  return text.costCompared(now, compareDepth, number(before[1].extra), number(before[2].extra), bGrowth, (c.extra / before[2].extra).toFixed(1));
}
