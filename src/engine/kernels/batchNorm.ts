/**
 * Training-mode BatchNorm (optionally followed by ReLU) as one op with one gradient kernel:
 *
 *   μ = mean(x), σ² = mean((x − μ)²) over every axis but the last (channels),
 *   y = γ·(x − μ)/√(σ² + ε) + β,   then max(0, y) when `relu`.
 *
 * TF.js composes this from about a dozen element-wise ops and reductions over the outer axes (which its wasm
 * backend computes by transposing), and autodiff doubles that. On the wasm backend `batchNormTrain` runs one
 * SIMD kernel forward and one backward (`assembly/batchNorm.ts`); on any other backend it is the same maths
 * in TF.js ops, so results agree within float32 rounding everywhere.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {GradConfig, KernelConfig, KernelFunc, NamedAttrMap, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {hasKernelModule, kernelsFor, Scratch} from "./kernelModule.js";
import {heapOffset} from "./wasmTensors.js";

/** Kernel names (the project's own, registered for the wasm backend). */
export const BATCH_NORM_TRAIN = "ResnetBatchNormTrain";
export const BATCH_NORM_TRAIN_GRAD = "ResnetBatchNormTrainGrad";

/** Options: ε added to the variance, and whether ReLU follows. */
export interface BatchNormTrainOptions {
  epsilon?: number;
  relu?: boolean;
}

/** y (shape of x), and the batch mean and biased variance `[channels]` (for running statistics). */
export interface BatchNormTrainResult<T extends tf.Tensor> {
  y: T;
  mean: tf.Tensor1D;
  variance: tf.Tensor1D;
}

/** The same maths in TF.js ops (any backend; autodiff gives the gradient). */
function composite<T extends tf.Tensor>(x: T, scale: tf.Tensor1D, shift: tf.Tensor1D, epsilon: number, relu: boolean): BatchNormTrainResult<T> {
  const axes = x.shape.slice(0, -1).map((_, i) => i);
  const {mean, variance} = tf.moments(x, axes);
  const inverse = tf.mul(tf.rsqrt(tf.add(variance, epsilon)), scale);
  const y = tf.add(tf.mul(tf.sub(x, mean), inverse), shift);
  return {y: (relu ? tf.relu(y) : y) as T, mean: mean as tf.Tensor1D, variance: variance as tf.Tensor1D};
}

/**
 * Training-mode BatchNorm of `x` `[..., channels]` with scale γ and shift β `[channels]`, then ReLU if asked.
 * Differentiable with respect to x, γ and β (the returned mean and variance carry no gradient).
 */
export function batchNormTrain<T extends tf.Tensor>(x: T, scale: tf.Tensor1D, shift: tf.Tensor1D, {epsilon = 1e-5, relu = false}: BatchNormTrainOptions = {}): BatchNormTrainResult<T> {
  if (!tf.getKernel(BATCH_NORM_TRAIN, tf.getBackend())) return composite(x, scale, shift, epsilon, relu);
  const attrs = {epsilon, relu} as unknown as NamedAttrMap;
  const [y, mean, variance] = tf.engine().runKernel(BATCH_NORM_TRAIN, {x, scale, shift}, attrs) as tf.Tensor[];
  return {y: y as T, mean: mean as tf.Tensor1D, variance: variance as tf.Tensor1D};
}

interface BatchNormArgs {
  inputs: Record<string, TensorInfo>;
  backend: BackendWasm;
  attrs: {epsilon: number; relu: boolean};
}

function rowsAndChannels(x: TensorInfo): [number, number] {
  const channels = x.shape[x.shape.length - 1];
  return [tf.util.sizeFromShape(x.shape) / channels, channels];
}

function forwardWasm({inputs, backend, attrs}: BatchNormArgs): TensorInfo[] {
  const {x, scale, shift} = inputs;
  const [rows, channels] = rowsAndChannels(x);
  const y = backend.makeOutput(x.shape, "float32");
  const mean = backend.makeOutput([channels], "float32");
  const variance = backend.makeOutput([channels], "float32");
  const scratch = new Scratch(backend);
  try {
    const work = scratch.alloc(4 * channels);
    kernelsFor(backend).batchNormForward(
      heapOffset(backend, x), rows, channels, heapOffset(backend, scale), heapOffset(backend, shift),
      attrs.epsilon, attrs.relu ? 1 : 0, heapOffset(backend, y), heapOffset(backend, mean), heapOffset(backend, variance), work
    );
  } finally {
    scratch.release();
  }
  return [y, mean, variance];
}

function backwardWasm({inputs, backend, attrs}: BatchNormArgs): TensorInfo[] {
  const {x, y, dy, scale, mean, variance} = inputs;
  const [rows, channels] = rowsAndChannels(x);
  const dx = backend.makeOutput(x.shape, "float32");
  const dScale = backend.makeOutput([channels], "float32");
  const dShift = backend.makeOutput([channels], "float32");
  const scratch = new Scratch(backend);
  try {
    const work = scratch.alloc(4 * channels);
    kernelsFor(backend).batchNormBackward(
      heapOffset(backend, x), heapOffset(backend, y), heapOffset(backend, dy), rows, channels, heapOffset(backend, scale),
      heapOffset(backend, mean), heapOffset(backend, variance), attrs.epsilon, attrs.relu ? 1 : 0,
      heapOffset(backend, dx), heapOffset(backend, dScale), heapOffset(backend, dShift), work
    );
  } finally {
    scratch.release();
  }
  return [dx, dScale, dShift];
}

/** The gradient: one backward kernel gives dx, dγ and dβ. */
export const batchNormTrainGradConfig: GradConfig = {
  kernelName: BATCH_NORM_TRAIN,
  inputsToSave: ["x", "scale"],
  outputsToSave: [true, true, true],
  gradFunc: (dys, saved, attrs) => {
    const [x, scale, y, mean, variance] = saved;
    const dy = (Array.isArray(dys) ? dys[0] : dys) as tf.Tensor;
    const [dx, dScale, dShift] = tf.engine().runKernel(BATCH_NORM_TRAIN_GRAD, {x, y, dy, scale, mean, variance}, attrs) as tf.Tensor[];
    return {x: () => dx, scale: () => dScale, shift: () => dShift};
  }
};

/** Whether the SIMD kernels can run on this backend (else `batchNormTrain` keeps to TF.js ops). */
function guard(kernel: (args: BatchNormArgs) => TensorInfo[]): KernelFunc {
  return ((args: BatchNormArgs) => {
    if (!hasKernelModule(args.backend)) throw new Error("the SIMD kernel module is not available");
    return kernel(args);
  }) as unknown as KernelFunc;
}

/** The wasm kernel configs (registered only when the SIMD module compiled). */
export const batchNormWasmConfigs: KernelConfig[] = [
  {kernelName: BATCH_NORM_TRAIN, backendName: "wasm", kernelFunc: guard(forwardWasm)},
  {kernelName: BATCH_NORM_TRAIN_GRAD, backendName: "wasm", kernelFunc: guard(backwardWasm)}
];
