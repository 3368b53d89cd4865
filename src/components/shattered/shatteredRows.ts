/**
 * The shattered-gradients lab's numbers as chart and CSV rows, and the sentences under its charts — pure, from the
 * worker's analysis (src/engine/shattered/shattered.ts), so every word is computed from what the charts draw.
 */
import type {ShatteredAnalysis, ShatteredNet} from "../../engine/shattered/setup.js";
import {lag1} from "../../engine/shattered/verdict.js";
import type {ShatteredSummary} from "../../engine/experiments/shatteredSummary.js";
import {familyName} from "../charts/palette.js";
import {formatCorrelation} from "../../session/verdictText.js";
import {linePoints} from "../../engine/shattered/setup.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SHATTERED_SENTENCES} from "./text.js";

/** Lags drawn in the autocorrelation chart. */
export const ACF_LAGS = 20;

/** The two nets of one depth (plain first). */
export function netsAt(analysis: ShatteredAnalysis, depth: number): ShatteredNet[] {
  return analysis.nets.filter((net) => net.depth === depth).sort((a, b) => Number(a.isResidual) - Number(b.isResidual));
}

/** One row per input and net: the gradient d f/d x at that input. */
export function gradientRows(analysis: ShatteredAnalysis, depth: number) {
  const inputs = linePoints(analysis.points, analysis.from, analysis.to);
  return netsAt(analysis, depth).flatMap((net) => net.gradient.map((gradient, i) => ({net: familyName(net.isResidual), depth, input: inputs[i], gradient})));
}

/** One row per lag (0 … ACF_LAGS) and net: the autocorrelation r_k of the gradient. */
export function acfRows(analysis: ShatteredAnalysis, depth: number) {
  return netsAt(analysis, depth).flatMap((net) => net.acf.slice(0, ACF_LAGS + 1).map((r, lag) => ({net: familyName(net.isResidual), depth, lag, autocorrelation: r})));
}

/** One row per depth and net: r₁ (the sweep chart). */
export function sweepRows(analysis: ShatteredAnalysis) {
  return analysis.nets.map((net) => ({net: familyName(net.isResidual), depth: net.depth, lag1: net.acf[1]}));
}

/** What the chosen depth shows, in a sentence with its numbers, in `locale`. */
export function depthSentence(analysis: ShatteredAnalysis, depth: number, locale: Locale = pageLocale()): string {
  const text = localized(SHATTERED_SENTENCES, locale);
  const plain = lag1(analysis, depth, false);
  const residual = lag1(analysis, depth, true);
  if (depth === 2) return text.sameNet(formatCorrelation(plain, locale));
  const contrast = residual - plain >= 0.2 ? text.contrast.far : residual > plain ? text.contrast.little : text.contrast.none;
  return text.depth(depth, formatCorrelation(plain, locale), formatCorrelation(residual, locale), contrast);
}

/** The sweep in a sentence: the first depth at which each family's r₁ falls below one half, in `locale`. */
export function sweepSentence(analysis: ShatteredAnalysis, locale: Locale = pageLocale()): string {
  const text = localized(SHATTERED_SENTENCES, locale);
  const below = (isResidual: boolean) => analysis.depths.find((depth) => lag1(analysis, depth, isResidual) < 0.5);
  const say = (isResidual: boolean) => {
    const depth = below(isResidual);
    return depth === undefined ? text.staysAbove(isResidual, analysis.depths.at(-1)!) : text.fallsBelow(isResidual, depth);
  };
  return text.sweep(say(false), say(true));
}

/** The reference seeds in a sentence (the page's summary of data/shattered.json), every number from the summary, in `locale`. */
export function referenceSentence(summary: ShatteredSummary, locale: Locale = pageLocale()): string {
  const at = (depth: number) => summary.sweep.find((row) => row.depth === depth);
  const verdictRow = at(summary.verdictDepth);
  const deepest = summary.sweep.at(-1);
  const means =
    verdictRow && deepest
      ? {
          verdictDepth: summary.verdictDepth,
          plain: formatCorrelation(verdictRow.plain, locale),
          residual: formatCorrelation(verdictRow.residual, locale),
          deepest: deepest.depth,
          deepPlain: formatCorrelation(deepest.plain, locale),
          deepResidual: formatCorrelation(deepest.residual, locale)
        }
      : null;
  const seeds = summary.seeds;
  return localized(SHATTERED_SENTENCES, locale).reference(seeds[0].seed, seeds.at(-1)!.seed, summary.held, seeds.length, summary.failing, means);
}

/**
 * What the reference sweep shows, in three sentences computed from its means: where the plain nets' r₁ first falls to
 * the verdict's white-noise bound, what the residual nets' r₁ is there, and where (if anywhere) theirs falls to it.
 */
export function sweepFindings(summary: ShatteredSummary, whiteNoiseBound: number, locale: Locale = pageLocale()): string[] {
  const text = localized(SHATTERED_SENTENCES, locale);
  const sweep = summary.sweep;
  const [first, last] = [sweep[0], sweep.at(-1)];
  const plainAt = sweep.find((row) => row.plain <= whiteNoiseBound);
  const residualAt = sweep.find((row) => row.residual <= whiteNoiseBound);
  if (!first || !last || !plainAt) return [];
  const bound = formatCorrelation(whiteNoiseBound, locale);
  return [
    text.plainFinding(formatCorrelation(first.plain, locale), first.depth, formatCorrelation(plainAt.plain, locale), plainAt.depth, bound),
    text.residualFinding(plainAt.depth, formatCorrelation(plainAt.residual, locale), bound, residualAt ? {depth: residualAt.depth, r1: formatCorrelation(residualAt.residual, locale)} : null),
    text.deepFinding(last.depth, formatCorrelation(last.residual, locale), formatCorrelation(last.plain, locale))
  ];
}
