/**
 * One residual unit in plain arrays, for the residual-learning page (it runs on the main thread, no TF.js) and as
 * a test oracle. Dense weights, one example:
 *
 *   original:        F(x) = W_2·ReLU(W_1·x + b_1) + b_2,        y = x + α·F(x),  output = ReLU(y)
 *   pre-activation:  F(x) = W_2·ReLU(W_1·ReLU(x) + b_1) + b_2,  y = x + α·F(x),  output = y
 *
 * α ∈ [0, 1] scales the residual branch: at α = 0 (or with zero weights) y = x — the unit is the identity before
 * its final ReLU, which is why "learning a residual near zero is easy".
 */

/** Weights of the two dense layers: `w1` `[hidden][in]`, `w2` `[in][hidden]` (matrix · column vector). */
export interface ResidualUnitWeights {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

/** What the unit computes for one input. */
export interface ResidualUnitTrace {
  input: number[];
  /** F(x), unscaled. */
  residual: number[];
  /** y = x + α·F(x). */
  sum: number[];
  /** ReLU(y) for the original unit, y for the pre-activation unit. */
  output: number[];
}

const relu = (v: number[]) => v.map((x) => Math.max(x, 0));
const affine = (w: number[][], v: number[], b: number[]) => w.map((row, i) => row.reduce((s, wij, j) => s + wij * v[j], b[i]));

/** Runs the unit on `x` with the branch scaled by `alpha` (default 1). */
export function residualUnit(
  x: number[],
  weights: ResidualUnitWeights,
  {alpha = 1, preActivation = false}: {alpha?: number; preActivation?: boolean} = {}
): ResidualUnitTrace {
  const hidden = relu(affine(weights.w1, preActivation ? relu(x) : x, weights.b1));
  const residual = affine(weights.w2, hidden, weights.b2);
  const sum = x.map((xi, i) => xi + alpha * residual[i]);
  return {input: [...x], residual, sum, output: preActivation ? sum : relu(sum)};
}

/** The same weights with every entry multiplied by `factor` (0 gives the zero-residual unit). */
export function scaleWeights(weights: ResidualUnitWeights, factor: number): ResidualUnitWeights {
  const scaleVector = (v: number[]) => v.map((x) => x * factor);
  return {w1: weights.w1.map(scaleVector), b1: scaleVector(weights.b1), w2: weights.w2.map(scaleVector), b2: scaleVector(weights.b2)};
}
