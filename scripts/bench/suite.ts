/**
 * The benchmark suite, run wherever TF.js runs (Node, or the bench worker in Chromium): for each variant —
 * a backend and a choice of kernels — the convolution kernels' GFLOP/s and the reference model's training
 * throughput. Variants:
 * - `cpu`: TF.js's cpu backend (plain JavaScript).
 * - `wasm-tfjs`: TF.js's wasm backend with its own kernels; its missing Conv2DBackpropFilter is the project's
 *   plain TypeScript one (M1). "Before".
 * - `wasm`: the project's SIMD kernels registered (`registerWasmKernels()`), BatchNorm from TF.js ops.
 * - `wasm-fused`: as `wasm`, with the project's fused ops: `batchNormTrain` (BatchNorm + ReLU) and
 *   `sgdMomentumStep` (the whole optimizer step in one call).
 *   For the engine's own loop (which always calls the fused ops), `wasm-tfjs` and `wasm` remove the fused ops'
 *   kernels, so those ops run as TF.js ops: the engine as it was before it used them.
 * - `wasm-fused-1t`: as `wasm-fused` on one thread (where the others split convolutions over helper threads;
 *   skipped where there are none, e.g. in Node).
 */
import * as tf from "@tensorflow/tfjs-core";
import {getThreadsCount} from "@tensorflow/tfjs-backend-wasm";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {registerWasmKernels, useFusedKernels, useKernelSet, useKernelThreads, wasmKernelStatus} from "../../src/engine/kernels/index.ts";
import {backendMemory, isSharedMemory} from "../../src/engine/kernels/kernelModule.ts";
import {measureConv, measureMatMul, REFERENCE_CONVS, type ConvRates} from "./kernelBench.ts";
import {estimateTwinBatching, measureEngine, type EngineMode, type EngineResult, type TwinEstimate} from "./engineBench.ts";
import {profileStep, type KernelTime} from "./profileBench.ts";
import {measureTraining, type TrainResult} from "./trainBench.ts";

export const VARIANTS = ["cpu", "wasm-tfjs", "wasm", "wasm-fused", "wasm-fused-1t"] as const;
export type Variant = (typeof VARIANTS)[number];
/** PyTorch's steps, interleaved with the engine's (1 and 2 threads). */
export type TorchMode = "pytorch-1t" | "pytorch-2t";

/** The reference models: plain and residual, depth 20 and 56. */
export const MODELS = ["plain-20", "residual-20", "plain-56", "residual-56"] as const;
export type ModelName = (typeof MODELS)[number];

export interface SuiteOptions {
  variants: Variant[];
  models: ModelName[];
  /** Timed repetitions per kernel. */
  kernelReps: number;
  /** Timed steps per model on the fast variants (the cpu variant times one step of plain-20 only). */
  trainSteps: number;
  /** Skip the kernel microbenchmarks. */
  skipKernels?: boolean;
  /** Also train every model on cpu (minutes per step at depth 56). */
  full?: boolean;
  /** Also profile one step of the first model per wasm variant (kernel times). */
  profile?: boolean;
  /** Skip the engine's own training loop (measured on every wasm variant). */
  skipEngine?: boolean;
  /** Also estimate what training twins in one batched computation could save (MLPs, wasm-fused). */
  twins?: boolean;
  /** URL of PyTorch's step server (torch.ts, `serveTorchSteps`): its steps join the engine's interleaved modes. */
  torchUrl?: string | null;
}

export interface KernelRow {
  variant: Variant;
  shape: string;
  rates: ConvRates;
}

export interface TrainRow {
  variant: Variant;
  model: ModelName;
  result: TrainResult;
}

export interface SuiteResult {
  environment: Record<string, string | number | boolean>;
  kernels: KernelRow[];
  matMul: {variant: Variant; shape: string; gflops: number}[];
  training: TrainRow[];
  profiles: {variant: Variant; model: ModelName; kernels: KernelTime[]; stepMs: number}[];
  /** The engine's training loop (its own ops; the kernel set and threads of the variant), and PyTorch's steps. */
  engine: {variant: Variant | TorchMode; result: EngineResult}[];
  /** The twin-batching estimate (`twins`). */
  twins: TwinEstimate[];
}

/** Activates a variant; false when it would only repeat another here (one thread where there is only one). */
async function activate(variant: Variant): Promise<boolean> {
  if (variant === "cpu") {
    await tf.setBackend("cpu");
    return true;
  }
  await tf.setBackend("wasm");
  await registerWasmKernels();
  await useKernelSet(variant === "wasm-tfjs" ? "tfjs" : "project");
  // The engine calls batchNormTrain and sgdMomentumStep everywhere; without their kernels they run as TF.js ops.
  await useFusedKernels(variant.startsWith("wasm-fused"));
  useKernelThreads(variant === "wasm-fused-1t" ? 1 : Infinity);
  return variant !== "wasm-fused-1t" || (await wasmKernelStatus()).threads > 1;
}

function parseModel(model: ModelName): {depth: number; isResidual: boolean} {
  const [kind, depth] = model.split("-");
  return {depth: Number(depth), isResidual: kind === "residual"};
}

/** Runs the suite; `log` receives one line per measurement as it completes. */
export async function runSuite(options: SuiteOptions, log: (line: string) => void): Promise<SuiteResult> {
  const result: SuiteResult = {environment: {}, kernels: [], matMul: [], training: [], profiles: [], engine: [], twins: []};
  for (const variant of options.variants) {
    if (!(await activate(variant))) {
      log(`${variant}: skipped (the kernels run on one thread here anyway)`);
      continue;
    }
    // wasm-fused runs the same convolution kernels as wasm.
    if (!options.skipKernels && variant !== "wasm-fused") {
      const reps = variant === "cpu" ? 2 : options.kernelReps;
      for (const shape of REFERENCE_CONVS) {
        const rates = measureConv(shape, variant === "wasm-tfjs" ? Math.min(reps, 5) : reps);
        result.kernels.push({variant, shape: shape.label, rates});
        log(`kernels ${variant} ${shape.label}: ${[rates.forward, rates.backpropInput, rates.backpropFilter].map((r) => r.toFixed(2)).join(" / ")} GFLOP/s`);
      }
      const gflops = measureMatMul(12544, 72, 8, reps);
      result.matMul.push({variant, shape: "12544×72 · 72×8", gflops});
      log(`matMul ${variant} 12544×72·72×8: ${gflops.toFixed(2)} GFLOP/s`);
    }
    for (const model of options.models) {
      const isCpu = variant === "cpu";
      if (isCpu && !options.full && model !== "plain-20") continue;
      const steps = isCpu ? 1 : variant === "wasm-tfjs" ? Math.min(3, options.trainSteps) : options.trainSteps;
      const {depth, isResidual} = parseModel(model);
      const trained = measureTraining({depth, isResidual, batchNorm: variant.startsWith("wasm-fused") ? "fused" : "ops", steps, split: !isCpu});
      result.training.push({variant, model, result: trained});
      log(`train ${variant} ${model}: ${trained.imagesPerSecond.toFixed(1)} img/s (${trained.stepMs.toFixed(1)} ms/step)`);
    }
    if (options.profile && variant !== "cpu" && options.models.length > 0) {
      const model = options.models[0];
      const {kernels, stepMs} = await profileStep({...parseModel(model), isFused: variant.startsWith("wasm-fused")});
      result.profiles.push({variant, model, kernels, stepMs});
      log(`profile ${variant} ${model}: ${kernels.slice(0, 3).map((k) => `${k.kernel} ${k.ms.toFixed(1)} ms`).join(", ")}`);
    }
  }
  if (!options.skipEngine) await measureEngineVariants(options, result, log);
  if (options.twins && (await activate("wasm-fused"))) {
    result.twins = await estimateTwinBatching([20, 56], 3 * options.trainSteps);
    for (const t of result.twins) log(`twins MLP-${t.depth}: width 16 ${t.singleMs.toFixed(1)} ms, width 32 ${t.doubleMs.toFixed(1)} ms → ${t.ratio.toFixed(2)}×`);
  }
  useKernelThreads(Infinity);
  result.environment = await describeEnvironment(options.variants);
  return result;
}

/**
 * The engine's training loop in every wasm variant, interleaved step by step (see engineBench.ts). The engine's
 * code is the same in every variant: the registered kernels (convolutions; the fused ops' kernels or their
 * TF.js-ops fallback) and the threads differ.
 */
async function measureEngineVariants(options: SuiteOptions, result: SuiteResult, log: (line: string) => void): Promise<void> {
  const variants: Variant[] = [];
  for (const variant of options.variants.filter((v) => v !== "cpu")) if (await activate(variant)) variants.push(variant);
  const modes: EngineMode<Variant | TorchMode>[] = variants.map((variant) => ({name: variant, activate: () => activate(variant), steps: variant === "wasm-tfjs" ? Math.min(4, options.trainSteps) : options.trainSteps}));
  if (options.torchUrl) {
    for (const threads of [1, 2]) {
      const external = async (model: ModelName) => ((await (await fetch(`${options.torchUrl}?model=${model}&threads=${threads}`)).json()) as {ms: number}).ms;
      modes.push({name: `pytorch-${threads}t` as TorchMode, activate: async () => undefined, steps: options.trainSteps, external});
    }
  }
  for (const {mode, ...engineResult} of await measureEngine(options.models, modes, "conv")) {
    // PyTorch's rows are its steps of the same conv nets, taken in turn with the engine's.
    result.engine.push({variant: mode, result: engineResult});
    log(`engine ${mode} ${engineResult.model}: ${engineResult.imagesPerSecond.toFixed(1)} img/s`);
  }
  // The default demo's MLPs: the cpu backend against wasm (the fused ops' kernels removed, and registered).
  const mlpVariants = options.variants.filter((v) => v === "cpu" || v === "wasm" || v === "wasm-fused");
  if (mlpVariants.length < 2) return;
  const mlpModes = mlpVariants.map((variant) => ({name: variant, activate: () => activate(variant), steps: options.trainSteps}));
  for (const {mode, ...engineResult} of await measureEngine(options.models, mlpModes, "mlp")) {
    result.engine.push({variant: mode, result: engineResult});
    log(`engine MLP ${mode} ${engineResult.model}: ${engineResult.imagesPerSecond.toFixed(1)} img/s`);
  }
}

async function describeEnvironment(variants: Variant[]): Promise<Record<string, string | number | boolean>> {
  const env: Record<string, string | number | boolean> = {
    runtime: typeof navigator !== "undefined" && navigator.userAgent ? navigator.userAgent : `Node ${typeof process !== "undefined" ? process.version : "?"}`,
    crossOriginIsolated: (globalThis as {crossOriginIsolated?: boolean}).crossOriginIsolated === true
  };
  if (variants.some((v) => v.startsWith("wasm"))) {
    await tf.setBackend("wasm");
    env.wasmSimd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
    env.wasmMultithreadSupport = Boolean(await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT"));
    env.wasmThreads = getThreadsCount();
    env.wasmSharedMemory = isSharedMemory(backendMemory(tf.backend() as BackendWasm));
    const status = await wasmKernelStatus();
    env.projectKernels = status.isSimd ? (status.isRelaxedSimd ? "SIMD + relaxed SIMD (fused multiply-add)" : "SIMD") : `unavailable: ${status.simdError}`;
    env.projectKernelThreads = status.threads + (status.threadError ? ` (helpers failed: ${status.threadError})` : "");
  }
  return env;
}
