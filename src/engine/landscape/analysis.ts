/**
 * The landscape preset's measurement of trained nets (Li et al. 2018, Fig. 5: ResNet-20/56/110 on CIFAR-10 with and
 * without skip connections; Fig. 1 is the 56-layer pair): each net's loss on the first `examples` training examples,
 * on a grid around its trained weights along the seed's two filter-normalised directions, with the figures of
 * `metric.ts`; and the verdict on a plain/residual pair. What the experiment file stores under `analysis`, and what a page needs to draw it.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Dataset} from "../data/dataset.js";
import type {Model} from "../model/types.js";
import {depthOf} from "../spec.js";
import {LANDSCAPE_DEFAULTS, measureLandscape, type Landscape} from "./landscape.js";
import {landscapeMetrics, type LandscapeMetrics} from "./metric.js";
import {landscapeVerdict, type LandscapeVerdict} from "./verdict.js";

/** Training examples the loss is evaluated on (the first of the split, the same for every net and grid point). */
export const LANDSCAPE_EXAMPLES = 256;

/** What to measure: the directions' seed, the batch size and the grid. */
export interface LandscapeRequest {
  seed: number;
  examples: number;
  resolution: number;
  extent: number;
  sliceResolution: number;
}

/** The default request for a seed: 256 examples, a 21×21 grid on [−1, 1]², a 41-point slice. */
export function landscapeRequest(seed: number): LandscapeRequest {
  return {seed, examples: LANDSCAPE_EXAMPLES, ...LANDSCAPE_DEFAULTS};
}

/** One trained net's landscape and its figures. */
export interface LandscapeNet {
  /** The run's id, e.g. "plain-56". */
  id: string;
  depth: number;
  isResidual: boolean;
  landscape: Landscape;
  metrics: LandscapeMetrics;
}

/** The landscape preset's analysis of one seed. */
export interface LandscapeAnalysis extends LandscapeRequest {
  kind: "landscape";
  nets: LandscapeNet[];
}

/** The first `examples` training examples of `dataset` on the device: inputs `[N, ...inputShape]`, int32 labels `[N]`. */
export function evaluationBatch(dataset: Dataset, examples: number): {x: tf.Tensor; labels: tf.Tensor1D} {
  const count = Math.min(examples, dataset.train.count);
  const features = dataset.inputShape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(dataset.train.x.subarray(0, count * features), [count, ...dataset.inputShape], "float32");
  const labels = tf.tensor1d(Int32Array.from(dataset.train.y.subarray(0, count)), "int32");
  return {x, labels};
}

/** Measures one trained net (`id` names its run); `onProgress` sees the grid's rows. */
export async function measureNet(id: string, model: Model, dataset: Dataset, request: LandscapeRequest, onProgress?: (done: number, total: number) => void): Promise<LandscapeNet> {
  const {x, labels} = evaluationBatch(dataset, request.examples);
  try {
    const landscape = await measureLandscape(model, x, labels, {...request, onProgress});
    return {id, depth: depthOf(model.spec), isResidual: model.spec.isResidual, landscape, metrics: landscapeMetrics(landscape, model.spec.classes)};
  } finally {
    tf.dispose([x, labels]);
  }
}

/** The verdict at the deepest depth that has both a plain and a residual net (null when none has). */
export function judgeLandscape(analysis: LandscapeAnalysis): LandscapeVerdict | null {
  const depths = [...new Set(analysis.nets.map((net) => net.depth))].sort((a, b) => b - a);
  for (const depth of depths) {
    const plain = analysis.nets.find((net) => net.depth === depth && !net.isResidual);
    const residual = analysis.nets.find((net) => net.depth === depth && net.isResidual);
    if (plain && residual) return landscapeVerdict(plain.metrics, residual.metrics, depth);
  }
  return null;
}
