/**
 * The lesion lab's numbers as chart and CSV rows, and the sentences under its charts — pure, from a lesion analysis
 * (src/engine/lesion/setup.ts: the worker's for a live run, data/lesion.json's for a reference run), so every word is
 * computed from what the charts draw. The words are the page's language's (text.ts); the rows' keys and values stay
 * identifiers ("plain", "residual").
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
import {formatNumber, localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {LESION_LAB_TEXT, LESION_SENTENCES} from "./text.js";

/** What the lab reads from its controls. */
export interface LesionSettings {
  depth: number;
  seed: number;
}

/** The plain net and its residual twin, trained as the lesion preset trains them, each asking for its lesion study; labelled in `locale`. */
export function lesionRuns(settings: LesionSettings, locale: Locale = pageLocale()): LabelledRun[] {
  const experiment = presetExperiment("lesion", {seed: settings.seed, depth: settings.depth});
  const {runLabel} = localized(LESION_LAB_TEXT, locale);
  return experiment.runs.map((run) => ({id: run.id, label: runLabel(run.id), spec: run.spec, data: experiment.data, config: run.config, lesion: {...LESION_DEFAULTS, seed: settings.seed}}));
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

/** An error fraction as the sentences quote it, e.g. "4.2%" (formatPercent), in the language's words when it is no number. */
function percentIn(locale: Locale): (fraction: number) => string {
  const {noNumber} = localized(LESION_SENTENCES, locale);
  return (fraction) => (Number.isFinite(fraction) ? formatPercent(fraction) : noNumber);
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
export function singleSentences(analysis: LesionAnalysis, locale: Locale = pageLocale()): string[] {
  const text = localized(LESION_SENTENCES, locale);
  const percent = percentIn(locale);
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const range = (errors: number[]) => (errors.length === 0 ? "" : `${percent(Math.min(...errors))}–${percent(Math.max(...errors))}`);
  const plainErrors = plain.single.filter((entry) => entry.error !== null).map((entry) => entry.error!);
  const {harmful, harmless} = residualSingles(residual);
  const residualLine =
    harmless.length === 0
      ? text.residualEveryHarmful(percent(residual.baseError))
      : text.residualSingles({
          harmless: harmless.length,
          isEvery: harmless.length === residual.single.length,
          units: residual.units,
          range: range(harmless.map((entry) => entry.error!)),
          intact: percent(residual.baseError),
          harmful: harmful.length === 0 ? null : {list: text.unitList(harmful.map((entry) => entry.unit + 1)), range: range(harmful.map((entry) => entry.error!))}
        });
  return [residualLine, text.plainSingles(percent(plain.baseError), range(plainErrors), percent(plain.chance))];
}

/** What the random deletions show. */
export function randomSentence(analysis: LesionAnalysis, locale: Locale = pageLocale()): string {
  const percent = percentIn(locale);
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const at = (net: NetLesion, k: number) => mean(net.random[k - 1].errors);
  const n = residual.random.length;
  const half = Math.max(1, Math.round(n / 2));
  return localized(LESION_SENTENCES, locale).random({
    one: percent(at(residual, 1)),
    half,
    halfError: percent(at(residual, half)),
    all: percent(at(residual, n)),
    n,
    plainOne: percent(at(plain, 1))
  });
}

/** What the paths show: the binomial lengths, and where the gradient comes from. */
export function pathSentence(analysis: LesionAnalysis, locale: Locale = pageLocale()): string | null {
  const paths = residualOf(analysis)?.paths;
  if (!paths) return null;
  const text = localized(LESION_SENTENCES, locale);
  const n = paths.units;
  const shares = gradientShares(paths.perPath);
  const {from, to, share} = effectiveRange(shares, 0.9);
  const factor = (paths.perPath[0] / paths.perPath[n]) ** (1 / n);
  return text.paths({
    n,
    count: formatNumber(2 ** n, locale),
    meanLength: meanLength(pathLengthShares(n)).toFixed(1),
    factor: factor.toFixed(1),
    share: Math.round(100 * share),
    lengths: text.lengths(from, to),
    gradientLength: meanLength(shares).toFixed(1)
  });
}

/** The reference seeds in a sentence, every number from the summary. */
export function referenceSentence(summary: LesionSummary, locale: Locale = pageLocale()): string {
  const text = localized(LESION_SENTENCES, locale);
  const percent = percentIn(locale);
  const median = (rows: number[]) => [...rows].sort((a, b) => a - b)[rows.length >> 1];
  return text.reference({
    first: summary.seeds[0].seed,
    last: summary.seeds.at(-1)!.seed,
    units: summary.units,
    held: summary.held,
    seeds: summary.seeds.length,
    failing: text.failing(summary.failing),
    residual: percent(median(summary.seeds.map((seed) => seed.residualMedianError))),
    plain: percent(median(summary.seeds.map((seed) => seed.plainMedianError))),
    gradientLength: summary.gradientMeanLength.toFixed(1),
    pathLength: summary.pathMeanLength.toFixed(1)
  });
}

/**
 * What the reference seeds show, in sentences computed from their means: the residual nets' single deletions (the one
 * that hurts most, and the range of the rest), the random deletions' growth, the plain nets' single deletions, and the
 * gradient's mean path length.
 */
export function referenceFindings(summary: LesionSummary, locale: Locale = pageLocale()): string[] {
  const text = localized(LESION_SENTENCES, locale);
  const percent = percentIn(locale);
  const {plain, residual} = summary;
  const singles = residual.single.map((error, unit) => ({unit: unit + 1, error: error ?? Number.NaN}));
  const worst = singles.reduce((a, b) => (b.error > a.error ? b : a));
  const rest = singles.filter((entry) => entry !== worst).map((entry) => entry.error);
  const plainSingles = plain.single.filter((error): error is number => error !== null);
  const last = residual.random.at(-1)!;
  const half = residual.random[Math.max(0, Math.round(residual.random.length / 2) - 1)];
  return [
    text.findingResidual(percent(residual.baseError), percent(Math.min(...rest)), percent(Math.max(...rest)), worst.unit, percent(worst.error)),
    text.findingRandom(percent(residual.random[0].error), percent(half.error), half.k, percent(last.error), last.k),
    text.findingPlain(percent(plain.baseError), percent(Math.min(...plainSingles)), percent(Math.max(...plainSingles)), percent(summary.chance), summary.plainSurvivals),
    text.findingPaths(summary.gradientMeanLength.toFixed(1), summary.pathMeanLength.toFixed(1), 2 ** summary.units)
  ];
}
