/**
 * Layer responses (He et al. 2015, §4.2 and Fig. 7): the standard deviation of every 3×3 layer's output after its
 * BatchNorm and before the nonlinearity, over a batch of test examples in evaluation mode. The paper found residual
 * nets' responses generally smaller than their plain twins', and smaller the deeper the residual net — what one
 * expects if residual functions stay near zero.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";

/** Examples the responses are measured on (the first of the test split). */
export const RESPONSE_EXAMPLES = 500;

/**
 * The std of each layer's response, in the network's order (the stem's convolution first), over `x`: one forward pass
 * in evaluation mode with BatchNorm's running statistics, inference-only so memory holds two feature maps at a time.
 */
export function layerResponses(model: Model, x: tf.Tensor): number[] {
  if (model.spec.family !== "conv" || model.spec.preActivation) throw new Error("layer responses are defined for conv nets with the original unit (BN after each convolution)");
  const stds: tf.Scalar[] = [];
  tf.tidy(() => {
    model.forward(x, {
      training: false,
      isInferenceOnly: true,
      onResponse: (response) => stds.push(tf.keep(tf.sqrt(tf.moments(response).variance) as tf.Scalar))
    });
  });
  const values = stds.map((std) => std.dataSync()[0]);
  tf.dispose(stds);
  return values;
}
