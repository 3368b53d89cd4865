/**
 * A correctness check to run where the benchmark runs (the bench page in Chromium): the project's kernels as
 * they run there — embedded binaries, relaxed SIMD, helper threads on shared memory — against TF.js's cpu
 * backend, on convolutions of several shapes (the three products and the fused conv) and on batchNormTrain.
 */
import * as tf from "@tensorflow/tfjs-core";
import {batchNormTrain, registerWasmKernels, wasmKernelStatus, type WasmKernelStatus} from "../../src/engine/kernels/index.ts";

/** Largest |a − b| over the largest |b|. */
function relativeError(a: Float32Array, b: Float32Array): number {
  let diff = a.length === b.length ? 0 : Infinity;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Number.isFinite(a[i]) ? Math.abs(a[i] - b[i]) : Infinity);
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  stride: 1 | 2;
  pad: number | "same" | "valid";
}

const CASES: Case[] = [
  {x: [8, 14, 14, 8], filter: [3, 3, 8, 8], stride: 1, pad: 1},
  {x: [8, 14, 14, 8], filter: [3, 3, 8, 16], stride: 2, pad: 1},
  {x: [5, 7, 7, 16], filter: [3, 3, 16, 32], stride: 2, pad: "same"},
  {x: [3, 9, 9, 5], filter: [3, 3, 5, 7], stride: 1, pad: "valid"},
  {x: [4, 6, 6, 6], filter: [1, 1, 6, 10], stride: 2, pad: 0}
];

function products(c: Case): tf.Tensor[] {
  const x = tf.randomUniform(c.x, -1, 1, "float32", 1) as tf.Tensor4D;
  const w = tf.randomUniform(c.filter, -1, 1, "float32", 2) as tf.Tensor4D;
  const bias = tf.randomUniform([c.filter[3]], -1, 1, "float32", 3) as tf.Tensor1D;
  const y = tf.conv2d(x, w, c.stride, c.pad);
  const g = tf.randomUniform(y.shape, -1, 1, "float32", 4);
  const fused = tf.fused.conv2d({x, filter: w, bias, strides: c.stride, pad: c.pad, activation: "relu"});
  const grads = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad), g)))([x, w]);
  const scale = tf.randomUniform([c.x[3]], 0.5, 1.5, "float32", 5) as tf.Tensor1D;
  const shift = tf.randomUniform([c.x[3]], -1, 1, "float32", 6) as tf.Tensor1D;
  const bnGrads = tf.grads((a: tf.Tensor, s: tf.Tensor, t: tf.Tensor) => tf.sum(tf.mul(batchNormTrain(a, s as tf.Tensor1D, t as tf.Tensor1D, {relu: true}).y, tf.sin(a))))([x, scale, shift]);
  return [y, fused, ...grads, ...bnGrads];
}

async function valuesOn(backend: string, c: Case): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const out = tf.tidy(() => products(c));
  const values = out.map((t) => t.dataSync() as Float32Array);
  tf.dispose(out);
  return values;
}

/** The largest relative error over every case and product, and what ran the kernels. */
export async function verifyKernels(): Promise<{maxError: number; errors: number[][]; status: WasmKernelStatus}> {
  await tf.setBackend("wasm");
  await registerWasmKernels();
  const errors: number[][] = [];
  for (const c of CASES) {
    const expected = await valuesOn("cpu", c);
    const actual = await valuesOn("wasm", c);
    errors.push(actual.map((values, i) => relativeError(values, expected[i])));
  }
  return {maxError: Math.max(...errors.flat()), errors, status: await wasmKernelStatus()};
}
