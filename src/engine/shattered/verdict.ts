/**
 * The shattered-gradients verdict, from the numbers: the lag-1 autocorrelation r₁ of the input gradient of the plain
 * net and of its residual twin at VERDICT_DEPTH layers.
 *
 * - `holds`: the plain net's gradient is close to white noise (r₁ ≤ PLAIN_MAX) and the residual net's is clearly more
 *   correlated (its r₁ at least MIN_GAP above the plain net's) — Balduzzi et al.'s picture;
 * - `weak`: the residual net's r₁ is above the plain net's, but not by MIN_GAP, or the plain net is not yet shattered;
 * - `reversed`: the plain net's r₁ is the larger.
 */
import type {ShatteredAnalysis} from "./setup.js";

/** The depth the verdict reads (20 layers: the shallow depth of the site's other labs, where plain nets already shatter). */
export const VERDICT_DEPTH = 20;
/** Thresholds on r₁ at VERDICT_DEPTH. */
export const SHATTERED_THRESHOLDS = {plainMax: 0.3, minGap: 0.2} as const;

/** Grade of the verdict. */
export type ShatteredGrade = "holds" | "weak" | "reversed";

/** The verdict and the numbers behind it. */
export interface ShatteredVerdict {
  kind: "shattered";
  grade: ShatteredGrade;
  holds: boolean;
  depth: number;
  /** r₁ of the input gradient along the line of inputs. */
  plainLag1: number;
  residualLag1: number;
  thresholds: typeof SHATTERED_THRESHOLDS;
}

/** r₁ of one family at one depth (NaN when the analysis does not have it). */
export function lag1(analysis: ShatteredAnalysis, depth: number, isResidual: boolean): number {
  return analysis.nets.find((net) => net.depth === depth && net.isResidual === isResidual)?.acf[1] ?? Number.NaN;
}

/** Judges an analysis at VERDICT_DEPTH (null when it was not measured there). */
export function shatteredVerdict(analysis: ShatteredAnalysis, depth: number = VERDICT_DEPTH): ShatteredVerdict | null {
  const plainLag1 = lag1(analysis, depth, false);
  const residualLag1 = lag1(analysis, depth, true);
  if (!Number.isFinite(plainLag1) || !Number.isFinite(residualLag1)) return null;
  const {plainMax, minGap} = SHATTERED_THRESHOLDS;
  const holds = plainLag1 <= plainMax && residualLag1 - plainLag1 >= minGap;
  const grade: ShatteredGrade = holds ? "holds" : residualLag1 > plainLag1 ? "weak" : "reversed";
  return {kind: "shattered", grade, holds, depth, plainLag1, residualLag1, thresholds: SHATTERED_THRESHOLDS};
}
