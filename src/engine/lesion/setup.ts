/**
 * The lesion study's types and settings (Veit, Wilber & Belongie 2016): what is measured on a trained plain net and its
 * residual twin, and how often. Types only and constants — the worker protocol and the pages import them without TF.js.
 */

/** How much to measure. */
export interface LesionSettings {
  /** Random draws of k deleted units, for every k from 1 to the number of deletable units. */
  draws: number;
  /** Paths sampled for each path length k (the paper's Fig. 6 method; it took 1,000). */
  pathSamples: number;
  /** Training examples in each path sample's batch. */
  pathBatch: number;
  /** Seeds the draws and the path samples (the run's seed). */
  seed: number;
}

/** The settings of the page and the reference runs. */
export const LESION_DEFAULTS = {draws: 10, pathSamples: 20, pathBatch: 64} as const;

/** One unit deleted on its own. */
export interface SingleDeletion {
  /** Index of the unit (0 = the first unit after the stem). */
  unit: number;
  name: string;
  stage: number;
  /** True when the unit changes the shape (halves the map or widens it): a downsampling unit. */
  changesShape: boolean;
  /** Test error with this unit deleted, or null when it cannot be deleted (a plain unit that changes the shape). */
  error: number | null;
}

/** The test error of `draws` random deletions of k units. */
export interface RandomDeletions {
  k: number;
  errors: number[];
}

/**
 * The unravelled view measured (the paper's Fig. 6 method): for each path length k, the mean norm of the gradient at
 * the first unit's input that flows through one sampled path of k residual branches (and the shortcuts of the other
 * n − k units).
 */
export interface PathGradients {
  /** Units n: the net has 2ⁿ paths. */
  units: number;
  samples: number;
  /** Mean gradient norm through a single path of length k, k = 0 … n. */
  perPath: number[];
}

/** One net's lesions. */
export interface NetLesion {
  id: string;
  isResidual: boolean;
  units: number;
  /** Test error of the intact net, and of a net that guesses (1 − 1/classes). */
  baseError: number;
  chance: number;
  single: SingleDeletion[];
  random: RandomDeletions[];
  /** The residual net's path gradients (pre-activation units only, where the unravelled view is exact); null otherwise. */
  paths: PathGradients | null;
}

/** The lesion preset's analysis: both nets of a twin pair. */
export interface LesionAnalysis {
  kind: "lesion";
  /** Test examples every error is measured on. */
  examples: number;
  draws: number;
  nets: NetLesion[];
}
