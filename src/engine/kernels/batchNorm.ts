/**
 * Training-mode BatchNorm (optionally followed by ReLU) as one op with one gradient kernel:
 *
 *   μ = mean(x), σ² = mean((x − μ)²) over every axis but the last (channels),
 *   y = γ·(x − μ)/√(σ² + ε) + β,   then max(0, y) when `relu`.
 *
 * TF.js composes this from about a dozen element-wise ops and reductions over the outer axes (which its wasm
 * backend computes by transposing), and autodiff doubles that. On the wasm backend `batchNormTrain` runs one
 * SIMD kernel forward and one backward (`assembly/batchNorm.ts`); on any other backend (or when the kernel is
 * not registered) it is the same maths in TF.js ops with a hand-written gradient, so results agree within
 * float32 rounding everywhere.
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

/**
 * The same maths in TF.js ops (any backend): BatchNorm as one custom-gradient op, then ReLU. With N values per
 * channel the gradient accounts for μ and σ² depending on x:
 *   ∂L/∂β = Σ dy,   ∂L/∂γ = Σ dy·x̂,   ∂L/∂x = γ/√(σ² + ε) · (dy − (1/N)·Σ dy − x̂·(1/N)·Σ dy·x̂).
 */
function composite<T extends tf.Tensor>(x: T, scale: tf.Tensor1D, shift: tf.Tensor1D, epsilon: number, relu: boolean): BatchNormTrainResult<T> {
  const axes = x.shape.slice(0, -1).map((_, i) => i);
  const count = x.size / x.shape[x.rank - 1];
  let stats: {mean: tf.Tensor1D; variance: tf.Tensor1D} | null = null;
  const normalize = tf.customGrad((...args) => {
    const [input, gamma, beta, save] = args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    const mean = tf.mean(input, axes) as tf.Tensor1D;
    const centered = tf.sub(input, mean);
    const variance = tf.mean(tf.square(centered), axes) as tf.Tensor1D;
    const inverseStd = tf.rsqrt(tf.add(variance, epsilon));
    const normalized = tf.mul(centered, inverseStd);
    // customGrad runs this inside a tidy that would dispose the statistics: keep them, re-own them below.
    stats = {mean: tf.keep(mean), variance: tf.keep(variance)};
    save([normalized, inverseStd, gamma]);
    return {
      value: tf.add(tf.mul(normalized, gamma), beta),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xHat, invStd, g] = saved;
        const dShift = tf.sum(dy, axes);
        const dScale = tf.sum(tf.mul(dy, xHat), axes);
        const correction = tf.add(tf.div(dShift, count), tf.mul(xHat, tf.div(dScale, count)));
        return [tf.mul(tf.sub(dy, correction), tf.mul(g, invStd)), dScale, dShift];
      }
    };
  });
  const y = normalize(x, scale, shift);
  const kept: {mean: tf.Tensor1D; variance: tf.Tensor1D} = stats!;
  const [mean, variance] = [tf.clone(kept.mean), tf.clone(kept.variance)];
  tf.dispose([kept.mean, kept.variance]);
  return {y: (relu ? tf.relu(y) : y) as T, mean, variance};
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
