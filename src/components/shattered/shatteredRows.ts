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

/** What the chosen depth shows, in a sentence with its numbers. */
export function depthSentence(analysis: ShatteredAnalysis, depth: number): string {
  const plain = lag1(analysis, depth, false);
  const residual = lag1(analysis, depth, true);
  if (depth === 2) return `At 2 layers the nets have no units, so the plain net and its residual twin are the same net: r₁ = ${formatCorrelation(plain)} for both.`;
  const contrast = residual - plain >= 0.2 ? "the residual net's gradient is far smoother" : residual > plain ? "the residual net's gradient is a little smoother" : "the residual net's gradient is not smoother";
  return `At ${depth} layers, r₁ = ${formatCorrelation(plain)} for the plain net and ${formatCorrelation(residual)} for the residual net: ${contrast}.`;
}

/** The sweep in a sentence: the first depth at which each family's r₁ falls below one half. */
export function sweepSentence(analysis: ShatteredAnalysis): string {
  const below = (isResidual: boolean) => analysis.depths.find((depth) => lag1(analysis, depth, isResidual) < 0.5);
  const say = (isResidual: boolean) => {
    const depth = below(isResidual);
    return depth === undefined ? `the ${familyName(isResidual)} net's stays above 0.5 up to ${analysis.depths.at(-1)} layers` : `the ${familyName(isResidual)} net's falls below 0.5 at ${depth} layers`;
  };
  return `Across the sweep, ${say(false)}, ${say(true)}.`;
}

/** The reference seeds in a sentence (the page's summary of data/shattered.json), every number from the summary. */
export function referenceSentence(summary: ShatteredSummary): string {
  const at = (depth: number) => summary.sweep.find((row) => row.depth === depth);
  const verdictRow = at(summary.verdictDepth);
  const deepest = summary.sweep.at(-1);
  const failing = summary.failing.length === 0 ? "" : ` — not for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}`;
  const means =
    verdictRow && deepest
      ? ` Averaged over those seeds, r₁ at ${summary.verdictDepth} layers is ${formatCorrelation(verdictRow.plain)} for the plain nets and ${formatCorrelation(verdictRow.residual)} for the residual ones; at ${deepest.depth} layers it is ${formatCorrelation(deepest.plain)} and ${formatCorrelation(deepest.residual)}.`
      : "";
  return `On the reference runs (seeds ${summary.seeds[0].seed}–${summary.seeds.at(-1)!.seed}), the verdict holds for ${summary.held} of ${summary.seeds.length} seeds${failing}.${means}`;
}

/**
 * What the reference sweep shows, in three sentences computed from its means: where the plain nets' r₁ first falls to
 * the verdict's white-noise bound, what the residual nets' r₁ is there, and where (if anywhere) theirs falls to it.
 */
export function sweepFindings(summary: ShatteredSummary, whiteNoiseBound: number): string[] {
  const sweep = summary.sweep;
  const [first, last] = [sweep[0], sweep.at(-1)];
  const plainAt = sweep.find((row) => row.plain <= whiteNoiseBound);
  const residualAt = sweep.find((row) => row.residual <= whiteNoiseBound);
  if (!first || !last || !plainAt) return [];
  const bound = formatCorrelation(whiteNoiseBound);
  return [
    `The plain net's gradient shatters within a few units: averaged over the reference seeds, its r₁ falls from ${formatCorrelation(first.plain)} at ${first.depth} layers to ${formatCorrelation(plainAt.plain)} at ${plainAt.depth} (at or below ${bound}, close to white noise).`,
    `The residual net's gradient shatters far more slowly: at ${plainAt.depth} layers its r₁ is still ${formatCorrelation(plainAt.residual)}, and it falls gradually with depth${residualAt ? `, first reaching ${bound} or below at ${residualAt.depth} layers (${formatCorrelation(residualAt.residual)})` : ""}.`,
    `On these small nets the residual gradient does decay too: at ${last.depth} layers its mean r₁ is ${formatCorrelation(last.residual)}, against ${formatCorrelation(last.plain)} for the plain net.`
  ];
}
