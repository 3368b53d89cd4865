/**
 * The responses preset's file (He et al. 2015, Fig. 7, on this project's nets), summarised: per net, the std of each
 * layer's response averaged over the seeds — in layer order and ranked in descending order, as the figure's two panels
 * draw them — and the mean over its layers. Pure: the page's chart and prose and data/README.md read it alike.
 */
import {seedResults, type ExperimentFile} from "./experimentFile.js";
import type {ResponsesAnalysis} from "./runExperiment.js";
import {depthOf} from "../spec.js";

/** One net's responses over the seeds. */
export interface NetResponses {
  id: string;
  depth: number;
  isResidual: boolean;
  /** Mean over seeds of each layer's std, in layer order. */
  byLayer: number[];
  /** Mean over seeds of the stds ranked in descending order (rank 1 = the largest). */
  ranked: number[];
  /** Mean over layers and seeds. */
  mean: number;
  seeds: number;
}

const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Each net's responses, in the file's run order. */
export function netResponses(file: ExperimentFile<ResponsesAnalysis>): NetResponses[] {
  const seeds = seedResults(file).filter((seed) => seed.analysis?.kind === "responses");
  if (seeds.length === 0) throw new Error(`${file.command}: no layer responses in this file`);
  return seeds[0].runs.map((run) => {
    const perSeed = seeds.map((seed) => seed.analysis!.runs.find((entry) => entry.id === run.id)!.std);
    const layers = perSeed[0].length;
    const at = (rows: number[][], i: number) => average(rows.map((row) => row[i]));
    const ranked = perSeed.map((row) => [...row].sort((a, b) => b - a));
    const byLayer = Array.from({length: layers}, (_, i) => at(perSeed, i));
    return {id: run.id, depth: depthOf(run.spec), isResidual: run.spec.isResidual, byLayer, ranked: Array.from({length: layers}, (_, i) => at(ranked, i)), mean: average(byLayer), seeds: seeds.length};
  });
}

/** The comparisons the paper makes, from the numbers: residual vs plain at each depth, and residual nets by depth. */
export function responseFindings(nets: readonly NetResponses[]) {
  const depths = [...new Set(nets.map((net) => net.depth))].sort((a, b) => a - b);
  const find = (depth: number, isResidual: boolean) => nets.find((net) => net.depth === depth && net.isResidual === isResidual);
  const pairs = depths.map((depth) => ({depth, plain: find(depth, false)?.mean ?? Number.NaN, residual: find(depth, true)?.mean ?? Number.NaN}));
  const residuals = depths.map((depth) => find(depth, true)?.mean ?? Number.NaN);
  return {
    pairs,
    /** Depths at which the residual net's mean response is at least 5% below its plain twin's. */
    smallerAt: pairs.filter((pair) => pair.residual < 0.95 * pair.plain).map((pair) => pair.depth),
    /** True when each deeper residual net's mean response is below the shallower one's. */
    shrinksWithDepth: residuals.every((value, i) => i === 0 || value < residuals[i - 1])
  };
}
