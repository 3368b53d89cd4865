/** What a running training reports: plain numbers, never tensors. */
import type {Boundary} from "./boundary.js";
import type {IdentityTerms} from "./probes.js";

/** How a run stands: still training, finished all its steps, stopped on a non-finite loss, or cancelled. */
export type RunStatus = "running" | "done" | "diverged" | "cancelled";

/** One snapshot of a run, taken at step 0 (initialisation), every `snapshotEvery` steps and at the end. */
export interface Snapshot {
  /** Optimizer steps completed (0: the initial network). */
  step: number;
  /** Training examples seen / size of the training split. */
  epoch: number;
  /**
   * Mean training cross-entropy over the mini-batches of the steps since the previous snapshot (training mode,
   * each batch's loss before its update); at step 0, the first batch's loss at initialisation.
   */
  loss: number;
  /** Fraction of misclassified examples in those same mini-batches. */
  trainError: number;
  /** Fraction of misclassified test examples (evaluation mode), or null when the test split was not evaluated at this snapshot. */
  testError: number | null;
  /** Mean test cross-entropy, or null like `testError`. */
  testLoss: number | null;
  /**
   * ‖∂L/∂x_l‖ for l = 0 … U: at the input of every unit, then (last) at the input of the head, x_U. Measured on the
   * mini-batch of this step before its update; null when gradients are not measured.
   */
  gradNorms: number[] | null;
  /** The identity's two terms for every unit with an identity shortcut (residual nets); null when not measured, [] for plain nets. */
  identity: IdentityTerms[] | null;
  /** Learning rate of this step's update. */
  lr: number;
  /** Training throughput since the previous snapshot (including the snapshot's own measurements). */
  imagesPerSecond: number;
  /** Wall-clock milliseconds since the run's first step. */
  elapsedMs: number;
  status: RunStatus;
  /** Class probabilities on a grid (2-D data, when requested), else null. */
  boundary: Boundary | null;
}
