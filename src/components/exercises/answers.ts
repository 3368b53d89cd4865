/**
 * The answers of the pages' exercises, computed from the reference runs the experiment tool made (data/), so an answer
 * says what those runs show and nothing else. Pure: the pages pass the loaded files; a missing file gives null (the
 * exercise then says its answer needs the reference runs).
 */
import {seedResults, type ExperimentFile} from "../../engine/experiments/experimentFile.js";
import type {RunResult} from "../../engine/experiments/summary.js";
import {degradationVerdict} from "../../engine/experiments/verdict.js";
import {depthOf} from "../../engine/spec.js";
import {degradationText, formatCorrelation, formatPercent} from "../../session/verdictText.js";
import type {ShatteredSummary} from "../../engine/experiments/shatteredSummary.js";
import {SHATTERED_THRESHOLDS} from "../../engine/shattered/verdict.js";
import type {LesionSummary} from "../../engine/experiments/lesionSummary.js";
import type {LandscapeSummary} from "../../engine/experiments/landscapeSummary.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {ANSWER_TEXT} from "./text.js";

/** The runs of a single-seed file, or of the first seed of a multi-seed file. */
function firstRuns(file: ExperimentFile): RunResult[] {
  return seedResults(file)[0]?.runs ?? [];
}

/** The degradation verdict, in words, for the plain and residual runs of two depths of a depth sweep; null when a run is missing. */
export function sweepVerdictText(sweep: ExperimentFile | undefined, shallow: number, deep: number, locale: Locale = pageLocale()): string | null {
  if (!sweep) return null;
  const runs = firstRuns(sweep).filter((run) => [shallow, deep].includes(depthOf(run.spec)));
  const verdict = degradationVerdict(runs);
  return verdict ? degradationText(verdict, locale) : null;
}

/** How many seeds of a multi-seed degradation file reproduce the effect, and that seed's verdict in words. */
export function seedsAnswer(file: ExperimentFile | undefined, seed: number, locale: Locale = pageLocale()): string | null {
  if (!file) return null;
  const text = localized(ANSWER_TEXT, locale);
  const results = seedResults(file);
  const holding = results.filter((result) => result.verdict?.holds).length;
  const chosen = results.find((result) => result.seed === seed);
  const verdict = chosen ? degradationVerdict(chosen.runs) : null;
  const count = text.seedsCured(holding, results.map((result) => result.seed));
  return verdict ? text.seedVerdict(count, seed, degradationText(verdict, locale)) : count;
}

/** Times larger the gradient at the first unit is than at the head's input, plain and residual, at step `which`. */
export function gradientRatios(file: ExperimentFile | undefined, which: "first" | "last"): {step: number; plain: number; residual: number} | null {
  if (!file) return null;
  const runs = firstRuns(file);
  const pick = (isResidual: boolean) => runs.find((run) => run.spec.isResidual === isResidual)?.gradients;
  const [plain, residual] = [pick(false), pick(true)];
  if (!plain?.length || !residual?.length) return null;
  const at = (points: NonNullable<RunResult["gradients"]>) => points[which === "first" ? 0 : points.length - 1];
  const ratio = (norms: readonly number[]) => norms[0] / norms[norms.length - 1];
  return {step: at(plain).step, plain: ratio(at(plain).gradNorms), residual: ratio(at(residual).gradNorms)};
}

/** "583,000" — a ratio for a sentence, to three significant figures (both languages group thousands with commas). */
export function formatRatio(ratio: number, locale: Locale = pageLocale()): string {
  if (!Number.isFinite(ratio)) return localized(ANSWER_TEXT, locale).noNumber;
  return Number(ratio.toPrecision(3)).toLocaleString("en-US", {maximumFractionDigits: 2});
}

/** The gradient-flow answer: how much larger the first unit's gradient is than the head's, plain vs residual. */
export function gradientRatioText(file: ExperimentFile | undefined, which: "first" | "last", locale: Locale = pageLocale()): string | null {
  const ratios = gradientRatios(file, which);
  if (!ratios) return null;
  return localized(ANSWER_TEXT, locale).gradientRatio(ratios.step, formatRatio(ratios.plain, locale), formatRatio(ratios.residual, locale));
}

/** Share of the gradient at the last unit of the residual net that is the direct term (the identity's 1), at the final step. */
export function directShareText(file: ExperimentFile | undefined, locale: Locale = pageLocale()): string | null {
  if (!file) return null;
  const residual = firstRuns(file).find((run) => run.spec.isResidual);
  const last = residual?.gradients?.at(-1);
  const top = last?.identity?.at(-1);
  const bottom = last?.identity?.[0];
  if (!last || !top || !bottom) return null;
  const fraction = (term: {direct: number; total: number}) => term.direct / term.total;
  const share = (term: {direct: number; total: number}) => formatPercent(fraction(term), locale);
  return localized(ANSWER_TEXT, locale).directShare({
    step: last.step,
    top: share(top),
    topDirect: top.direct.toPrecision(3),
    topTotal: top.total.toPrecision(3),
    bottom: share(bottom),
    bottomDirect: bottom.direct.toPrecision(3),
    bottomTotal: bottom.total.toPrecision(3),
    isAlmostAll: fraction(top) >= 0.9,
    isResidualMostFar: fraction(bottom) < 0.5
  });
}

/** The reference seeds' mean lag-1 autocorrelation of the input gradient at one depth, plain and residual. */
export function shatteredDepthAnswer(summary: ShatteredSummary | undefined, depth: number, locale: Locale = pageLocale()): string | null {
  const row = summary?.sweep.find((entry) => entry.depth === depth);
  if (!summary || !row) return null;
  const text = localized(ANSWER_TEXT, locale);
  const word = (r1: number) => text.smoothness[r1 >= 0.5 ? "smooth" : r1 > SHATTERED_THRESHOLDS.plainMax ? "partly" : "noise"];
  return text.shatteredDepth(summary.seeds.length, depth, formatCorrelation(row.plain, locale), word(row.plain), formatCorrelation(row.residual, locale), word(row.residual));
}

/** The lesion exercise on one unit: the reference seeds' mean test error with that unit (1-based) deleted, both nets. */
export function lesionUnitAnswer(summary: LesionSummary | undefined, unit: number, locale: Locale = pageLocale()): string | null {
  const residual = summary?.residual.single[unit - 1];
  const plain = summary?.plain.single[unit - 1];
  if (!summary || residual == null || plain == null) return null;
  const p = (fraction: number) => formatPercent(fraction, locale);
  return localized(ANSWER_TEXT, locale).lesionUnit(summary.seeds.length, unit, p(summary.residual.baseError), p(residual), p(summary.plain.baseError), p(plain), p(summary.chance));
}

/** The lesion exercise on random deletions: how many units the residual net loses before its mean error passes `bound`. */
export function lesionBudgetAnswer(summary: LesionSummary | undefined, bound: number, locale: Locale = pageLocale()): string | null {
  if (!summary) return null;
  const text = localized(ANSWER_TEXT, locale);
  const p = (fraction: number) => formatPercent(fraction, locale);
  const past = summary.residual.random.find((row) => row.error > bound);
  const plainFirst = summary.plain.random[0];
  const residualPart = past ? text.lesionPassed(p(bound), past.k, p(past.error)) : text.lesionNeverPassed(p(bound), summary.residual.random.length);
  return text.lesionBudget(summary.seeds.length, residualPart, p(plainFirst.error));
}

/** The landscape exercises: the reference seeds' mean roughness (ratio) or grid minima at the verdict's depth. */
export function landscapeAnswer(summary: LandscapeSummary | undefined, figure: "roughness" | "gridMinima", locale: Locale = pageLocale()): string | null {
  const plain = summary?.means.find((net) => !net.isResidual && net.depth === summary.verdictDepth);
  const residual = summary?.means.find((net) => net.isResidual && net.depth === summary.verdictDepth);
  if (!summary || !plain || !residual) return null;
  const text = localized(ANSWER_TEXT, locale);
  const [seeds, depth] = [summary.seeds.length, summary.verdictDepth];
  if (figure === "roughness") return text.roughness(seeds, depth, plain.roughness.toFixed(3), residual.roughness.toFixed(3), (plain.roughness / residual.roughness).toFixed(1));
  return text.gridMinima(seeds, depth, plain.gridMinima.toFixed(1), residual.gridMinima.toFixed(1));
}
