/**
 * The gradient of a net's output with respect to its input, at every point of a batch of 1-D inputs — computed by
 * TF.js (`tf.grad`) on the engine's own model, so the nets are exactly the site's MLP family.
 *
 * BatchNorm: the batch's statistics are measured by one training-mode pass (ForwardOptions.setStatistics) and then
 * held constant, so the second, evaluation-mode pass normalises every input exactly as training would and each
 * point's gradient is its own: d f(x_i) / d x_i, with no terms through the other points' contribution to the mean.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/buildModel.js";

export {linePoints} from "./setup.js";

/** d f(x_i)/d x_i for every x_i of `inputs` (the net's input is 1-D and its output one number). */
export function inputGradients(model: Model, inputs: readonly number[]): number[] {
  const spec = model.spec;
  if (spec.family !== "mlp" || spec.inputDim !== 1 || spec.classes !== 1) throw new RangeError("inputGradients needs an MLP with one input and one output");
  return tf.tidy(() => {
    const x = tf.tensor2d([...inputs], [inputs.length, 1]);
    if (spec.batchNorm) model.forward(x, {training: true, updateStats: false, setStatistics: true});
    // Evaluation mode: every output depends on its own input only, so the gradient of their sum is the per-point one.
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(model.forward(input, {training: false})))(x);
    return Array.from(gradient.dataSync());
  });
}
