/**
 * The project's SIMD kernels (AssemblyScript, `assembly/`) instantiated on the memory of TF.js's wasm backend:
 * they read and write tensors where TF.js keeps them, with no copy. Scratch space comes from the backend's
 * own `malloc`.
 */
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {kernelBinary} from "./kernelBinary.js";
import {CONTROL_WORDS, ThreadPool, writeCall, type KernelCall} from "./kernelThreads.js";

/** The exports of `assembly/index.ts`; pointers are byte offsets into the backend's memory. */
export interface KernelExports {
  setGeometry(
    batch: number, inH: number, inW: number, inC: number, outH: number, outW: number, outC: number,
    fh: number, fw: number, sh: number, sw: number, padTop: number, padLeft: number
  ): void;
  /** Floats of the zero-padded image patches are read from, for the current geometry (0: pointwise). */
  paddedSize(): number;
  padRows(src: number, dst: number, rows: number, n: number, ld: number): void;
  unpadRows(src: number, dst: number, rows: number, n: number, ld: number): void;
  transposeTaps(src: number, dst: number, taps: number, k: number, n: number, ld: number, isFlipped: number): void;
  zeroFill(p: number, n: number): void;
  runTask(ctrl: number, thread: number): void;
  sgdMomentum(w: number, v: number, g: number, n: number, lr: number, momentum: number, weightDecay: number, wOut: number, vOut: number): void;
  sumPartials(dst: number, partials: number, count: number, n: number): void;
  /** Runs of images the filter gradient of the geometry set last is cut into: one dW buffer each, added in order. */
  filterRanges(): number;
  batchNormForward(
    x: number, rows: number, channels: number, gamma: number, beta: number, epsilon: number, relu: number,
    y: number, mean: number, variance: number, work: number
  ): void;
  batchNormBackward(
    x: number, y: number, dy: number, rows: number, channels: number, gamma: number, mean: number, variance: number,
    epsilon: number, relu: number, dx: number, dgamma: number, dbeta: number, work: number
  ): void;
}

interface EmscriptenHeap {
  wasmMemory?: WebAssembly.Memory;
  asm?: {memory?: WebAssembly.Memory};
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  HEAPU8: Uint8Array;
}

/** The kernels on one backend: the instance, its control block, and helper threads once they are up. */
interface KernelContext {
  heap: EmscriptenHeap;
  exports: KernelExports;
  ctrl: number;
  pool: ThreadPool | null;
  poolError: string | null;
  /** Settles when the helper threads are up (or failed to start). */
  poolReady: Promise<void>;
}

const compiled = new Map<boolean, WebAssembly.Module>();
let context: KernelContext | null = null;
/** Tests: threads to simulate (run one after another) when there are no helpers. */
let simulatedThreads = 1;
/** Benchmarks: the most threads a call may use. */
let maxThreads = Infinity;

/** The backend's WebAssembly memory (threaded build: `wasmMemory`; plain build: the module's export). */
export function backendMemory(backend: BackendWasm): WebAssembly.Memory {
  const heap = backend.wasm as unknown as EmscriptenHeap;
  const memory = heap.wasmMemory ?? heap.asm?.memory;
  if (!memory) throw new Error("cannot find the wasm backend's WebAssembly.Memory");
  return memory;
}

/** Whether a WebAssembly memory is shared (TF.js's threaded build). */
export function isSharedMemory(memory: WebAssembly.Memory): boolean {
  return typeof SharedArrayBuffer !== "undefined" && memory.buffer instanceof SharedArrayBuffer;
}

/** `(func (param v128) (result v128) local.get 0 ×3, f32x4.relaxed_madd)`: valid only where relaxed SIMD runs. */
const RELAXED_SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 123, 1, 123, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 13, 1, 11, 0, 32, 0, 32, 0,
  32, 0, 253, 133, 2, 11
]);

/** Whether this engine runs relaxed SIMD (the kernels then use fused multiply-adds). */
export function hasRelaxedSimd(): boolean {
  return WebAssembly.validate(RELAXED_SIMD_PROBE);
}

async function compileVariant(isShared: boolean): Promise<void> {
  if (compiled.has(isShared)) return;
  const binary = await kernelBinary(isShared, hasRelaxedSimd());
  compiled.set(isShared, await WebAssembly.compile(binary as BufferSource));
}

/**
 * Compiles the kernel module variant the backend needs. Before the backend exists (`null`): the plain variant,
 * and the shared-memory one where threads could be used (cross-origin isolated pages); only the plain
 * variant's failure is an error.
 */
export async function prepareKernelModule(backend: BackendWasm | null): Promise<void> {
  if (backend) return compileVariant(isSharedMemory(backendMemory(backend)));
  const isolated = (globalThis as {crossOriginIsolated?: boolean}).crossOriginIsolated === true;
  if (isolated) await compileVariant(true).catch(() => undefined);
  await compileVariant(false);
}

/** Helper threads to start: one fewer than the cores (the calling thread is one), at most 3. */
function helperCount(): number {
  const cores = (globalThis as {navigator?: {hardwareConcurrency?: number}}).navigator?.hardwareConcurrency ?? 1;
  return Math.min(cores, 4) - 1;
}

/** Threads the project's convolutions will use on this backend: the caller and its helpers where memory is shared, else 1. */
export function plannedKernelThreads(backend: BackendWasm): number {
  return ThreadPool.isPossible(backendMemory(backend)) ? helperCount() + 1 : 1;
}

function contextFor(backend: BackendWasm): KernelContext {
  const heap = backend.wasm as unknown as EmscriptenHeap;
  if (context?.heap === heap) return context;
  context?.pool?.terminate();
  const memory = backendMemory(backend);
  const module = compiled.get(isSharedMemory(memory));
  if (!module) throw new Error("the kernel module is not compiled: await registerWasmKernels() first");
  const exports = new WebAssembly.Instance(module, {env: {memory}}).exports as unknown as KernelExports;
  const ctrl = heap._malloc(CONTROL_WORDS * 4);
  new Int32Array(heap.HEAPU8.buffer, ctrl, CONTROL_WORDS).fill(0);
  const created: KernelContext = {heap, exports, ctrl, pool: null, poolError: null, poolReady: Promise.resolve()};
  context = created;
  if (ThreadPool.isPossible(memory) && helperCount() > 0) {
    created.poolReady = ThreadPool.start(module, memory, ctrl, helperCount()).then(
      (pool) => void (created.pool = pool),
      (error) => void (created.poolError = error instanceof Error ? error.message : String(error))
    );
  }
  return created;
}

/** The kernels instantiated on `backend`'s memory (instantiated on first use, again if the backend changes). */
export function kernelsFor(backend: BackendWasm): KernelExports {
  return contextFor(backend).exports;
}

/** Threads a kernel call on `backend` splits over now (1 until helper threads are up). */
export function threadCount(backend: BackendWasm): number {
  const {pool} = contextFor(backend);
  return Math.min(maxThreads, pool ? pool.helpers.length + 1 : simulatedThreads);
}

/** Instantiates the kernels on `backend` and waits for its helper threads, where there will be any. */
export async function startKernels(backend: BackendWasm): Promise<void> {
  await contextFor(backend).poolReady;
}

/** Benchmarks only: use at most `threads` threads per call (Infinity: all). */
export function limitThreads(threads: number): void {
  maxThreads = threads;
}

/** Runs `call` split over `threads` threads (threadCount(backend) when the call's scratch was sized). */
export function dispatch(backend: BackendWasm, call: KernelCall, threads: number): void {
  const {heap, exports, ctrl, pool} = contextFor(backend);
  const isParallel = pool !== null && threads > 1;
  writeCall(heap.HEAPU8.buffer, ctrl, call, threads, isParallel);
  if (isParallel) pool.run(exports, heap.HEAPU8.buffer, ctrl);
  else for (let t = 0; t < threads; t++) exports.runTask(ctrl, t);
}

/** Helper threads running (0 when single-threaded), and why none started if they failed. */
export function threadStatus(backend: BackendWasm): {helpers: number; error: string | null} {
  const {pool, poolError} = contextFor(backend);
  return {helpers: pool?.helpers.length ?? 0, error: poolError};
}

/** Tests only: split kernel calls over `threads` shares run one after another when there are no helpers. */
export function setSimulatedThreads(threads: number): void {
  simulatedThreads = threads;
}

/** Whether the kernel module for this backend is compiled and can be instantiated. */
export function hasKernelModule(backend: BackendWasm): boolean {
  return compiled.has(isSharedMemory(backendMemory(backend)));
}

/**
 * Scratch memory in the backend's heap for one kernel call: `alloc` returns byte offsets (16-byte aligned by
 * malloc), `release` frees them all.
 */
export class Scratch {
  private readonly pointers: number[] = [];
  constructor(private readonly backend: BackendWasm) {}

  /** Allocates `floats` 4-byte words. */
  alloc(floats: number): number {
    const pointer = (this.backend.wasm as unknown as EmscriptenHeap)._malloc(Math.max(4, floats * 4));
    this.pointers.push(pointer);
    return pointer;
  }

  release(): void {
    const heap = this.backend.wasm as unknown as EmscriptenHeap;
    for (const pointer of this.pointers) heap._free(pointer);
    this.pointers.length = 0;
  }
}
