/**
 * The shattered-gradients measurement (Balduzzi et al. 2017): at initialisation — no training — a plain MLP and its
 * residual twin (same seed, so they share every weight) each take a line of 1-D inputs; at every input the gradient
 * of the output with respect to the input is computed, and its autocorrelation along the line. Repeated for a sweep
 * of depths. The verdict compares the lag-1 autocorrelations at the deepest depth.
 */
import {buildModel} from "../model/buildModel.js";
import {mlpSpec, type MlpSpec} from "../spec.js";
import {autocorrelation} from "./autocorrelation.js";
import {inputGradients, linePoints} from "./inputGradient.js";

/** The site's setup: 256 inputs evenly spaced on [−2, 2], width 16 with BatchNorm and pre-activation units (the MLP family's defaults). */
export const SHATTERED_DEFAULTS = {points: 256, from: -2, to: 2, width: 16, maxLag: 32} as const;
/** Depths (weighted layers, 2·units + 2) of the sweep. */
export const SHATTERED_DEPTHS = [4, 8, 14, 20, 32, 44, 56] as const;


/** What to measure. */
export interface ShatteredRequest {
  seed: number;
  depths: readonly number[];
  width?: number;
  points?: number;
}

/** One net's measurement. */
export interface ShatteredNet {
  depth: number;
  isResidual: boolean;
  /** d f(x_i)/d x_i at each input x_i. */
  gradient: number[];
  /** Autocorrelation r_0 … r_maxLag of the gradient along the line. */
  acf: number[];
}

/** The whole measurement, as an experiment file's `analysis`. */
export interface ShatteredAnalysis {
  kind: "shattered";
  seed: number;
  width: number;
  /** The inputs: `points` evenly spaced from `from` to `to`. */
  points: number;
  from: number;
  to: number;
  depths: number[];
  nets: ShatteredNet[];
}

/** The plain or residual net of one depth, with one input and one output. */
export function shatteredSpec(depth: number, isResidual: boolean, width: number = SHATTERED_DEFAULTS.width): MlpSpec {
  if (depth < 2 || depth % 2 !== 0) throw new RangeError(`an MLP of this family has an even depth ≥ 2, got ${depth}`);
  return mlpSpec({units: (depth - 2) / 2, width, inputDim: 1, classes: 1, batchNorm: true, preActivation: true, isResidual});
}

/** Measures one net: built from the seed, its input gradients along the line, their autocorrelation. */
export function measureNet(depth: number, isResidual: boolean, request: ShatteredRequest): ShatteredNet {
  const {points, from, to, maxLag} = SHATTERED_DEFAULTS;
  const model = buildModel(shatteredSpec(depth, isResidual, request.width), {seed: request.seed});
  try {
    const gradient = inputGradients(model, linePoints(request.points ?? points, from, to));
    return {depth, isResidual, gradient, acf: autocorrelation(gradient, maxLag)};
  } finally {
    model.dispose();
  }
}

/** Every depth, plain then residual; `onProgress(done, total)` after each net. Yields to the caller between nets. */
export async function measureShattered(request: ShatteredRequest, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<ShatteredAnalysis> {
  const nets: ShatteredNet[] = [];
  const total = request.depths.length * 2;
  for (const depth of request.depths) {
    for (const isResidual of [false, true]) {
      nets.push(measureNet(depth, isResidual, request));
      await onProgress?.(nets.length, total);
    }
  }
  const {from, to} = SHATTERED_DEFAULTS;
  return {kind: "shattered", seed: request.seed, width: request.width ?? SHATTERED_DEFAULTS.width, points: request.points ?? SHATTERED_DEFAULTS.points, from, to, depths: [...request.depths], nets};
}
