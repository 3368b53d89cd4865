/**
 * The lesion lab's numbers as chart and CSV rows, and the sentences under its charts — pure, from a lesion analysis
 * (src/engine/lesion/setup.ts: the worker's for a live run, data/lesion.json's for a reference run), so every word is
 * computed from what the charts draw.
 */
import {runsProgress, type AnalysisProgress} from "../charts/AnalysisLab.js";
import {LESION_DEFAULTS, type LesionAnalysis, type NetLesion} from "../../engine/lesion/setup.js";
import {effectiveRange, gradientShares, meanLength, pathCounts, pathLengthShares} from "../../engine/lesion/unravel.js";
import {damage, LESION_THRESHOLDS} from "../../engine/lesion/verdict.js";
import {presetExperiment} from "../../engine/experiments/presets.js";
import type {LesionSummary} from "../../engine/experiments/lesionSummary.js";
import type {LabelledRun, SessionState} from "../../session/sessionState.js";
import {formatPercent} from "../../session/verdictText.js";
import {familyName} from "../charts/palette.js";

/** What the lab reads from its controls. */
export interface LesionSettings {
  depth: number;
  seed: number;
}

/** The plain net and its residual twin, trained as the lesion preset trains them, each asking for its lesion study. */
export function lesionRuns(settings: LesionSettings): LabelledRun[] {
  const experiment = presetExperiment("lesion", {seed: settings.seed, depth: settings.depth});
  return experiment.runs.map((run) => ({id: run.id, label: run.id, spec: run.spec, data: experiment.data, config: run.config, lesion: {...LESION_DEFAULTS, seed: settings.seed}}));
}

/** The analysis of a session whose runs have all finished their lesion studies (plain first), else null. */
export function sessionAnalysis(state: SessionState): LesionAnalysis | null {
  if (state.runs.length === 0 || state.runs.some((run) => run.lesion === null)) return null;
  const nets = state.runs.map((run) => run.lesion!).sort((a, b) => Number(a.isResidual) - Number(b.isResidual));
  return {kind: "lesion", examples: Number.NaN, draws: LESION_DEFAULTS.draws, nets};
}

/** Measurements of the lesion studies done and to do, over the session's runs (null before any has begun). */
export function lesionProgress(state: SessionState): AnalysisProgress {
  return runsProgress(state, "lesionProgress");
}

const plainOf = (analysis: LesionAnalysis) => analysis.nets.find((net) => !net.isResidual)!;
const residualOf = (analysis: LesionAnalysis) => analysis.nets.find((net) => net.isResidual)!;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** One row per net and deleted unit (units numbered from 1): the test error with that unit deleted. */
export function singleRows(analysis: LesionAnalysis) {
  return analysis.nets.flatMap((net) =>
    net.single.filter((entry) => entry.error !== null).map((entry) => ({net: familyName(net.isResidual), unit: entry.unit + 1, downsampling: entry.changesShape, testError: entry.error!, intactError: net.baseError}))
  );
}

/** One row per net, k and draw: the test error with k random units deleted. */
export function randomRows(analysis: LesionAnalysis) {
  return analysis.nets.flatMap((net) => net.random.flatMap((entry) => entry.errors.map((testError, draw) => ({net: familyName(net.isResidual), deleted: entry.k, draw: draw + 1, testError}))));
}

/** One row per net and k: the mean over the draws (k = 0 is the intact net). */
export function randomMeanRows(analysis: LesionAnalysis) {
  return analysis.nets.flatMap((net) => [{net: familyName(net.isResidual), deleted: 0, testError: net.baseError}, ...net.random.map((entry) => ({net: familyName(net.isResidual), deleted: entry.k, testError: mean(entry.errors)}))]);
}

/** One row per path length k: the share of all 2ⁿ paths, the share of the gradient, the mean gradient through one path. */
export function pathRows(analysis: LesionAnalysis) {
  const paths = residualOf(analysis)?.paths;
  if (!paths) return [];
  const lengths = pathLengthShares(paths.units);
  const gradient = gradientShares(paths.perPath);
  const counts = pathCounts(paths.units);
  return lengths.map((share, k) => ({length: k, paths: counts[k], pathShare: share, gradientShare: gradient[k], gradientPerPath: paths.perPath[k]}));
}

/** "unit 1", "units 1 and 4", "units 1, 4 and 7". */
function unitList(units: readonly number[]): string {
  const names = units.map(String);
  const list = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `unit${units.length === 1 ? "" : "s"} ${list}`;
}

/** The residual net's units whose deletion moves its error more than the verdict's bound, and the rest's range. */
function residualSingles(net: NetLesion) {
  const entries = net.single.filter((entry) => entry.error !== null);
  const isHarmful = (error: number) => damage(error, net.baseError, net.chance) > LESION_THRESHOLDS.residualMax;
  const harmful = entries.filter((entry) => isHarmful(entry.error!));
  const harmless = entries.filter((entry) => !isHarmful(entry.error!));
  return {harmful, harmless};
}

/** What the single deletions show, in sentences with their numbers. */
export function singleSentences(analysis: LesionAnalysis): string[] {
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const range = (errors: number[]) => (errors.length === 0 ? "" : `${formatPercent(Math.min(...errors))}–${formatPercent(Math.max(...errors))}`);
  const plainErrors = plain.single.filter((entry) => entry.error !== null).map((entry) => entry.error!);
  const {harmful, harmless} = residualSingles(residual);
  const residualLine =
    harmless.length === 0
      ? `Every single deletion moves the residual net's test error (intact ${formatPercent(residual.baseError)}) more than a tenth of the way to chance.`
      : `Deleting any one of ${harmless.length === residual.single.length ? "its" : `${harmless.length} of its`} ${residual.units} units leaves the residual net's test error at ${range(harmless.map((entry) => entry.error!))} (intact ${formatPercent(residual.baseError)})` +
        (harmful.length === 0 ? "." : `; deleting ${unitList(harmful.map((entry) => entry.unit + 1))} takes it to ${range(harmful.map((entry) => entry.error!))}.`);
  return [residualLine, `Deleting any one unit of the plain net takes its test error from ${formatPercent(plain.baseError)} to ${range(plainErrors)} — chance is ${formatPercent(plain.chance)}.`];
}

/** What the random deletions show. */
export function randomSentence(analysis: LesionAnalysis): string {
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const at = (net: NetLesion, k: number) => mean(net.random[k - 1].errors);
  const n = residual.random.length;
  const half = Math.max(1, Math.round(n / 2));
  return (
    `With k units deleted at random, the residual net's mean test error grows step by step — ${formatPercent(at(residual, 1))} with one, ${formatPercent(at(residual, half))} with ${half}, ${formatPercent(at(residual, n))} with all ${n} — ` +
    `while the plain net's is ${formatPercent(at(plain, 1))} with a single one.`
  );
}

/** What the paths show: the binomial lengths, and where the gradient comes from. */
export function pathSentence(analysis: LesionAnalysis): string | null {
  const paths = residualOf(analysis)?.paths;
  if (!paths) return null;
  const n = paths.units;
  const shares = gradientShares(paths.perPath);
  const {from, to, share} = effectiveRange(shares, 0.9);
  const factor = (paths.perPath[0] / paths.perPath[n]) ** (1 / n);
  return (
    `A residual net of ${n} units has 2^${n} = ${(2 ** n).toLocaleString("en-US")} paths from input to output; their lengths follow the binomial distribution, ${meanLength(pathLengthShares(n)).toFixed(1)} units on average. ` +
    `The gradient through one path shrinks, on average, by a factor of about ${factor.toFixed(1)} for every residual branch it passes, so ${Math.round(100 * share)}% of the gradient comes from paths through ${from === to ? from : `${from} to ${to}`} branches, ${meanLength(shares).toFixed(1)} on average: the paths that carry the training are the short ones.`
  );
}

/** The reference seeds in a sentence, every number from the summary. */
export function referenceSentence(summary: LesionSummary): string {
  const failing = summary.failing.length === 0 ? "" : ` — not for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}`;
  const median = (rows: number[]) => [...rows].sort((a, b) => a - b)[rows.length >> 1];
  return (
    `On the reference runs (seeds ${summary.seeds[0].seed}–${summary.seeds.at(-1)!.seed}, ${summary.units} units), the verdict holds for ${summary.held} of ${summary.seeds.length} seeds${failing}. ` +
    `Across them the median single deletion leaves the residual nets at ${formatPercent(median(summary.seeds.map((seed) => seed.residualMedianError)))} test error and takes the plain nets to ${formatPercent(median(summary.seeds.map((seed) => seed.plainMedianError)))}; ` +
    `the gradient's mean path length is ${summary.gradientMeanLength.toFixed(1)} units, against ${summary.pathMeanLength.toFixed(1)} for all paths.`
  );
}

/**
 * What the reference seeds show, in sentences computed from their means: the residual nets' single deletions (the one
 * that hurts most, and the range of the rest), the random deletions' growth, the plain nets' single deletions, and the
 * gradient's mean path length.
 */
export function referenceFindings(summary: LesionSummary): string[] {
  const {plain, residual} = summary;
  const singles = residual.single.map((error, unit) => ({unit: unit + 1, error: error ?? Number.NaN}));
  const worst = singles.reduce((a, b) => (b.error > a.error ? b : a));
  const rest = singles.filter((entry) => entry !== worst).map((entry) => entry.error);
  const plainSingles = plain.single.filter((error): error is number => error !== null);
  const last = residual.random.at(-1)!;
  const half = residual.random[Math.max(0, Math.round(residual.random.length / 2) - 1)];
  return [
    `Averaged over the reference seeds, deleting one unit of the residual net leaves its test error (intact ${formatPercent(residual.baseError)}) at ${formatPercent(Math.min(...rest))}–${formatPercent(Math.max(...rest))} for every unit but one: unit ${worst.unit}, whose deletion takes it to ${formatPercent(worst.error)}.`,
    `Deleting more units at random raises the residual net's mean error gradually — ${formatPercent(residual.random[0].error)} with one, ${formatPercent(half.error)} with ${half.k}, ${formatPercent(last.error)} with all ${last.k} — not all at once.`,
    `The plain net, intact at ${formatPercent(plain.baseError)}, ends at ${formatPercent(Math.min(...plainSingles))}–${formatPercent(Math.max(...plainSingles))} on average with one unit deleted, around chance (${formatPercent(summary.chance)})${summary.plainSurvivals.count === 0 ? "" : ` — though ${summary.plainSurvivals.count} of its ${summary.plainSurvivals.of} single deletions over the seeds cost it no more than a tenth of the way to chance`}.`,
    `The gradient's paths are short: weighted by the gradient they carry, paths pass through ${summary.gradientMeanLength.toFixed(1)} residual branches on average, against ${summary.pathMeanLength.toFixed(1)} for all ${2 ** summary.units} paths.`
  ];
}
