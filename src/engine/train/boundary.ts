/**
 * The decision boundary of a model on 2-D data: class probabilities on a square grid over the data's extent
 * (the Overview's hero draws it).
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";

/** Class probabilities on a grid; the point of row r, column c is (x_c, y_r) with x_c = min + (c + ½)·(max − min)/resolution (rows go up in y). */
export interface Boundary {
  resolution: number;
  /** `[min, max]` on both axes. */
  extent: [number, number];
  classes: number;
  /** `resolution² × classes` values, index `(r·resolution + c)·classes + k`. */
  probabilities: number[];
}

/** The grid's points, `[resolution², 2]`, row-major (see `Boundary`). */
export function boundaryGrid(resolution: number, [min, max]: [number, number]): tf.Tensor2D {
  const points = new Float32Array(resolution * resolution * 2);
  const step = (max - min) / resolution;
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      points[2 * (r * resolution + c)] = min + (c + 0.5) * step;
      points[2 * (r * resolution + c) + 1] = min + (r + 0.5) * step;
    }
  }
  return tf.tensor2d(points, [resolution * resolution, 2]);
}

/** Softmax probabilities of `model` (evaluation mode) at the grid's points, flattened `[resolution² · classes]`. */
export function boundaryProbabilities(model: Model, grid: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.reshape(tf.softmax(model.forward(grid, {training: false, isInferenceOnly: true})), [-1]) as tf.Tensor1D);
}
