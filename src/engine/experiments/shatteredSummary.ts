/**
 * The shattered preset's file (data/shattered.json) summarised: per seed the verdict and its two r₁, and per depth the
 * mean r₁ over the seeds for each family. Pure: data/README.md's generator and the page's data loader read it alike.
 */
import {seedResults, type ExperimentFile} from "./experimentFile.js";
import type {ShatteredAnalysis} from "../shattered/setup.js";
import {lag1, shatteredVerdict, VERDICT_DEPTH, type ShatteredGrade} from "../shattered/verdict.js";

/** What the reference seeds show. */
export interface ShatteredSummary {
  command: string;
  verdictDepth: number;
  seeds: Array<{seed: number; holds: boolean; grade: ShatteredGrade; plainLag1: number; residualLag1: number}>;
  /** Seeds on which the verdict holds, and those on which it does not. */
  held: number;
  failing: number[];
  /** Per depth, r₁ averaged over the seeds. */
  sweep: Array<{depth: number; plain: number; residual: number}>;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The summary of a shattered experiment file. */
export function shatteredSummary(file: ExperimentFile<ShatteredAnalysis>): ShatteredSummary {
  const analyses = seedResults(file).map((seed) => seed.analysis).filter((analysis): analysis is ShatteredAnalysis => analysis?.kind === "shattered");
  if (analyses.length === 0) throw new Error(`${file.command}: no shattered-gradients analysis in this file`);
  const seeds = analyses.map((analysis) => {
    const verdict = shatteredVerdict(analysis)!;
    return {seed: analysis.seed, holds: verdict.holds, grade: verdict.grade, plainLag1: verdict.plainLag1, residualLag1: verdict.residualLag1};
  });
  const sweep = analyses[0].depths.map((depth) => ({depth, plain: mean(analyses.map((a) => lag1(a, depth, false))), residual: mean(analyses.map((a) => lag1(a, depth, true)))}));
  return {command: file.command, verdictDepth: VERDICT_DEPTH, seeds, held: seeds.filter((seed) => seed.holds).length, failing: seeds.filter((seed) => !seed.holds).map((seed) => seed.seed), sweep};
}
