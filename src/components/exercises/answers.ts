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

/** The runs of a single-seed file, or of the first seed of a multi-seed file. */
function firstRuns(file: ExperimentFile): RunResult[] {
  return seedResults(file)[0]?.runs ?? [];
}

/** The degradation verdict, in words, for the plain and residual runs of two depths of a depth sweep; null when a run is missing. */
export function sweepVerdictText(sweep: ExperimentFile | undefined, shallow: number, deep: number): string | null {
  if (!sweep) return null;
  const runs = firstRuns(sweep).filter((run) => [shallow, deep].includes(depthOf(run.spec)));
  const verdict = degradationVerdict(runs);
  return verdict ? degradationText(verdict) : null;
}

/** How many seeds of a multi-seed degradation file reproduce the effect, and that seed's verdict in words. */
export function seedsAnswer(file: ExperimentFile | undefined, seed: number): string | null {
  if (!file) return null;
  const results = seedResults(file);
  const holding = results.filter((result) => result.verdict?.holds).length;
  const chosen = results.find((result) => result.seed === seed);
  const verdict = chosen ? degradationVerdict(chosen.runs) : null;
  const count = `The reference runs show degradation cured on ${holding} of ${results.length} seeds (${results.map((result) => result.seed).join(", ")}).`;
  return verdict ? `${count} Seed ${seed}: ${degradationText(verdict)}` : count;
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

/** "583,000" — a ratio for a sentence, to three significant figures. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return "no number";
  return Number(ratio.toPrecision(3)).toLocaleString("en-US", {maximumFractionDigits: 2});
}

/** The gradient-flow answer: how much larger the first unit's gradient is than the head's, plain vs residual. */
export function gradientRatioText(file: ExperimentFile | undefined, which: "first" | "last"): string | null {
  const ratios = gradientRatios(file, which);
  if (!ratios) return null;
  return (
    `In the reference run (seed 1), at step ${ratios.step} the gradient at the first unit is ${formatRatio(ratios.plain)} times the one at the head's input in the plain net, ` +
    `and ${formatRatio(ratios.residual)} times in the residual net.`
  );
}

/** Share of the gradient at the last unit of the residual net that is the direct term (the identity's 1), at the final step. */
export function directShareText(file: ExperimentFile | undefined): string | null {
  if (!file) return null;
  const residual = firstRuns(file).find((run) => run.spec.isResidual);
  const last = residual?.gradients?.at(-1);
  const top = last?.identity?.at(-1);
  const bottom = last?.identity?.[0];
  if (!last || !top || !bottom) return null;
  const fraction = (term: {direct: number; total: number}) => term.direct / term.total;
  const share = (term: {direct: number; total: number}) => formatPercent(fraction(term));
  const far = fraction(bottom) < 0.5 ? "far from it the residual terms make up most of it" : "even far from it the shortcut carries most of it";
  return (
    `In the reference run (seed 1), after ${last.step} steps the direct term is ${share(top)} of the gradient at the last unit ` +
    `(${top.direct.toPrecision(3)} of ${top.total.toPrecision(3)}) and ${share(bottom)} at the first (${bottom.direct.toPrecision(3)} of ${bottom.total.toPrecision(3)}): ` +
    `near the head the gradient is ${fraction(top) >= 0.9 ? "almost all" : "largely"} shortcut; ${far}, while the direct term still delivers the head's gradient undiminished.`
  );
}

/** The reference seeds' mean lag-1 autocorrelation of the input gradient at one depth, plain and residual. */
export function shatteredDepthAnswer(summary: ShatteredSummary | undefined, depth: number): string | null {
  const row = summary?.sweep.find((entry) => entry.depth === depth);
  if (!summary || !row) return null;
  const word = (r1: number) => (r1 >= 0.5 ? "still smooth" : r1 > SHATTERED_THRESHOLDS.plainMax ? "partly shattered" : "close to white noise");
  return (
    `Averaged over the reference seeds (${summary.seeds.length}), r₁ at ${depth} layers is ${formatCorrelation(row.plain)} for the plain net (${word(row.plain)}) ` +
    `and ${formatCorrelation(row.residual)} for the residual net (${word(row.residual)}).`
  );
}

/** The lesion exercise on one unit: the reference seeds' mean test error with that unit (1-based) deleted, both nets. */
export function lesionUnitAnswer(summary: LesionSummary | undefined, unit: number): string | null {
  const residual = summary?.residual.single[unit - 1];
  const plain = summary?.plain.single[unit - 1];
  if (!summary || residual == null || plain == null) return null;
  return (
    `Averaged over the reference seeds (${summary.seeds.length}), deleting unit ${unit} moves the residual net's test error from ${formatPercent(summary.residual.baseError)} to ${formatPercent(residual)}, ` +
    `and the plain net's from ${formatPercent(summary.plain.baseError)} to ${formatPercent(plain)} — chance is ${formatPercent(summary.chance)}.`
  );
}

/** The lesion exercise on random deletions: how many units the residual net loses before its mean error passes `bound`. */
export function lesionBudgetAnswer(summary: LesionSummary | undefined, bound: number): string | null {
  if (!summary) return null;
  const past = summary.residual.random.find((row) => row.error > bound);
  const plainFirst = summary.plain.random[0];
  const residualPart = past
    ? `the residual net's mean test error first passes ${formatPercent(bound)} with ${past.k} units deleted (${formatPercent(past.error)})`
    : `the residual net's mean test error stays at or below ${formatPercent(bound)} even with all ${summary.residual.random.length} units deleted`;
  return `Averaged over the reference seeds (${summary.seeds.length}) and their draws, ${residualPart}; the plain net's is ${formatPercent(plainFirst.error)} with a single one.`;
}

/** The landscape exercises: the reference seeds' mean roughness (ratio) or grid minima at the verdict's depth. */
export function landscapeAnswer(summary: LandscapeSummary | undefined, figure: "roughness" | "gridMinima"): string | null {
  const plain = summary?.means.find((net) => !net.isResidual && net.depth === summary.verdictDepth);
  const residual = summary?.means.find((net) => net.isResidual && net.depth === summary.verdictDepth);
  if (!summary || !plain || !residual) return null;
  const seeds = `Averaged over the reference seeds (${summary.seeds.length}), at ${summary.verdictDepth} layers`;
  if (figure === "roughness") return `${seeds} the plain net's surface has roughness ${plain.roughness.toFixed(3)} and the residual net's ${residual.roughness.toFixed(3)}: ${(plain.roughness / residual.roughness).toFixed(1)} times as rough.`;
  return `${seeds} the plain net's grid has ${plain.gridMinima.toFixed(1)} local minima and the residual net's ${residual.gridMinima.toFixed(1)}.`;
}
