/**
 * The loss-landscape lab's numbers as chart and CSV rows, and the sentences under its charts — pure, from the nets'
 * landscapes (src/engine/landscape/setup.ts: the worker's for a live run, data/landscape.json's for a reference run), so
 * every word is computed from what the charts draw.
 */
import {runsProgress, type AnalysisProgress} from "../charts/AnalysisLab.js";
import {presetExperiment} from "../../engine/experiments/presets.js";
import type {LandscapeSummary} from "../../engine/experiments/landscapeSummary.js";
import {coordinate, judgeLandscape, landscapeRequest, type LandscapeAnalysis, type LandscapeNet} from "../../engine/landscape/setup.js";
import type {LabelledRun, SessionState} from "../../session/sessionState.js";
import {localNetName} from "../../session/netName.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {familyName} from "../charts/palette.js";
import {LANDSCAPE_CHART_TEXT, LANDSCAPE_CSV_TEXT, LANDSCAPE_SENTENCES} from "./text.js";

/** What the lab reads from its controls. */
export interface LandscapeSettings {
  depth: number;
  seed: number;
}

/** The word the charts' labels and the sentences use for a net's family in `locale` ("plain" / "普通"). */
export function familyWord(isResidual: boolean, locale: Locale = pageLocale()): string {
  const text = localized(LANDSCAPE_CHART_TEXT, locale);
  return isResidual ? text.residual : text.plain;
}

/**
 * The plain net and its residual twin, trained as the landscape preset trains them, each asking for its landscape;
 * each labelled with its name in `locale` ("plain-56" / "普通-56").
 */
export function landscapeRuns(settings: LandscapeSettings, locale: Locale = pageLocale()): LabelledRun[] {
  const experiment = presetExperiment("landscape", {seed: settings.seed, depth: settings.depth});
  return experiment.runs.map((run) => ({
    id: run.id,
    label: localNetName(run.id, locale),
    spec: run.spec,
    data: experiment.data,
    config: run.config,
    landscape: landscapeRequest(settings.seed)
  }));
}

/** The analysis of a session whose runs all have their landscapes (plain first), else null. */
export function sessionLandscape(state: SessionState, seed: number): LandscapeAnalysis | null {
  if (state.runs.length === 0 || state.runs.some((run) => run.landscape === null)) return null;
  const nets = state.runs.map((run) => run.landscape!).sort((a, b) => Number(a.isResidual) - Number(b.isResidual));
  const {resolution, extent, examples} = nets[0].landscape;
  return {kind: "landscape", ...landscapeRequest(seed), resolution, extent, examples, nets};
}

/** Grid rows measured and to measure, over the session's runs (null before any has begun). */
export function landscapeProgress(state: SessionState): AnalysisProgress {
  return runsProgress(state, "landscapeProgress");
}

/** log₁₀ of a loss, with the losses a diverged point gives (∞, NaN) shown as the top of the scale. */
const log10 = (loss: number) => (Number.isFinite(loss) && loss > 0 ? Math.log10(loss) : Number.NaN);

/** One row per net and grid point: α, β, the loss and its log₁₀ ("net" is the identifier "plain" or "residual", in every language). */
export function gridRows(analysis: LandscapeAnalysis) {
  return analysis.nets.flatMap((net) => {
    const {resolution, extent, grid} = net.landscape;
    return grid.map((loss, i) => ({net: familyName(net.isResidual), alpha: coordinate(i % resolution, resolution, extent), beta: coordinate(Math.floor(i / resolution), resolution, extent), loss, logLoss: log10(loss)}));
  });
}

/** One row per net and point of the 1-D slice β = 0 ("net" as in {@link gridRows}). */
export function sliceRows(analysis: LandscapeAnalysis) {
  return analysis.nets.flatMap((net) => net.landscape.slice.map((loss, i) => ({net: familyName(net.isResidual), alpha: coordinate(i, net.landscape.slice.length, net.landscape.extent), loss})));
}

/**
 * Grid or slice rows as the CSV holds them in `locale`: the "net" cell in the language's words ("plain" and "residual"
 * in English, as the charts' rows have them), every number unchanged. The header's names: LANDSCAPE_CSV_TEXT.columns.
 */
export function landscapeCsvRows<R extends {net: "plain" | "residual"}>(rows: readonly R[], locale: Locale = pageLocale()): Array<Omit<R, "net"> & {net: string}> {
  const {net} = localized(LANDSCAPE_CSV_TEXT, locale);
  return rows.map((row) => ({...row, net: net[row.net]}));
}

/** The one colour scale of both heatmaps: the range of log₁₀ L over both grids. */
export function sharedDomain(rows: ReturnType<typeof gridRows>): [number, number] {
  const values = rows.map((row) => row.logLoss).filter(Number.isFinite);
  return values.length === 0 ? [0, 1] : [Math.min(...values), Math.max(...values)];
}

const plainOf = (analysis: LandscapeAnalysis) => analysis.nets.find((net) => !net.isResidual)!;
const residualOf = (analysis: LandscapeAnalysis) => analysis.nets.find((net) => net.isResidual)!;
const share = (value: number) => `${Math.round(100 * value)}%`;

/** One net's landscape in a sentence: L(θ), roughness, basin, minima. */
function netSentence(net: LandscapeNet, locale: Locale): string {
  const {metrics, landscape} = net;
  const facts = {family: familyWord(net.isResidual, locale), centre: landscape.centre.toFixed(3), roughness: metrics.roughness.toFixed(3), basin: share(metrics.basinShare), minima: metrics.gridMinima};
  return localized(LANDSCAPE_SENTENCES, locale).net(facts);
}

/** What the two landscapes show, in sentences with their numbers (and a warning when the plain net has not learnt). */
export function landscapeSentences(analysis: LandscapeAnalysis, classes = 2, locale: Locale = pageLocale()): string[] {
  const text = localized(LANDSCAPE_SENTENCES, locale);
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const chance = Math.log(classes);
  const sentences = [text.grid(plain.landscape.resolution, netSentence(plain, locale), netSentence(residual, locale))];
  if (plain.landscape.centre >= 0.9 * chance) sentences.push(text.notLearnt(chance.toFixed(3)));
  return sentences;
}

/** The slice in a sentence: strict local minima along β = 0 for each net. */
export function sliceSentence(analysis: LandscapeAnalysis, locale: Locale = pageLocale()): string {
  return localized(LANDSCAPE_SENTENCES, locale).slice(plainOf(analysis).metrics.sliceMinima, residualOf(analysis).metrics.sliceMinima);
}

/** The verdict of an analysis (the deepest pair it holds). */
export const verdictOf = judgeLandscape;

/** The reference seeds in a sentence, every number from the summary. */
export function referenceSentence(summary: LandscapeSummary, locale: Locale = pageLocale()): string {
  const plain = summary.means.find((net) => !net.isResidual && net.depth === summary.verdictDepth);
  const residual = summary.means.find((net) => net.isResidual && net.depth === summary.verdictDepth);
  const figures = (net: NonNullable<typeof plain>) => ({roughness: net.roughness.toFixed(3), basin: share(net.basinShare), centre: net.centre.toFixed(3)});
  return localized(LANDSCAPE_SENTENCES, locale).reference({
    firstSeed: summary.seeds[0].seed,
    lastSeed: summary.seeds.at(-1)!.seed,
    depth: summary.verdictDepth,
    held: summary.held,
    seeds: summary.seeds.length,
    failing: summary.failing,
    means: plain && residual ? {plain: figures(plain), residual: figures(residual)} : null
  });
}
