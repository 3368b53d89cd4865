/**
 * Stochastic gradient descent with momentum and L2 weight decay, PyTorch's formulation:
 *   d = g + λ·w,   v ← μ·v + d,   w ← w − lr·v.
 * The velocities v are variables of the same shapes as the weights, released by `dispose`. One update is one
 * `sgdMomentumStep` for every parameter at once (a single kernel on wasm; TF.js ops elsewhere).
 */
import * as tf from "@tensorflow/tfjs-core";
import {sgdMomentumStep} from "../kernels/sgd.js";

/** An optimizer bound to a list of variables. */
export interface Sgd {
  /** Applies one update; `grads[i]` is ∂L/∂params[i]. Call inside `tf.tidy`. */
  apply(grads: readonly tf.Tensor[], lr: number): void;
  dispose(): void;
}

/** Creates the optimizer for `params` (velocities start at zero). */
export function createSgd(params: readonly tf.Variable[], {momentum, weightDecay}: {momentum: number; weightDecay: number}): Sgd {
  const variables = [...params];
  const velocities = variables.map((param) => tf.tidy(() => tf.variable(tf.zerosLike(param), false)));
  return {
    apply(grads, lr) {
      if (variables.length > 0) sgdMomentumStep(variables, velocities, [...grads], {lr, momentum, weightDecay});
    },
    dispose() {
      for (const velocity of velocities) velocity.dispose();
    }
  };
}
