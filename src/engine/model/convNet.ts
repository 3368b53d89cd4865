/**
 * Builds any `ConvNetSpec` — the CIFAR family (6n+2), the ImageNet ResNets, their plain twins, VGG-19 — as a
 * functional TF.js model: stem → stages of units → head. Input `[batch, height, width, channels]`, output logits
 * `[batch, classes]`.
 *
 * - Stem: k×k convolution (stride s); original nets follow it with BN and ReLU, pre-activation nets leave it bare
 *   (the first unit normalises). Optional max pooling (ImageNet: 3×3, stride 2, padding 1).
 * - Stages: `units` units; the first has the stage's stride (`downsample: "stride"`), or the stage ends with 2×2
 *   max pooling (`downsample: "maxpool"`, VGG).
 * - Head: pre-activation nets first apply BN and ReLU to x_L (He et al. 2016); then global average pooling or
 *   flattening, the hidden fully connected layers with ReLU, and the classifier.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {ConvNetSpec} from "../spec.js";
import {
  applyBatchNorm,
  applyConv,
  applyDense,
  createBatchNorm,
  createConv,
  createDense,
  inferenceStep,
  type BatchNorm,
  type ForwardContext
} from "./layers.js";
import {createConvUnit} from "./convUnit.js";
import {unitForward} from "./lesion.js";
import {countParams, ParamFactory} from "./params.js";
import type {ForwardOptions, Model, Unit} from "./types.js";

type Layer = (x: tf.Tensor, ctx: ForwardContext) => tf.Tensor;

const outSize = (size: number, kernel: number, stride: number, pad: number) => Math.floor((size + 2 * pad - kernel) / stride) + 1;

/** The stem as a function, and the per-example shape it outputs. */
function createStem(factory: ParamFactory, spec: ConvNetSpec): {stem: Layer; shape: [number, number, number]} {
  const {height, width, channels} = spec.input;
  const stemSpec = spec.stem;
  if (!stemSpec) return {stem: (x) => x, shape: [height, width, channels]};
  const {kernel, stride} = stemSpec;
  const conv = createConv(factory, "stem.conv", {kernel, inChannels: channels, outChannels: stemSpec.width, stride, hasBias: !spec.batchNorm});
  const isBare = spec.preActivation;
  const bn = spec.batchNorm && !isBare ? createBatchNorm(factory, "stem.bn", stemSpec.width) : null;
  const pool = stemSpec.maxPool;
  const pad = (kernel - 1) / 2;
  let shape: [number, number, number] = [outSize(height, kernel, stride, pad), outSize(width, kernel, stride, pad), stemSpec.width];
  if (pool) {
    const poolPad = Math.floor((pool.size - 1) / 2);
    shape = [outSize(shape[0], pool.size, pool.stride, poolPad), outSize(shape[1], pool.size, pool.stride, poolPad), shape[2]];
  }
  const stem: Layer = (x, ctx) => {
    let h = applyConv(conv, x as tf.Tensor4D);
    if (bn && ctx.onResponse) {
      h = applyBatchNorm(bn, h, ctx, {relu: false}); // measured between BN and ReLU, then the ReLU on its own
      ctx.onResponse(h);
      h = tf.relu(h);
    } else if (bn) h = applyBatchNorm(bn, h, ctx, {relu: true});
    else if (!isBare) h = tf.relu(h);
    if (pool) h = tf.maxPool(h, pool.size, pool.stride, Math.floor((pool.size - 1) / 2));
    return h;
  };
  return {stem, shape};
}

/** The stages' units, and for each unit whether 2×2 max pooling follows it (VGG). */
function createStages(factory: ParamFactory, spec: ConvNetSpec, inputShape: [number, number, number]) {
  const units: Unit[] = [];
  const poolAfter: boolean[] = [];
  let shape = inputShape;
  spec.stages.forEach((stage, s) => {
    for (let u = 0; u < stage.units; u++) {
      const stride = u === 0 && spec.downsample === "stride" ? stage.stride : 1;
      const unit = createConvUnit(factory, spec, {name: `stage${s + 1}.unit${u}`, stage: s, inputShape: shape, width: stage.width, stride});
      units.push(unit);
      shape = unit.outputShape as [number, number, number];
      const isPooled = spec.downsample === "maxpool" && u === stage.units - 1;
      poolAfter.push(isPooled);
      if (isPooled) shape = [Math.floor(shape[0] / 2), Math.floor(shape[1] / 2), shape[2]];
    }
  });
  return {units, poolAfter, shape};
}

/** The head as a function of x_L. */
function createHead(factory: ParamFactory, spec: ConvNetSpec, shape: [number, number, number]): Layer {
  const finalBn: BatchNorm | null = spec.preActivation && spec.batchNorm ? createBatchNorm(factory, "head.bn", shape[2]) : null;
  let features = spec.pool === "gap" ? shape[2] : shape[0] * shape[1] * shape[2];
  const hidden = spec.hiddenFc.map((width, i) => {
    const dense = createDense(factory, `head.fc${i + 1}`, features, width);
    features = width;
    return dense;
  });
  const classifier = createDense(factory, "head.classifier", features, spec.classes, {gain: 1});
  return (x, ctx) => {
    let h = x as tf.Tensor4D;
    if (spec.preActivation) h = finalBn ? applyBatchNorm(finalBn, h, ctx, {relu: true}) : tf.relu(h);
    let flat: tf.Tensor2D = spec.pool === "gap" ? tf.mean(h, [1, 2]) : tf.reshape(h, [h.shape[0], -1]);
    for (const dense of hidden) flat = tf.relu(applyDense(dense, flat));
    return applyDense(classifier, flat);
  };
}

/** Builds a conv net from its spec; weights from `seed` (He-normal) or zeros. */
export function buildConvNet(spec: ConvNetSpec, factory: ParamFactory): Model {
  const {stem, shape: stemShape} = createStem(factory, spec);
  const {units, poolAfter, shape} = createStages(factory, spec, stemShape);
  const head = createHead(factory, spec, shape);
  const inputShape = [spec.input.height, spec.input.width, spec.input.channels];
  return {
    spec,
    params: factory.params,
    state: factory.state,
    units,
    inputShape,
    forward(x: tf.Tensor, options: ForwardOptions = {}) {
      const training = options.training ?? false;
      const ctx: ForwardContext = {training, updateStats: options.updateStats ?? training, onResponse: options.onResponse};
      const probes = options.probes;
      const release = inferenceStep(x, Boolean(options.isInferenceOnly) && !training && !probes);
      let h = stem(x, ctx);
      units.forEach((unit, l) => {
        if (probes) h = tf.add(h, probes[l]);
        h = release(h, () => unitForward(unit, l, h, ctx, options, spec.preActivation));
        if (poolAfter[l]) h = tf.maxPool(h as tf.Tensor4D, 2, 2, "valid");
      });
      if (probes) h = tf.add(h, probes[units.length]);
      options.onUnitInput?.(units.length, h);
      return head(h, ctx) as tf.Tensor2D;
    },
    probeShapes: () => [...units.map((unit) => unit.inputShape), shape],
    countParams: () => countParams(factory.params),
    dispose() {
      for (const param of factory.params) param.variable.dispose();
      for (const variable of factory.state) variable.dispose();
    }
  };
}
