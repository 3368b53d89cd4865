/** Loss and error of logits against labels, as tensors (summed or averaged on the device; read once per snapshot). */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";

/** Mean softmax cross-entropy: −(1/B) Σ_b log softmax(logits_b)[label_b]. `logits` `[B, classes]`, `oneHot` `[B, classes]`. */
export function crossEntropy(logits: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1)));
}

/** Number of examples whose arg-max class differs from the label (a float scalar). */
export function countErrors(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.sum(tf.cast(tf.notEqual(tf.argMax(logits, 1), labels), "float32"));
}

/**
 * Summed loss and error count of `model` (evaluation mode: BatchNorm running statistics) over `x` `[N, ...]` and
 * int32 labels `[N]`, in chunks of `chunk` examples.
 */
export function evaluate(model: Model, x: tf.Tensor, labels: tf.Tensor1D, classes: number, chunk = 500): {lossSum: tf.Scalar; errors: tf.Scalar} {
  return tf.tidy(() => {
    const count = x.shape[0];
    let lossSum: tf.Scalar = tf.scalar(0);
    let errors: tf.Scalar = tf.scalar(0);
    for (let start = 0; start < count; start += chunk) {
      const size = Math.min(chunk, count - start);
      const xs = tf.slice(x, start, size);
      const ys = tf.slice(labels, start, size);
      const logits = model.forward(xs, {training: false});
      lossSum = tf.add(lossSum, tf.mul(crossEntropy(logits, tf.oneHot(ys, classes) as tf.Tensor2D), size));
      errors = tf.add(errors, countErrors(logits, ys));
    }
    return {lossSum, errors};
  });
}
