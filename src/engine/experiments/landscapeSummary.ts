/**
 * The landscape preset's file (data/landscape.json) summarised: per seed the verdict and the figures it rests on, the
 * mean figures per net over the seeds, and one seed's surfaces whole (the first seed's, for a reference picture — the
 * seeds' directions differ, so their surfaces cannot be averaged point by point). Pure: data/README.md's generator
 * and the page's data loader read it alike.
 */
import {seedResults, type ExperimentFile} from "./experimentFile.js";
import {judgeLandscape, type LandscapeAnalysis, type LandscapeNet} from "../landscape/setup.js";
import type {LandscapeGrade} from "../landscape/verdict.js";

/** One seed's verdict and numbers at the verdict's depth (`centre`: L(θ) on the evaluation batch, evaluation mode). */
export interface LandscapeSeed {
  seed: number;
  holds: boolean;
  grade: LandscapeGrade;
  roughnessRatio: number;
  plain: {centre: number; roughness: number; basinShare: number; gridMinima: number; sliceMinima: number};
  residual: {centre: number; roughness: number; basinShare: number; gridMinima: number; sliceMinima: number};
}

/** One net's figures averaged over the seeds. */
export interface LandscapeNetMeans {
  id: string;
  depth: number;
  isResidual: boolean;
  /** Mean L(θ), roughness, basin share and local-minimum counts. */
  centre: number;
  roughness: number;
  basinShare: number;
  gridMinima: number;
  sliceMinima: number;
}

/** What the reference seeds show. */
export interface LandscapeSummary {
  command: string;
  /** The depth the verdict reads, and the evaluation batch and grid of every seed. */
  verdictDepth: number;
  examples: number;
  resolution: number;
  extent: number;
  seeds: LandscapeSeed[];
  /** Seeds on which the verdict holds, and those on which it does not. */
  held: number;
  failing: number[];
  means: LandscapeNetMeans[];
  /** The first seed's nets with their grids and slices, to draw. */
  example: {seed: number; nets: LandscapeNet[]};
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function seedRow(seed: number, analysis: LandscapeAnalysis): LandscapeSeed | null {
  const verdict = judgeLandscape(analysis);
  if (!verdict) return null;
  const find = (isResidual: boolean) => analysis.nets.find((net) => net.depth === verdict.depth && net.isResidual === isResidual)!;
  const figures = (net: LandscapeNet) => ({centre: net.landscape.centre, roughness: net.metrics.roughness, basinShare: net.metrics.basinShare, gridMinima: net.metrics.gridMinima, sliceMinima: net.metrics.sliceMinima});
  return {seed, holds: verdict.holds, grade: verdict.grade, roughnessRatio: verdict.roughnessRatio, plain: figures(find(false)), residual: figures(find(true))};
}

/** The summary of a landscape experiment file. */
export function landscapeSummary(file: ExperimentFile<LandscapeAnalysis>): LandscapeSummary {
  const seeds = seedResults(file).filter((seed) => seed.analysis?.kind === "landscape");
  if (seeds.length === 0) throw new Error(`${file.command}: no landscape analysis in this file`);
  const rows = seeds.map((seed) => seedRow(seed.seed, seed.analysis!)).filter((row): row is LandscapeSeed => row !== null);
  const first = seeds[0].analysis!;
  const means = first.nets.map(({id, depth, isResidual}) => {
    const nets = seeds.map((seed) => seed.analysis!.nets.find((net) => net.id === id)).filter((net): net is LandscapeNet => net !== undefined);
    const average = (figure: (net: LandscapeNet) => number) => mean(nets.map(figure));
    return {
      id,
      depth,
      isResidual,
      centre: average((net) => net.landscape.centre),
      roughness: average((net) => net.metrics.roughness),
      basinShare: average((net) => net.metrics.basinShare),
      gridMinima: average((net) => net.metrics.gridMinima),
      sliceMinima: average((net) => net.metrics.sliceMinima)
    };
  });
  return {
    command: file.command,
    verdictDepth: judgeLandscape(first)?.depth ?? Math.max(...first.nets.map((net) => net.depth)),
    examples: first.examples,
    resolution: first.resolution,
    extent: first.extent,
    seeds: rows,
    held: rows.filter((row) => row.holds).length,
    failing: rows.filter((row) => !row.holds).map((row) => row.seed),
    means,
    example: {seed: seeds[0].seed, nets: first.nets}
  };
}

/** What the loss-landscape page loads: the summary, and each reference seed's landscapes (drawn at once for a matching seed). */
export interface LandscapeReference {
  summary: LandscapeSummary;
  analyses: Array<{seed: number; analysis: LandscapeAnalysis}>;
}

/** The page's reference from a landscape file (its runs' curves are left out: the page draws the landscapes). */
export function landscapeReference(file: ExperimentFile<LandscapeAnalysis>): LandscapeReference {
  const seeds = seedResults(file).filter((seed) => seed.analysis?.kind === "landscape");
  return {summary: landscapeSummary(file), analyses: seeds.map((seed) => ({seed: seed.seed, analysis: seed.analysis!}))};
}
