/**
 * Chooses the TF.js backend a run trains on, falls back when one fails, and says which one ran and why.
 *
 * - `cpu` (plain JavaScript) always works.
 * - `wasm` (WebAssembly, SIMD, and threads where the page is cross-origin isolated) trains MLPs at once. Conv nets
 *   need a `Conv2DBackpropFilter` kernel, which TF.js's wasm backend lacks (tfjs#8474): the project's own kernels
 *   (`./kernels/`, `registerWasmKernels`) are registered before wasm is considered, and conv nets use wasm only if
 *   that kernel is then present.
 * - `webgl` and `webgpu` only on a real GPU (./gpu.ts): never on a software renderer or adapter such as SwiftShader or
 *   llvmpipe, and never in Node. Asked for by name, `webgpu` also runs on a software adapter (slowly: for tests and
 *   the curious). Either must first compute a small net's gradients as the cpu backend does (./backendChecks.ts): one
 *   that computes wrong numbers is rejected and the next backend is tried.
 * "auto" takes every backend that can run, from webgpu, webgl and wasm; with a `probe` and more than one of them,
 * the one whose training step is fastest wins, else the first; cpu when none of them runs.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {getThreadsCount, setWasmPaths} from "@tensorflow/tfjs-backend-wasm";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {checkGradients, fastest} from "./backendChecks.js";
import {detectGpu, detectWebGpu} from "./gpu.js";
import {plannedKernelThreads, registerWasmKernels, wasmKernelNames} from "./kernels/index.js";
import {ensureGradients} from "./tfSetup.js";

/** A TF.js backend the engine can train on. */
export type BackendName = "cpu" | "wasm" | "webgl" | "webgpu";
/** A backend, or "auto": the best one available (see the module comment). */
export type BackendPreference = BackendName | "auto";

/** URLs of TF.js's .wasm binaries (a page passes `FileAttachment(...).href`s), or a folder prefix. */
export type WasmPaths =
  | string
  | Partial<Record<"tfjs-backend-wasm.wasm" | "tfjs-backend-wasm-simd.wasm" | "tfjs-backend-wasm-threaded-simd.wasm", string>>;

/** What to initialise. */
export interface BackendRequest {
  /** Default "auto". */
  preference?: BackendPreference;
  /** What will train: conv nets need convolution gradients the backend may lack. Default "conv". */
  family?: "conv" | "mlp";
  /** Where the .wasm binaries are (browser only; Node finds them itself). */
  wasmPaths?: WasmPaths;
  /**
   * Times a training step of the run's own net on the active backend, in ms. With "auto" and more than one of
   * webgpu, webgl and wasm able to run, each is timed and the fastest chosen; without it the first that runs is.
   */
  probe?: () => Promise<number>;
}

/** What the active backend runs with, for a reader-facing summary (the technical line is `reason`). */
export interface BackendFacts {
  /** WebAssembly with SIMD instructions. */
  simd?: boolean;
  /** Threads the project's convolution kernels use (wasm). */
  kernelThreads?: number;
  /** The GPU's renderer string (webgl) or adapter (webgpu). */
  gpu?: string;
  /** The timed probe's step per backend, in ms, when the choice was timed. */
  probeMs?: Partial<Record<BackendName, number>>;
  /** How it was chosen. */
  choice: "automatic" | "requested" | "fallback";
}

/** The backend that is now active, and why it was chosen (and why others were not). */
export interface BackendReport {
  backend: BackendName;
  /** The technical account: backend, threads, kernels, and every backend skipped with its reason. */
  reason: string;
  facts?: BackendFacts;
}

let wasmPathsSet = false;

/** True when this backend can compute the weight gradient of a convolution. */
export function hasConvGradients(backend: BackendName): boolean {
  return backend !== "wasm" || tf.getKernel("Conv2DBackpropFilter", "wasm") !== undefined;
}

/**
 * Why `backend` cannot train `family` here, or null when it can (as far as can be known before trying). WebGPU on a
 * software adapter runs only when `preference` names it.
 */
async function unsuitability(backend: BackendName, family: "conv" | "mlp", preference: BackendPreference): Promise<string | null> {
  if (backend === "webgpu") {
    const adapter = await detectWebGpu();
    if (!adapter) return "no WebGPU here";
    if (!adapter.isReal && preference !== "webgpu") return `WebGPU runs on a software adapter (${adapter.renderer})`;
    return null;
  }
  if (backend === "webgl") {
    const gpu = detectGpu();
    if (!gpu) return "no WebGL here";
    if (!gpu.isReal) return `WebGL runs on a software renderer (${gpu.renderer})`;
    return null;
  }
  if (backend === "wasm") await registerWasmKernels();
  if (backend === "wasm" && family === "conv" && !hasConvGradients("wasm")) {
    return "TF.js's wasm backend lacks Conv2DBackpropFilter and the project's wasm kernels did not provide it";
  }
  return null;
}

/**
 * The wasm binaries from best to plainest, each as the two flags TF.js picks its binary by: threads and SIMD
 * (tfjs-backend-wasm-threaded-simd.wasm), SIMD only (…-simd.wasm), neither (tfjs-backend-wasm.wasm). A binary that
 * does not load (blocked by a host, missing from a copy of the site) costs one step down, not the whole of wasm.
 */
const WASM_STEPS = [
  {flag: "WASM_HAS_MULTITHREAD_SUPPORT", without: "without TF.js's threads"},
  {flag: "WASM_HAS_SIMD_SUPPORT", without: "without SIMD"}
] as const;

/**
 * Activates wasm, stepping down a binary at a time when one fails to load or start (see {@link WASM_STEPS}); the
 * steps taken are pushed onto `skipped`. Throws with the last cause when even the plain binary fails.
 */
async function activateWasm(wasmPaths: WasmPaths | undefined, skipped: string[]): Promise<void> {
  if (wasmPaths !== undefined && !wasmPathsSet) {
    setWasmPaths(wasmPaths as Parameters<typeof setWasmPaths>[0]);
    wasmPathsSet = true;
  }
  for (;;) {
    try {
      return await activateChecked("wasm");
    } catch (error) {
      let next: (typeof WASM_STEPS)[number] | undefined;
      for (const step of WASM_STEPS) if (!next && (await tf.env().getAsync(step.flag))) next = step;
      if (!next) throw error;
      skipped.push(`wasm failed (${messageOf(error)}), retried ${next.without}`);
      tf.env().set(next.flag, false);
    }
  }
}

/** An error's message; TF.js's wasm loader rejects with a plain `{message}` object. */
function messageOf(error: unknown): string {
  const message = (error as {message?: unknown} | null)?.message;
  return typeof message === "string" ? message : String(error);
}

/**
 * Activates `backend`; throws with the cause when it does not start, fails a tiny sanity op or, on a GPU, computes a
 * small net's gradients unlike the cpu backend.
 */
async function activate(backend: BackendName, wasmPaths: WasmPaths | undefined, skipped: string[]): Promise<void> {
  if (backend === "wasm") return activateWasm(wasmPaths, skipped);
  if (backend === "webgl") await import("@tensorflow/tfjs-backend-webgl");
  if (backend === "webgpu") await import("@tensorflow/tfjs-backend-webgpu");
  await activateChecked(backend);
  if (backend === "webgl" || backend === "webgpu") {
    const mismatch = await checkGradients(backend);
    if (mismatch) throw new Error(`it computed wrong numbers: ${mismatch}`);
  }
}

/** tf.setBackend and a tiny sanity op. */
async function activateChecked(backend: BackendName): Promise<void> {
  if (!(await tf.setBackend(backend))) throw new Error(`tf.setBackend("${backend}") failed`);
  await tf.ready();
  const check = tf.tidy(() => tf.sum(tf.matMul(tf.ones([2, 3]), tf.ones([3, 2]))));
  const value = (await check.data())[0];
  check.dispose();
  if (value !== 12) throw new Error(`${backend} computed 2×3·3×2 ones as ${value}`);
}

/** The active backend's facts and its technical description. */
async function describe(backend: BackendName): Promise<{text: string; facts: Omit<BackendFacts, "choice">}> {
  if (backend === "wasm") {
    const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
    const wasm = tf.findBackend("wasm") as BackendWasm | null;
    const kernelThreads = wasm ? plannedKernelThreads(wasm) : 1;
    const threads = (n: number) => `${n} thread${n === 1 ? "" : "s"}`;
    return {
      text: `WebAssembly${simd ? " with SIMD" : ""}; TF.js's kernels on ${threads(getThreadsCount())}, the project's convolutions on ${threads(kernelThreads)}; project kernels: ${wasmKernelNames().join(", ")}`,
      facts: {simd, kernelThreads}
    };
  }
  if (backend === "webgl") {
    const gpu = detectGpu()?.renderer ?? "a GPU";
    return {text: `WebGL on ${gpu}`, facts: {gpu}};
  }
  if (backend === "webgpu") {
    const gpu = (await detectWebGpu())?.renderer ?? "a GPU";
    return {text: `WebGPU on ${gpu}`, facts: {gpu}};
  }
  return {text: "plain JavaScript", facts: {}};
}

/**
 * Initialises TF.js (gradients, production mode) and activates the best backend for `request`, falling back
 * along webgpu → webgl → wasm → cpu on any failure; with "auto" and a `probe`, the fastest of those that run.
 * Resolves with the backend now active and the reasons for the choice.
 */
export async function initBackend(request: BackendRequest = {}): Promise<BackendReport> {
  const {preference = "auto", family = "conv", wasmPaths, probe} = request;
  await ensureGradients();
  tf.enableProdMode();
  // A requested backend that cannot run falls back along the automatic order (cpu trains conv nets ~200× slower
  // than wasm with the project's kernels, docs/performance.md).
  const order: BackendName[] = ["webgpu", "webgl", "wasm", "cpu"];
  const candidates: BackendName[] = preference === "auto" ? order : [preference, ...order.slice(order.indexOf(preference) + 1)];
  const isTimed = preference === "auto" && probe !== undefined;
  const skipped: string[] = [];
  const running: BackendName[] = [];
  for (const backend of candidates) {
    if (running.length > 0 && (!isTimed || backend === "cpu")) break;
    const problem = backend === "cpu" ? null : await unsuitability(backend, family, preference);
    if (problem) {
      // In the automatic order, a GPU backend that is simply absent is not worth a word.
      const isAbsentGpu = preference === "auto" && (backend === "webgl" ? !detectGpu() : backend === "webgpu" && /^no WebGPU/.test(problem));
      if (!isAbsentGpu) skipped.push(`not ${backend}: ${problem}`);
      continue;
    }
    try {
      await activate(backend, wasmPaths, skipped);
      running.push(backend);
    } catch (error) {
      skipped.push(`${backend} failed: ${messageOf(error)}`);
    }
  }
  if (running.length === 0) throw new Error(`no TF.js backend could start: ${skipped.join("; ")}`);
  let backend = running[0];
  let probeMs: Partial<Record<BackendName, number>> | undefined;
  if (isTimed && running.length > 1) {
    probeMs = {};
    for (const candidate of running) {
      await tf.setBackend(candidate);
      probeMs[candidate] = await probe().catch(() => Number.POSITIVE_INFINITY);
    }
    backend = fastest(running.map((name) => ({backend: name, msPerStep: probeMs![name]!}))) ?? running[0];
    await tf.setBackend(backend);
    skipped.push(`timed: ${running.map((name) => `${name} ${probeMs![name]!.toFixed(1)} ms a step`).join(", ")}`);
  }
  const chosen = preference === "auto" ? (probeMs ? "the fastest, chosen automatically" : "chosen automatically") : backend === preference ? "as requested" : "fallback";
  const choice = preference === "auto" ? "automatic" : backend === preference ? "requested" : "fallback";
  const {text, facts} = await describe(backend);
  return {backend, reason: [`${backend} (${text}), ${chosen}`, ...skipped].join("; "), facts: {...facts, choice, ...(probeMs ? {probeMs} : {})}};
}
