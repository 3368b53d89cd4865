/**
 * Kernel microbenchmarks: GFLOP/s of the three products of every convolution shape in the reference model
 * (batch 64) — forward (Conv2D), backprop-input and backprop-filter — on the current TF.js backend, plus the
 * conv-shaped matrix product the performance issue quotes (12544×72 · 72×8) as tf.matMul.
 * FLOPs = 2 · (output pixels) · (fh·fw·inC) · outC for each product.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {NamedAttrMap} from "@tensorflow/tfjs-core";
import {medianMs} from "./measure.ts";

/** One convolution: x `[batch, h, w, inC]`, a k×k filter to outC channels, stride, padding (k − 1)/2. */
export interface ConvShape {
  label: string;
  x: [number, number, number, number];
  kernel: number;
  outC: number;
  stride: 1 | 2;
}

/** The distinct convolutions of the reference model (widths 8/16/32 on 14×14 inputs), batch 64. */
export const REFERENCE_CONVS: ConvShape[] = [
  {label: "stem 14×14 1→8", x: [64, 14, 14, 1], kernel: 3, outC: 8, stride: 1},
  {label: "stage 1 14×14 8→8", x: [64, 14, 14, 8], kernel: 3, outC: 8, stride: 1},
  {label: "stage 2 entry 8→16 /2", x: [64, 14, 14, 8], kernel: 3, outC: 16, stride: 2},
  {label: "stage 2 7×7 16→16", x: [64, 7, 7, 16], kernel: 3, outC: 16, stride: 1},
  {label: "stage 3 entry 16→32 /2", x: [64, 7, 7, 16], kernel: 3, outC: 32, stride: 2},
  {label: "stage 3 4×4 32→32", x: [64, 4, 4, 32], kernel: 3, outC: 32, stride: 1}
];

/** GFLOP/s of each product (NaN where the backend has no kernel). */
export interface ConvRates {
  forward: number;
  backpropInput: number;
  backpropFilter: number;
}

function convFlops(shape: ConvShape): number {
  const [b, h, w, c] = shape.x;
  const outH = Math.floor((h - 1) / shape.stride) + 1;
  const outW = Math.floor((w - 1) / shape.stride) + 1;
  return 2 * b * outH * outW * shape.kernel * shape.kernel * c * shape.outC;
}

/** Times one kernel by name through the engine (the exact kernel a training step runs). */
function kernelRate(name: string, inputs: Record<string, tf.Tensor>, attrs: object, flops: number, reps: number): number {
  if (!tf.getKernel(name, tf.getBackend())) return NaN;
  const ms = medianMs(() => tf.dispose(tf.engine().runKernel(name, inputs, attrs as NamedAttrMap) as tf.Tensor), {reps, warmup: Math.min(3, reps)});
  return flops / ms / 1e6;
}

/** GFLOP/s of the three products of `shape` on the current backend. */
export function measureConv(shape: ConvShape, reps: number): ConvRates {
  return tf.tidy(() => {
    const pad = (shape.kernel - 1) / 2;
    const x = tf.randomNormal(shape.x, 0, 1, "float32", 1) as tf.Tensor4D;
    const filter = tf.randomNormal([shape.kernel, shape.kernel, shape.x[3], shape.outC], 0, 1, "float32", 2) as tf.Tensor4D;
    const dy = tf.randomNormal(tf.conv2d(x, filter, shape.stride, pad).shape, 0, 1, "float32", 3);
    const conv = {strides: shape.stride, pad, dataFormat: "NHWC", dilations: 1, dimRoundingMode: undefined};
    const flops = convFlops(shape);
    return {
      forward: kernelRate("Conv2D", {x, filter}, conv, flops, reps),
      backpropInput: kernelRate("Conv2DBackpropInput", {dy, filter}, {...conv, inputShape: shape.x}, flops, reps),
      backpropFilter: kernelRate("Conv2DBackpropFilter", {x, dy}, {...conv, filterShape: filter.shape}, flops, reps)
    };
  });
}

/** GFLOP/s of tf.matMul on an m×k · k×n product. */
export function measureMatMul(m: number, k: number, n: number, reps: number): number {
  return tf.tidy(() => {
    const a = tf.randomNormal([m, k], 0, 1, "float32", 4) as tf.Tensor2D;
    const b = tf.randomNormal([k, n], 0, 1, "float32", 5) as tf.Tensor2D;
    return (2 * m * k * n) / medianMs(() => tf.matMul(a, b).dispose(), {reps, warmup: Math.min(3, reps)}) / 1e6;
  });
}
