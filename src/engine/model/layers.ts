/**
 * The layers of the functional models: each is a plain record of variables plus a pure function of its input.
 * Tensors are NHWC, `[batch, height, width, channels]`, for convolutions and `[batch, features]` for dense layers.
 * All ops are TF.js's functional ops (`tf.add(a, b)`, never `a.add(b)`: chained ops are not registered in the
 * esbuild bundle).
 */
import * as tf from "@tensorflow/tfjs-core";
import {batchNormTrain} from "../kernels/batchNorm.js";
import {movingAverageStep} from "../kernels/runningStats.js";
import type {ParamFactory} from "./params.js";

/** How a forward pass runs. */
export interface ForwardContext {
  /** True: BatchNorm normalises with the batch's statistics; false: with the running statistics. */
  training: boolean;
  /** In training mode, also move the running statistics towards the batch's (once per optimizer step). */
  updateStats: boolean;
  /** See ForwardOptions.setStatistics. */
  setsStatistics?: boolean;
  /** See ForwardOptions.onResponse. */
  onResponse?: (response: tf.Tensor) => void;
}

/** Momentum of the BatchNorm running statistics (PyTorch's convention: new = 0.9·old + 0.1·batch). */
export const BN_MOMENTUM = 0.1;
/** ε added to the variance before the square root. */
export const BN_EPSILON = 1e-5;

/** A k×k convolution, `[k, k, inChannels, outChannels]`, with a bias only when no BatchNorm follows. */
export interface Conv {
  weight: tf.Variable;
  bias: tf.Variable | null;
  stride: number;
}

/** BatchNorm over the last axis: trainable scale γ and shift β, running mean and variance as state. */
export interface BatchNorm {
  scale: tf.Variable;
  shift: tf.Variable;
  runningMean: tf.Variable;
  runningVariance: tf.Variable;
}

/** A fully connected layer, weight `[in, out]` and bias `[out]` (no bias when BatchNorm follows). */
export interface Dense {
  weight: tf.Variable;
  bias: tf.Variable | null;
}

/** Options of a convolution. */
export interface ConvOptions {
  kernel: number;
  inChannels: number;
  outChannels: number;
  stride: number;
  hasBias: boolean;
  isShortcut?: boolean;
}

/** Creates a convolution with He-normal weights (fan-in k·k·inChannels). */
export function createConv(factory: ParamFactory, name: string, options: ConvOptions): Conv {
  const {kernel, inChannels, outChannels, stride, hasBias, isShortcut = false} = options;
  const weight = factory.normal(`${name}.weight`, [kernel, kernel, inChannels, outChannels], kernel * kernel * inChannels, {isShortcut});
  const bias = hasBias ? factory.constant(`${name}.bias`, "bias", [outChannels], 0, isShortcut) : null;
  return {weight, bias, stride};
}

/** Creates a BatchNorm layer for `channels` features (γ = 1, β = 0, running mean 0, running variance 1). */
export function createBatchNorm(factory: ParamFactory, name: string, channels: number, isShortcut = false): BatchNorm {
  return {
    scale: factory.constant(`${name}.scale`, "bnScale", [channels], 1, isShortcut),
    shift: factory.constant(`${name}.shift`, "bnShift", [channels], 0, isShortcut),
    runningMean: factory.stateTensor([channels], 0),
    runningVariance: factory.stateTensor([channels], 1)
  };
}

/** Creates a dense layer; `gain` 2 (He) before a ReLU, 1 for the classifier. */
export function createDense(
  factory: ParamFactory,
  name: string,
  inFeatures: number,
  outFeatures: number,
  {gain = 2, hasBias = true}: {gain?: number; hasBias?: boolean} = {}
): Dense {
  return {
    weight: factory.normal(`${name}.weight`, [inFeatures, outFeatures], inFeatures, {gain}),
    bias: hasBias ? factory.constant(`${name}.bias`, "bias", [outFeatures], 0) : null
  };
}

/**
 * `[batch, h, w, in]` → `[batch, ⌊(h − 1)/stride⌋ + 1, …, out]`, zero-padded by (k − 1)/2 on every side (PyTorch's
 * convention: a stride-2 3×3 convolution is centred on the same pixels a stride-2 subsampling shortcut keeps).
 */
export function applyConv(conv: Conv, x: tf.Tensor4D): tf.Tensor4D {
  const kernel = conv.weight.shape[0];
  const y = tf.conv2d(x, conv.weight as tf.Tensor4D, conv.stride, (kernel - 1) / 2);
  return conv.bias ? tf.add(y, conv.bias) : y;
}

/** `[batch, in]` → `[batch, out]`. */
export function applyDense(dense: Dense, x: tf.Tensor2D): tf.Tensor2D {
  const y = tf.matMul(x, dense.weight) as tf.Tensor2D;
  return dense.bias ? (tf.add(y, dense.bias) as tf.Tensor2D) : y;
}

/** Options of `applyBatchNorm`. */
export interface BatchNormOptions {
  /** Follow BatchNorm with ReLU, max(0, y), in the same op (one kernel forward and one backward on wasm). */
  relu?: boolean;
}

/**
 * BatchNorm, y = γ·x̂ + β with x̂ = (x − μ) / √(σ² + ε), over every axis but the last; then ReLU when `relu`.
 *
 * Training mode normalises with the batch's mean μ and (biased) variance σ², and the gradient accounts for
 * μ and σ² depending on x: one fused op, `batchNormTrain` (a SIMD kernel on wasm; elsewhere TF.js ops with the
 * hand-written gradient ∂L/∂x = γ/√(σ² + ε) · (dy − mean(dy) − x̂·mean(dy·x̂))). When `updateStats` is set the
 * running statistics move by `BN_MOMENTUM` towards the batch's (the running variance takes the unbiased
 * N/(N − 1)·σ²), both in one `movingAverageStep` (one kernel on wasm). Evaluation mode uses the running
 * statistics (ordinary autodiff).
 */
export function applyBatchNorm<T extends tf.Tensor>(bn: BatchNorm, x: T, ctx: ForwardContext, {relu = false}: BatchNormOptions = {}): T {
  if (!ctx.training) {
    const inverse = tf.mul(tf.rsqrt(tf.add(bn.runningVariance, BN_EPSILON)), bn.scale);
    const y = tf.add(tf.mul(tf.sub(x, bn.runningMean), inverse), bn.shift) as T;
    return relu ? tf.relu(y) : y;
  }
  const {y, mean, variance} = batchNormTrain(x, bn.scale as tf.Tensor1D, bn.shift as tf.Tensor1D, {epsilon: BN_EPSILON, relu});
  if (ctx.setsStatistics) {
    bn.runningMean.assign(mean);
    bn.runningVariance.assign(variance);
  } else if (ctx.updateStats) updateRunningStats(bn, mean, variance, x.size / x.shape[x.rank - 1]);
  return y;
}

/** Moves the running statistics by `BN_MOMENTUM` towards the batch's (the variance unbiased: N/(N − 1)·σ²), in one op. */
function updateRunningStats(bn: BatchNorm, mean: tf.Tensor, variance: tf.Tensor, count: number): void {
  const unbiased = count > 1 ? count / (count - 1) : 1;
  movingAverageStep(
    [
      {average: bn.runningMean, batch: mean, scale: 1},
      {average: bn.runningVariance, batch: variance, scale: unbiased}
    ],
    BN_MOMENTUM
  );
}

/**
 * One unit of a forward pass, with or without letting go of memory (ForwardOptions.isInferenceOnly): when `enabled`,
 * `compute` runs in its own tidy — its intermediates are freed at once — and the feature map it consumed is freed
 * too (never the pass's own input, which belongs to the caller). Disabled, it is just `compute()`: a pass that will be
 * differentiated needs every intermediate until the backward pass.
 */
export function inferenceStep(input: tf.Tensor, enabled: boolean) {
  return <T extends tf.Tensor>(current: tf.Tensor, compute: () => T): T => {
    if (!enabled) return compute();
    const next = tf.tidy(compute);
    if (current !== input && current !== next && !current.isDisposed) current.dispose();
    return next;
  };
}
