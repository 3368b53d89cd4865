/**
 * Random directions in parameter space, filter-normalised as in Li, Xu, Taylor, Studer & Goldstein 2018 ("Visualizing
 * the Loss Landscape of Neural Nets", §4): draw d ~ N(0, I) with the shapes of θ, then rescale every filter of d to the
 * norm of the matching filter of θ,
 *
 *   d_{i,j} ← d_{i,j} / ‖d_{i,j}‖ · ‖θ_{i,j}‖   (layer i, filter j, Frobenius norms),
 *
 * so a step α·d moves each filter by α times its own size, and a net whose weights are a rescaling of another's (which
 * BatchNorm and ReLU make equivalent) gets a comparable picture. A filter is one output channel's slice of a conv
 * kernel `[kh, kw, in, out]` (the last axis), and one output unit's column of a dense weight `[in, out]` — the paper
 * treats a fully connected layer as a 1×1 convolution. Biases and BatchNorm scales and shifts (the 1-D parameters)
 * get zero: the paper's code (`ignore='biasbn'`) leaves them where training put them.
 *
 * Pure: Float32Arrays in, Float32Arrays out, the draws from the project's seeded RNG (one named stream per direction).
 */
import {createRng} from "../rng.js";
import type {ParamRole} from "../model/params.js";

/** One parameter tensor's values, as the direction code reads it (row-major, last axis fastest). */
export interface ParamValues {
  name: string;
  role: ParamRole;
  shape: readonly number[];
  values: Float32Array;
}

/** Guard against a filter of d with zero norm (the paper's code adds the same 1e-10). */
const EPSILON = 1e-10;

/** The RNG stream of a landscape direction: "landscape/delta" for δ, "landscape/eta" for η. */
export type DirectionName = "delta" | "eta";

/**
 * Rescales `direction` in place, filter by filter, to the norms of `theta`'s filters: element k belongs to filter
 * k mod out, where out is the last dimension of `shape`. Returns `direction`.
 */
export function normalizeFilters(direction: Float32Array, theta: Float32Array, shape: readonly number[]): Float32Array {
  const out = shape[shape.length - 1];
  const thetaSquares = new Float64Array(out);
  const directionSquares = new Float64Array(out);
  for (let k = 0; k < theta.length; k++) {
    thetaSquares[k % out] += theta[k] * theta[k];
    directionSquares[k % out] += direction[k] * direction[k];
  }
  const scale = Array.from(thetaSquares, (square, j) => Math.sqrt(square) / (Math.sqrt(directionSquares[j]) + EPSILON));
  for (let k = 0; k < direction.length; k++) direction[k] *= scale[k % out];
  return direction;
}

/**
 * A filter-normalised random direction for parameters `theta` (in the model's order), from the run seed's stream
 * `landscape/<name>`: weights drawn N(0, 1) element by element in parameter order, then rescaled per filter; every
 * bias and BatchNorm parameter zero (and draws nothing, so the weights' draws do not depend on them). A plain net and
 * its residual twin of one seed (same weight shapes) therefore get the same draws, each scaled to its own filters.
 */
export function filterNormalizedDirection(theta: readonly ParamValues[], seed: number, name: DirectionName): Float32Array[] {
  const rng = createRng(seed, `landscape/${name}`);
  return theta.map((param) => {
    const direction = new Float32Array(param.values.length);
    if (param.role !== "weight") return direction;
    rng.fillNormal(direction, 1);
    return normalizeFilters(direction, param.values, param.shape);
  });
}

/** θ + α·δ + β·η for one parameter tensor, rounded to float32 once (θ itself when α = β = 0). */
export function displace(theta: Float32Array, delta: Float32Array, eta: Float32Array, alpha: number, beta: number, out = new Float32Array(theta.length)): Float32Array {
  for (let k = 0; k < theta.length; k++) out[k] = theta[k] + alpha * delta[k] + beta * eta[k];
  return out;
}
