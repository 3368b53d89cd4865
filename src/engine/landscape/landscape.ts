/**
 * The loss landscape around a trained net (Li et al. 2018, Fig. 1): the mean cross-entropy L(θ + α·δ + β·η) of a fixed
 * evaluation batch, on a grid of α, β ∈ [−extent, extent], for two filter-normalised random directions δ and η
 * (`directions.ts`), plus the 1-D slice L(θ + α·δ) on a finer line. Evaluation mode: BatchNorm normalises with its
 * running statistics, which stay as training left them (only trainable weights move; biases and BatchNorm
 * parameters have zero direction). Every point writes the moved weights with `variable.assign`, evaluates in one
 * inference-only pass, and the sweep restores θ bit for bit at the end — also when it throws.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";
import {evaluate} from "../train/metrics.js";
import {displace, filterNormalizedDirection, type ParamValues} from "./directions.js";
import {coordinate, LANDSCAPE_DEFAULTS, type Landscape} from "./setup.js";

export {coordinate, LANDSCAPE_DEFAULTS, type Landscape} from "./setup.js";

/** Limits of the grid's points per side. */
export const LANDSCAPE_LIMITS = {resolution: {min: 3, max: 41}, sliceResolution: {min: 3, max: 201}} as const;

/** What to measure. */
export interface LandscapeOptions {
  /** Seed of the two directions' RNG streams ("landscape/delta", "landscape/eta"). */
  seed: number;
  /** Points per side of the grid (odd, so θ itself is the centre cell). Default 21. */
  resolution?: number;
  /** α and β run over [−extent, extent]. Default 1. */
  extent?: number;
  /** Points of the 1-D slice β = 0 (odd). Default 41. */
  sliceResolution?: number;
  /** Called after every grid row, and once after the slice (`done === total`). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}


/** A model's trainable parameters read into Float32Arrays (copies), in the model's order. */
export function readTheta(model: Model): ParamValues[] {
  return model.params.map((param) => ({name: param.name, role: param.role, shape: param.variable.shape, values: Float32Array.from(param.variable.dataSync() as Float32Array)}));
}

function checkOdd(name: string, value: number, limits: {min: number; max: number}): void {
  if (!Number.isInteger(value) || value % 2 === 0 || value < limits.min || value > limits.max) throw new RangeError(`landscape ${name} must be an odd integer in [${limits.min}, ${limits.max}], got ${value}`);
}

/**
 * Measures `model`'s landscape on the batch `x` `[N, ...inputShape]` with int32 labels `[N]`. Asynchronous: each grid
 * row is read from the device once (`await data()`), so a worker stays responsive. θ is restored exactly afterwards.
 */
export async function measureLandscape(model: Model, x: tf.Tensor, labels: tf.Tensor1D, options: LandscapeOptions): Promise<Landscape> {
  const {seed, resolution = LANDSCAPE_DEFAULTS.resolution, extent = LANDSCAPE_DEFAULTS.extent, sliceResolution = LANDSCAPE_DEFAULTS.sliceResolution, onProgress} = options;
  checkOdd("resolution", resolution, LANDSCAPE_LIMITS.resolution);
  checkOdd("sliceResolution", sliceResolution, LANDSCAPE_LIMITS.sliceResolution);
  const theta = readTheta(model);
  const delta = filterNormalizedDirection(theta, seed, "delta");
  const eta = filterNormalizedDirection(theta, seed, "eta");
  const moving = theta.map((_, i) => i).filter((i) => delta[i].some((v) => v !== 0) || eta[i].some((v) => v !== 0));
  const scratch = moving.map((i) => new Float32Array(theta[i].values.length));
  const count = x.shape[0];
  const classes = model.spec.classes;
  const write = (values: (i: number, k: number) => Float32Array) =>
    moving.forEach((i, k) => tf.tidy(() => model.params[i].variable.assign(tf.tensor(values(i, k), theta[i].shape as number[], "float32"))));
  /** Mean loss at θ + αδ + βη, as a scalar on the device. */
  const lossAt = (alpha: number, beta: number): tf.Scalar => {
    write((i, k) => displace(theta[i].values, delta[i], eta[i], alpha, beta, scratch[k]));
    const {lossSum, errors} = evaluate(model, x, labels, classes);
    errors.dispose();
    const mean = tf.tidy(() => tf.div(lossSum, count) as tf.Scalar);
    lossSum.dispose();
    return mean;
  };
  const readLine = async (points: Array<[number, number]>): Promise<number[]> => {
    const scalars = points.map(([alpha, beta]) => lossAt(alpha, beta));
    const stacked = tf.stack(scalars);
    tf.dispose(scalars);
    const values = Array.from(await stacked.data());
    stacked.dispose();
    return values;
  };
  try {
    const grid: number[] = [];
    for (let r = 0; r < resolution; r++) {
      const beta = coordinate(r, resolution, extent);
      grid.push(...(await readLine(Array.from({length: resolution}, (_, c) => [coordinate(c, resolution, extent), beta] as [number, number]))));
      await onProgress?.(r + 1, resolution + 1);
    }
    const slice = await readLine(Array.from({length: sliceResolution}, (_, i) => [coordinate(i, sliceResolution, extent), 0] as [number, number]));
    await onProgress?.(resolution + 1, resolution + 1);
    const centre = grid[((resolution - 1) / 2) * resolution + (resolution - 1) / 2];
    return {resolution, extent, examples: count, grid, slice, centre};
  } finally {
    write((i) => theta[i].values);
  }
}
