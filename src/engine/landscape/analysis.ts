/**
 * The landscape preset's measurement of trained nets (Li et al. 2018, Fig. 5: ResNet-20/56/110 on CIFAR-10 with and
 * without skip connections; Fig. 1 is the 56-layer pair): each net's loss on the first `examples` training examples,
 * on a grid around its trained weights along two filter-normalised directions drawn from the run's seed, with the figures of
 * `metric.ts`; and the verdict on a plain/residual pair. What the experiment file stores under `analysis`, and what a page needs to draw it.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Dataset} from "../data/dataset.js";
import type {Model} from "../model/types.js";
import {depthOf} from "../spec.js";
import {measureLandscape} from "./landscape.js";
import {landscapeMetrics} from "./metric.js";
import type {LandscapeNet, LandscapeRequest} from "./setup.js";

export * from "./setup.js";

/** The first `examples` training examples of `dataset` on the device: inputs `[N, ...inputShape]`, int32 labels `[N]`. */
export function evaluationBatch(dataset: Dataset, examples: number): {x: tf.Tensor; labels: tf.Tensor1D} {
  const count = Math.min(examples, dataset.train.count);
  const features = dataset.inputShape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(dataset.train.x.subarray(0, count * features), [count, ...dataset.inputShape], "float32");
  const labels = tf.tensor1d(Int32Array.from(dataset.train.y.subarray(0, count)), "int32");
  return {x, labels};
}

/** Measures one trained net (`id` names its run); `onProgress` sees the grid's rows. */
export async function measureNet(id: string, model: Model, dataset: Dataset, request: LandscapeRequest, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<LandscapeNet> {
  const {x, labels} = evaluationBatch(dataset, request.examples);
  try {
    const landscape = await measureLandscape(model, x, labels, {...request, onProgress});
    return {id, depth: depthOf(model.spec), isResidual: model.spec.isResidual, landscape, metrics: landscapeMetrics(landscape, model.spec.classes)};
  } finally {
    tf.dispose([x, labels]);
  }
}

