/**
 * The loss-landscape verdict, from the numbers (`metric.ts`) of a plain net's landscape and its residual twin's, both
 * measured along the same seed's filter-normalised directions on the same evaluation batch.
 *
 * - `holds`: the plain net's surface is at least MIN_ROUGHNESS_RATIO times as rough as the residual net's (mean
 *   |Δ² ln L|), and the residual net's central basin covers a larger share of the grid — Li et al. 2018's picture,
 *   a chaotic plain landscape beside a smooth, wide residual bowl;
 * - `weak`: the residual surface is the smoother one, but not by the ratio, or its basin is not the wider;
 * - `reversed`: the plain net's surface is as smooth as the residual net's or smoother.
 *
 * The ratio 2 was chosen on seeds 11–15 of the default (56-layer MLPs on circles), where it came out 4.5–6.2, before
 * the reference seeds 1–10 were run (data/README.md). It is not calibrated for the conv nets on MNIST, where it failed on
 * seeds 1–3: their 56-layer plain net sits on a high, flat plateau, which this roughness scores as smooth
 * (docs/engine.md).
 */
import type {LandscapeMetrics} from "./metric.js";

/** The plain net must be at least this many times as rough as the residual net. */
export const LANDSCAPE_THRESHOLDS = {minRoughnessRatio: 2} as const;

/** Grade of the verdict. */
export type LandscapeGrade = "holds" | "weak" | "reversed";

/** The verdict and the numbers behind it. */
export interface LandscapeVerdict {
  kind: "landscape";
  grade: LandscapeGrade;
  holds: boolean;
  depth: number;
  /** R_plain / R_residual (Infinity when the residual surface is perfectly flat and the plain one is not). */
  roughnessRatio: number;
  plain: LandscapeMetrics;
  residual: LandscapeMetrics;
  thresholds: typeof LANDSCAPE_THRESHOLDS;
}

/** Judges a plain net's landscape against its residual twin's (both `depth` layers). */
export function landscapeVerdict(plain: LandscapeMetrics, residual: LandscapeMetrics, depth: number): LandscapeVerdict {
  const roughnessRatio = residual.roughness > 0 ? plain.roughness / residual.roughness : plain.roughness > 0 ? Number.POSITIVE_INFINITY : 1;
  const isWider = residual.basinShare > plain.basinShare;
  const holds = roughnessRatio >= LANDSCAPE_THRESHOLDS.minRoughnessRatio && isWider;
  const grade: LandscapeGrade = holds ? "holds" : roughnessRatio > 1 ? "weak" : "reversed";
  return {kind: "landscape", grade, holds, depth, roughnessRatio, plain, residual, thresholds: LANDSCAPE_THRESHOLDS};
}
