/**
 * How much gradient flows through the paths of each length of a trained residual net (Veit et al. 2016; the arithmetic
 * of the path counts is in ./unravel.ts, free of TF.js for the pages).
 */
import * as tf from "@tensorflow/tfjs-core";
import type {ForwardContext} from "../model/layers.js";
import type {Model} from "../model/types.js";
import {createProbes} from "../train/probes.js";
import {crossEntropy} from "../train/metrics.js";
import {createRng, permutation, type Rng} from "../rng.js";
import type {PathGradients} from "./setup.js";

export * from "./unravel.js";

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
