/**
 * A labelled data set held as flat typed arrays (never tensors): the form data sets travel in between the build,
 * the worker and the trainer. The trainer uploads each split to the backend once.
 */

/** One split: `count` examples, features row-major (`count × prod(inputShape)`), one class label each. */
export interface Split {
  x: Float32Array;
  y: Uint8Array;
  count: number;
}

/** A classification data set. */
export interface Dataset {
  /** e.g. "spirals" or "MNIST 14×14". */
  name: string;
  /** Per-example shape: `[2]` for the toy data, `[height, width, channels]` for images. */
  inputShape: number[];
  classes: number;
  train: Split;
  test: Split;
  /** For 2-D data: the square the points lie in, `[min, max]` on both axes (the decision-boundary grid spans it). */
  extent?: [number, number];
}

/** Number of features per example. */
export function featureCount(dataset: Pick<Dataset, "inputShape">): number {
  return dataset.inputShape.reduce((a, b) => a * b, 1);
}

/** The first `count` examples of a split (or all of it). */
export function takeSplit(split: Split, count: number, features: number): Split {
  if (count >= split.count) return split;
  return {x: split.x.subarray(0, count * features), y: split.y.subarray(0, count), count};
}
