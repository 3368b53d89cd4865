/**
 * The project's SIMD kernels (AssemblyScript, `assembly/`) instantiated on the memory of TF.js's wasm backend:
 * they read and write tensors where TF.js keeps them, with no copy. Scratch space comes from the backend's
 * own `malloc`.
 */
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {kernelBinary} from "./kernelBinary.ts";

/** The exports of `assembly/index.ts`; pointers are byte offsets into the backend's memory. */
export interface KernelExports {
  setGeometry(
    batch: number, inH: number, inW: number, inC: number, outH: number, outW: number, outC: number,
    fh: number, fw: number, sh: number, sw: number, padTop: number, padLeft: number
  ): void;
  /** Floats of the zero-padded image patches are read from, for the current geometry (0: pointwise). */
  paddedSize(): number;
  preparePatches(x: number, padded: number): void;
  finishBackpropInput(padded: number, dx: number): void;
  convForward(
    padded: number, w: number, ldw: number, y: number, bias: number, relu: number,
    panel: number, chunk: number, m0: number, m1: number
  ): void;
  convBackpropInput(dy: number, wt: number, ldwt: number, padded: number, panel: number, chunk: number, m0: number, m1: number): void;
  convBackpropFilter(padded: number, dy: number, ldy: number, dw: number, ldw: number, panel: number, chunk: number, m0: number, m1: number): void;
  padRows(src: number, dst: number, rows: number, n: number, ld: number): void;
  unpadRows(src: number, dst: number, rows: number, n: number, ld: number): void;
  transposeTaps(src: number, dst: number, taps: number, k: number, n: number, ld: number, isFlipped: number): void;
  zeroFill(p: number, n: number): void;
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
}

const compiled = new Map<boolean, WebAssembly.Module>();
let instance: {heap: EmscriptenHeap; exports: KernelExports} | null = null;

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

/** The kernels instantiated on `backend`'s memory (instantiated on first use, again if the backend changes). */
export function kernelsFor(backend: BackendWasm): KernelExports {
  const heap = backend.wasm as unknown as EmscriptenHeap;
  if (instance?.heap === heap) return instance.exports;
  const memory = backendMemory(backend);
  const module = compiled.get(isSharedMemory(memory));
  if (!module) throw new Error("the kernel module is not compiled: await registerWasmKernels() first");
  const exports = new WebAssembly.Instance(module, {env: {memory}}).exports as unknown as KernelExports;
  instance = {heap, exports};
  return exports;
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
