/**
 * The project's kernels for TF.js's wasm backend.
 *
 * TF.js's wasm backend cannot train a conv net: it has no `Conv2DBackpropFilter` (tfjs#8474), and its
 * convolutions run the small, narrow products of a tiny ResNet slowly. `registerWasmKernels()` registers
 * SIMD WebAssembly kernels (AssemblyScript, `assembly/`) that work in place on the backend's memory for
 * `Conv2D`, `FusedConv2D` (bias + ReLU), `Conv2DBackpropInput` and `Conv2DBackpropFilter`, a copy-free
 * `Identity` (autodiff clones every saved tensor), and three fused ops: `batchNormTrain` (BatchNorm + ReLU),
 * `sgdMomentumStep` (the optimizer step for every parameter in one call) and `movingAverageStep` (every
 * BatchNorm running statistic in one call). Cases they do not
 * handle (dilations, NCHW, other fused activations) go to TF.js's own kernels; if the SIMD module cannot be
 * compiled, `Conv2DBackpropFilter` falls back on a plain TypeScript kernel and the others on TF.js's.
 *
 * Usage (in Node or a worker): `await tf.setBackend("wasm"); await registerWasmKernels();`
 */
import * as tf from "@tensorflow/tfjs-core";
import type {KernelConfig} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {conv2dConfigs} from "./conv2d.js";
import {conv2dBackpropFilterConfig, conv2dBackpropFilterReferenceConfig} from "./conv2dBackpropFilter.js";
import {conv2dBackpropInputConfigs} from "./conv2dBackpropInput.js";
import {identityConfigs} from "./identity.js";
import {SGD_MOMENTUM, sgdWasmConfig} from "./sgd.js";
import {MOVING_AVERAGE, movingAverageWasmConfig} from "./runningStats.js";
import {BATCH_NORM_TRAIN, BATCH_NORM_TRAIN_GRAD, batchNormTrainGradConfig, batchNormWasmConfigs} from "./batchNorm.js";
import {hasKernelModule, hasRelaxedSimd, limitThreads, prepareKernelModule, startKernels, threadStatus} from "./kernelModule.js";

export {batchNormTrain} from "./batchNorm.js";
export type {BatchNormTrainOptions, BatchNormTrainResult} from "./batchNorm.js";
export {sgdMomentumStep} from "./sgd.js";
export type {SgdStepOptions} from "./sgd.js";
export {movingAverageStep} from "./runningStats.js";
/** Threads the project's convolutions will use on a wasm backend (for a backend report, before the pool starts). */
export {plannedKernelThreads} from "./kernelModule.js";
export type {MovingAverageUpdate} from "./runningStats.js";

/** Which kernels run a convolution on wasm: the project's, or TF.js's own (for benchmarks). */
export type KernelSet = "project" | "tfjs";

interface Registration {
  project: KernelConfig[];
  /** TF.js's own configs for the names `project` replaces, and the reference Conv2DBackpropFilter (TF.js has none). */
  tfjs: KernelConfig[];
  /** Why the SIMD module is unavailable, or null when it is in use. */
  simdError: string | null;
}

let registration: Promise<Registration> | null = null;

function initializedWasmBackend(): BackendWasm | null {
  const registry = (tf.engine() as unknown as {registry: Record<string, unknown>}).registry;
  return (registry.wasm as BackendWasm | undefined) ?? null;
}

function install(configs: KernelConfig[]): void {
  for (const config of configs) {
    if (tf.getKernel(config.kernelName, config.backendName) === config) continue;
    if (tf.getKernel(config.kernelName, config.backendName)) tf.unregisterKernel(config.kernelName, config.backendName);
    tf.registerKernel(config);
  }
}

async function register(): Promise<Registration> {
  let simdError: string | null = null;
  try {
    await prepareKernelModule(initializedWasmBackend());
  } catch (error) {
    simdError = error instanceof Error ? error.message : String(error);
  }
  const conv = conv2dConfigs();
  const input = conv2dBackpropInputConfigs();
  const identity = identityConfigs();
  const project = [...conv.configs, ...input.configs, conv2dBackpropFilterConfig, ...identity.configs];
  install(project);
  install([movingAverageWasmConfig]);
  if (simdError === null) {
    install([...batchNormWasmConfigs, sgdWasmConfig]);
    if (!tf.getGradient(batchNormTrainGradConfig.kernelName)) tf.registerGradient(batchNormTrainGradConfig);
    const backend = initializedWasmBackend();
    if (backend && hasKernelModule(backend)) await startKernels(backend);
  }
  return {project, tfjs: [...conv.fallbacks, ...input.fallbacks, conv2dBackpropFilterReferenceConfig, ...identity.fallbacks], simdError};
}

/**
 * Registers the project's kernels for the `wasm` backend. Idempotent: later calls return the first call's
 * promise. Call it once the wasm backend is ready (`await tf.setBackend("wasm")`); it also works before, at
 * the cost of compiling both module variants (plain and shared memory).
 */
export async function registerWasmKernels(): Promise<void> {
  registration ??= register();
  await registration;
}

/**
 * What `registerWasmKernels` installed: the kernel names, and whether the SIMD module runs them (if not,
 * why) — for the backend report a page shows.
 */
export async function wasmKernelStatus(): Promise<WasmKernelStatus> {
  const {project, simdError} = await (registration ?? register());
  const backend = initializedWasmBackend();
  const threads = backend && simdError === null ? threadStatus(backend) : {helpers: 0, error: null};
  return {
    kernels: project.map((config) => config.kernelName),
    isSimd: simdError === null,
    simdError,
    isRelaxedSimd: simdError === null && hasRelaxedSimd(),
    threads: threads.helpers + 1,
    threadError: threads.error
  };
}

/** Names of the kernels `registerWasmKernels` registers (or will), e.g. for a backend report. */
export function wasmKernelNames(): string[] {
  return [tf.Conv2D, tf.FusedConv2D, tf.Conv2DBackpropInput, tf.Conv2DBackpropFilter, tf.Identity, BATCH_NORM_TRAIN, BATCH_NORM_TRAIN_GRAD, SGD_MOMENTUM, MOVING_AVERAGE];
}

/** What runs the project's kernels: for a page's or a benchmark's report. */
export interface WasmKernelStatus {
  /** Kernel names registered for the wasm backend. */
  kernels: string[];
  /** True when the SIMD module runs them; false: fallbacks (and `simdError` says why). */
  isSimd: boolean;
  simdError: string | null;
  /** True when the module uses relaxed SIMD's fused multiply-add. */
  isRelaxedSimd: boolean;
  /** Threads a convolution is split over (1: single-threaded; `threadError` says why when helpers failed). */
  threads: number;
  threadError: string | null;
}

/**
 * Benchmarks only: register (true, the default after `registerWasmKernels`) or remove (false) the wasm kernels of
 * the fused ops `batchNormTrain`, `sgdMomentumStep` and `movingAverageStep`. Without them these run as TF.js
 * ops — what the engine computed before it called the fused ops — so one run can time the engine both ways.
 */
export async function useFusedKernels(isFused: boolean): Promise<void> {
  const {simdError} = await (registration ?? Promise.reject(new Error("registerWasmKernels() first")));
  const configs = [movingAverageWasmConfig, ...(simdError === null ? [...batchNormWasmConfigs, sgdWasmConfig] : [])];
  if (isFused) install(configs);
  else for (const config of configs) if (tf.getKernel(config.kernelName, config.backendName)) tf.unregisterKernel(config.kernelName, config.backendName);
}

/** Benchmarks only: split convolutions over at most `threads` threads (Infinity: as many as there are). */
export function useKernelThreads(threads: number): void {
  limitThreads(threads);
}

/**
 * Benchmarks only: switch the convolution kernels between the project's and TF.js's own (which lacks
 * Conv2DBackpropFilter: the project's plain TypeScript one stands in). `registerWasmKernels` first.
 */
export async function useKernelSet(set: KernelSet): Promise<void> {
  const {project, tfjs} = await (registration ?? Promise.reject(new Error("registerWasmKernels() first")));
  install(set === "project" ? project : tfjs);
}
