/** Loss and error of logits against labels, as tensors (summed or averaged on the device; read once per snapshot). */
import * as tf from "@tensorflow/tfjs-core";
import type {ForwardOptions, Model} from "../model/types.js";

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
 * int32 labels `[N]`, in chunks of `chunk` examples. Each chunk is a tidy of its own and an inference-only pass
 * (ForwardOptions.isInferenceOnly), so memory holds one chunk's two feature maps at a time, not every layer of every
 * chunk (the whole test set of a 110-layer net took gigabytes).
 */
export function evaluate(model: Model, x: tf.Tensor, labels: tf.Tensor1D, classes: number, chunk = 500, options: Pick<ForwardOptions, "lesioned"> = {}): {lossSum: tf.Scalar; errors: tf.Scalar} {
  const count = x.shape[0];
  let sums = tf.tidy(() => tf.zeros([2]) as tf.Tensor1D);
  for (let start = 0; start < count; start += chunk) {
    const size = Math.min(chunk, count - start);
    const next = tf.tidy(() => {
      const xs = tf.slice(x, start, size);
      const ys = tf.slice(labels, start, size);
      const logits = model.forward(xs, {...options, training: false, isInferenceOnly: true});
      const lossSum = tf.mul(crossEntropy(logits, tf.oneHot(ys, classes) as tf.Tensor2D), size);
      return tf.add(sums, tf.stack([lossSum, countErrors(logits, ys)])) as tf.Tensor1D;
    });
    sums.dispose();
    sums = next;
  }
  const [lossSum, errors] = tf.tidy(() => tf.unstack(sums) as [tf.Scalar, tf.Scalar]);
  sums.dispose();
  return {lossSum, errors};
}
