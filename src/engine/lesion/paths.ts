/**
 * The unravelled view of Veit et al. 2016: a residual net of n units, x_{l+1} = x_l + F_l(x_l), expands into 2ⁿ paths
 * from input to output — each either enters or skips each unit — and C(n, k) of them pass through exactly k residual
 * branches. Pure arithmetic on the counts, and the measurement of how much gradient flows through paths of each length.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {ForwardContext} from "../model/layers.js";
import type {Model} from "../model/types.js";
import {createProbes} from "../train/probes.js";
import {crossEntropy} from "../train/metrics.js";
import {createRng, permutation, type Rng} from "../rng.js";
import type {PathGradients} from "./setup.js";

/** C(n, k) for k = 0 … n (exact as doubles up to n ≈ 50; the nets here have at most 27 units). */
export function pathCounts(n: number): number[] {
  const counts = [1];
  for (let k = 1; k <= n; k++) counts.push((counts[k - 1] * (n - k + 1)) / k);
  return counts;
}

/** Share of all 2ⁿ paths that have each length k. */
export function pathLengthShares(n: number): number[] {
  const total = 2 ** n;
  return pathCounts(n).map((count) => count / total);
}

/**
 * Share of the total gradient carried by paths of each length: C(n, k) · (mean gradient through one path of length k),
 * normalised to sum to 1 — the paper's Fig. 6(b) as shares.
 */
export function gradientShares(perPath: readonly number[]): number[] {
  const counts = pathCounts(perPath.length - 1);
  const totals = perPath.map((g, k) => counts[k] * g);
  const sum = totals.reduce((a, b) => a + b, 0);
  return totals.map((t) => t / sum);
}

/** Mean of k under the shares (a distribution over k = 0 … n). */
export function meanLength(shares: readonly number[]): number {
  return shares.reduce((sum, share, k) => sum + share * k, 0);
}

/**
 * The shortest run of consecutive lengths [from, to] that holds at least `mass` of the shares, grown greedily from the
 * most-weighted length towards the heavier neighbour — how the paper's "most of the gradient comes from paths of 10–34
 * layers" reads a distribution.
 */
export function effectiveRange(shares: readonly number[], mass = 0.9): {from: number; to: number; share: number} {
  let from = shares.indexOf(Math.max(...shares));
  let to = from;
  let share = shares[from];
  while (share < mass && (from > 0 || to < shares.length - 1)) {
    const left = from > 0 ? shares[from - 1] : -1;
    const right = to < shares.length - 1 ? shares[to + 1] : -1;
    if (right >= left) share += shares[++to];
    else share += shares[--from];
  }
  return {from, to, share};
}

/** k distinct items of `from`, drawn with `rng` (a partial shuffle). */
export function drawUnits(rng: Rng, from: readonly number[], k: number): Set<number> {
  const order = [...from];
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(order.length - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return new Set(order.slice(0, k));
}

/**
 * The gradient of the loss at the first unit's input x_0 that flows through one path: through the residual branch of the
 * units in `through` and the shortcut of every other unit. A forward pass in evaluation mode (BatchNorm's running
 * statistics) gives the loss gradient at the head's input and every unit's input; the backward pass then multiplies the
 * transposed Jacobians of the path's parts only. For pre-activation units, x_{l+1} = h(x_l) + F_l(x_l), so the 2ⁿ path
 * gradients sum to the whole gradient ∂L/∂x_0 (a unit test checks it). A tensor of x_0's shape; the caller disposes it.
 */
export function pathGradient(model: Model, x: tf.Tensor, labels: tf.Tensor1D, through: ReadonlySet<number>): tf.Tensor {
  const {units, spec} = model;
  if (!spec.isResidual || !("preActivation" in spec) || !spec.preActivation) throw new RangeError("path gradients are exact only for residual nets with pre-activation units");
  const ctx: ForwardContext = {training: false, updateStats: false};
  return tf.tidy(() => {
    const inputs: tf.Tensor[] = [];
    const probes = createProbes(model, x.shape[0]);
    const grads = tf.grads((...ps: tf.Tensor[]) => {
      const logits = model.forward(x, {training: false, probes: ps, onUnitInput: (_, h) => void inputs.push(tf.keep(h))});
      return crossEntropy(logits, tf.oneHot(labels, spec.classes) as tf.Tensor2D);
    })(probes);
    let g = grads[units.length];
    for (let l = units.length - 1; l >= 0; l--) {
      const unit = units[l];
      const part = through.has(l) ? (h: tf.Tensor) => unit.residual(h, ctx) : (h: tf.Tensor) => unit.shortcut!(h, ctx);
      const cotangent = g;
      g = tf.grad((h: tf.Tensor) => tf.sum(tf.mul(part(h), cotangent)))(inputs[l]);
    }
    tf.dispose(inputs); // kept past the gradient's scope, so not the tidy's to free
    return g;
  });
}

/**
 * Veit et al.'s Fig. 6 method: for each path length k = 0 … n, `samples` times, a random batch of training examples and
 * a random path through k residual branches; the mean norm of that path's gradient at the first unit's input
 * (`pathGradient`). `tick` follows the lengths.
 */
export async function pathGradients(
  model: Model,
  trainX: tf.Tensor,
  trainY: tf.Tensor1D,
  options: {samples: number; batch: number; seed: number},
  /** Called after each path length's samples (may wait, to yield). */
  tick?: () => void | Promise<void>
): Promise<PathGradients> {
  const n = model.units.length;
  const rng = createRng(options.seed, "lesion-paths");
  const everyUnit = model.units.map((_, l) => l);
  let order = permutation(rng, trainX.shape[0]);
  let position = 0;
  const nextBatch = () => {
    if (position + options.batch > order.length) {
      order = permutation(rng, trainX.shape[0]);
      position = 0;
    }
    return order.slice(position, (position += options.batch));
  };
  const perPath: number[] = [];
  for (let k = 0; k <= n; k++) {
    let sum = 0;
    for (let s = 0; s < options.samples; s++) {
      const indices = nextBatch();
      const through = drawUnits(rng, everyUnit, k);
      sum += tf.tidy(() => {
        const index = tf.tensor1d(indices, "int32");
        return tf.norm(pathGradient(model, tf.gather(trainX, index), tf.gather(trainY, index) as tf.Tensor1D, through)).dataSync()[0];
      });
    }
    perPath.push(sum / options.samples);
    await tick?.();
  }
  return {units: n, samples: options.samples, perPath};
}
