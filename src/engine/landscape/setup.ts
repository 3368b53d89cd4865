/**
 * The loss-landscape measurement's types, settings and pure helpers (Li et al. 2018): what a request asks for, what one
 * net's landscape and the analysis hold, the grid's coordinates, and the verdict on a plain/residual pair. No TF.js —
 * the worker protocol and the pages import it; ./landscape.ts and ./analysis.ts measure.
 */
import type {LandscapeMetrics} from "./metric.js";
import {landscapeVerdict, type LandscapeVerdict} from "./verdict.js";

/** Grid defaults: 21×21 points over [−1, 1]² (Li et al. plot the same range), a 1-D slice of 41 points. */
export const LANDSCAPE_DEFAULTS = {resolution: 21, extent: 1, sliceResolution: 41} as const;
/** One net's landscape. */
export interface Landscape {
  resolution: number;
  extent: number;
  /** Examples in the evaluation batch. */
  examples: number;
  /** L(θ + α_c·δ + β_r·η) at `grid[r·resolution + c]`, α_c = −extent + 2·extent·c/(resolution − 1), β_r likewise (row r going up in β). */
  grid: number[];
  /** L(θ + α_i·δ) at α_i = −extent + 2·extent·i/(sliceResolution − 1). */
  slice: number[];
  /** L(θ), the centre of both. */
  centre: number;
}

/** The i-th of `count` evenly spaced coordinates on [−extent, extent]. */
export function coordinate(i: number, count: number, extent: number): number {
  return -extent + (2 * extent * i) / (count - 1);
}

/** Training examples the loss is evaluated on (the first of the split, the same for every net and grid point). */
export const LANDSCAPE_EXAMPLES = 256;

/** What to measure: the directions' seed, the batch size and the grid. */
export interface LandscapeRequest {
  seed: number;
  examples: number;
  resolution: number;
  extent: number;
  sliceResolution: number;
}

/** The default request for a seed: 256 examples, a 21×21 grid on [−1, 1]², a 41-point slice. */
export function landscapeRequest(seed: number): LandscapeRequest {
  return {seed, examples: LANDSCAPE_EXAMPLES, ...LANDSCAPE_DEFAULTS};
}

/** One trained net's landscape and its figures. */
export interface LandscapeNet {
  /** The run's id, e.g. "plain-56". */
  id: string;
  depth: number;
  isResidual: boolean;
  landscape: Landscape;
  metrics: LandscapeMetrics;
}

/** The landscape preset's analysis of one seed. */
export interface LandscapeAnalysis extends LandscapeRequest {
  kind: "landscape";
  nets: LandscapeNet[];
}

/** The verdict at the deepest depth that has both a plain and a residual net (null when none has). */
export function judgeLandscape(analysis: LandscapeAnalysis): LandscapeVerdict | null {
  const depths = [...new Set(analysis.nets.map((net) => net.depth))].sort((a, b) => b - a);
  for (const depth of depths) {
    const plain = analysis.nets.find((net) => net.depth === depth && !net.isResidual);
    const residual = analysis.nets.find((net) => net.depth === depth && net.isResidual);
    if (plain && residual) return landscapeVerdict(plain.metrics, residual.metrics, depth);
  }
  return null;
}
