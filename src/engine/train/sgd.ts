/**
 * Stochastic gradient descent with momentum and L2 weight decay, PyTorch's formulation:
 *   d = g + λ·w,   v ← μ·v + d,   w ← w − lr·v.
 * The velocities v are variables of the same shapes as the weights, released by `dispose`.
 */
import * as tf from "@tensorflow/tfjs-core";

/** An optimizer bound to a list of variables. */
export interface Sgd {
  /** Applies one update; `grads[i]` is ∂L/∂params[i]. Call inside `tf.tidy`. */
  apply(grads: readonly tf.Tensor[], lr: number): void;
  dispose(): void;
}

/** Creates the optimizer for `params` (velocities start at zero). */
export function createSgd(params: readonly tf.Variable[], {momentum, weightDecay}: {momentum: number; weightDecay: number}): Sgd {
  const velocities = params.map((param) => tf.tidy(() => tf.variable(tf.zerosLike(param), false)));
  const mu = tf.scalar(momentum);
  const lambda = tf.scalar(weightDecay);
  return {
    apply(grads, lr) {
      const rate = tf.scalar(lr);
      params.forEach((param, i) => {
        const decayed = weightDecay > 0 ? tf.add(grads[i], tf.mul(lambda, param)) : grads[i];
        const velocity = velocities[i];
        velocity.assign(momentum > 0 ? tf.add(tf.mul(mu, velocity), decayed) : decayed);
        param.assign(tf.sub(param, tf.mul(rate, velocity)));
      });
    },
    dispose() {
      for (const velocity of velocities) velocity.dispose();
      mu.dispose();
      lambda.dispose();
    }
  };
}
