/**
 * The lesion study's verdict, from the numbers. Each single deletion's *damage* is how far it moves the test error from
 * the intact net's towards chance: (error − base) / (chance − base), 0 for no change, 1 for a net that now guesses.
 * Units that change the shape (downsampling) are left out of the residual median: the paper found those the ones whose
 * deletion matters, and a plain net cannot delete them at all.
 *
 * - `holds`: deleting one unit barely matters to the residual net (median damage ≤ RESIDUAL_MAX) and breaks the plain
 *   net (median damage ≥ PLAIN_MIN) — Veit et al.'s picture;
 * - `weak`: the residual net is the more robust one, but not by those margins;
 * - `reversed`: the plain net is the more robust one.
 */
import type {LesionAnalysis, NetLesion} from "./setup.js";

/** Thresholds on the median damage of single deletions. */
export const LESION_THRESHOLDS = {residualMax: 0.1, plainMin: 0.5} as const;

/** Grade of the verdict. */
export type LesionGrade = "holds" | "weak" | "reversed";

/** The verdict and the numbers behind it. */
export interface LesionVerdict {
  kind: "lesion";
  grade: LesionGrade;
  holds: boolean;
  /** Test errors of the intact nets. */
  plainBase: number;
  residualBase: number;
  chance: number;
  /** Median single-deletion test error and damage, over the units the medians count. */
  plainMedianError: number;
  residualMedianError: number;
  plainDamage: number;
  residualDamage: number;
  thresholds: typeof LESION_THRESHOLDS;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** How far `error` is from `base` towards `chance` (0 = unchanged, 1 = chance; negative when it improved). */
export function damage(error: number, base: number, chance: number): number {
  return chance > base ? (error - base) / (chance - base) : Number.NaN;
}

/** Median single-deletion test error of a net over its deletable units that keep the shape. */
export function medianSingleError(net: NetLesion): number {
  return median(net.single.filter((entry) => entry.error !== null && !entry.changesShape).map((entry) => entry.error!));
}

/** Judges the plain and the residual net of an analysis (null unless it has one of each). */
export function lesionVerdict(analysis: LesionAnalysis): LesionVerdict | null {
  const plain = analysis.nets.find((net) => !net.isResidual);
  const residual = analysis.nets.find((net) => net.isResidual);
  if (!plain || !residual) return null;
  const plainMedianError = medianSingleError(plain);
  const residualMedianError = medianSingleError(residual);
  const plainDamage = damage(plainMedianError, plain.baseError, plain.chance);
  const residualDamage = damage(residualMedianError, residual.baseError, residual.chance);
  const {residualMax, plainMin} = LESION_THRESHOLDS;
  const holds = residualDamage <= residualMax && plainDamage >= plainMin;
  const grade: LesionGrade = holds ? "holds" : residualDamage < plainDamage ? "weak" : "reversed";
  return {
    kind: "lesion",
    grade,
    holds,
    plainBase: plain.baseError,
    residualBase: residual.baseError,
    chance: plain.chance,
    plainMedianError,
    residualMedianError,
    plainDamage,
    residualDamage,
    thresholds: LESION_THRESHOLDS
  };
}
