/**
 * The shattered-gradients lab's setup, as plain data and arithmetic (no TF.js, so pages may import it): the line of
 * inputs, the nets' width and depths, what a request and a measurement hold.
 */
import {mlpSpec, type MlpSpec} from "../spec.js";

/** The site's setup: 256 inputs evenly spaced on [−2, 2], width 16 with BatchNorm and pre-activation units (the MLP family's defaults). */
export const SHATTERED_DEFAULTS = {points: 256, from: -2, to: 2, width: 16, maxLag: 32} as const;
/** Depths (weighted layers, 2·units + 2) of the sweep, every 6 from 2 (no units: the twins are the same net) to 56. */
export const SHATTERED_DEPTHS = [2, 8, 14, 20, 26, 32, 38, 44, 50, 56] as const;


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

/** n evenly spaced points from `from` to `to`, both included. */
export function linePoints(n: number, from: number, to: number): number[] {
  return Array.from({length: n}, (_, i) => (n === 1 ? from : from + ((to - from) * i) / (n - 1)));
}
