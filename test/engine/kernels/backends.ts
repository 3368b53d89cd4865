/**
 * Test helpers: TF.js with the cpu backend (the reference) and the wasm backend with the project's kernels,
 * seeded random data, and a tolerance check. `@tensorflow/tfjs` is imported for its side effect of registering
 * every op's gradient in Node (tfjs-core's Node bundle registers none).
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs";
import {registerWasmKernels} from "../../../src/engine/kernels/index.ts";

export {tf};

/** Initialises both backends and registers the project's wasm kernels. */
export async function setupBackends(): Promise<void> {
  await tf.setBackend("wasm");
  await tf.ready();
  await registerWasmKernels();
  await tf.setBackend("cpu");
}

/** Runs `fn` on `backend` inside `tf.tidy` and returns its tensors' values as plain arrays. */
export async function onBackend<T extends tf.Tensor | tf.Tensor[]>(backend: string, fn: () => T): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const out = tf.tidy(fn);
  const tensors = Array.isArray(out) ? out : [out];
  const values = tensors.map((t) => t.dataSync() as Float32Array);
  tf.dispose(tensors);
  return values;
}

/** `n` seeded uniform numbers in [−1, 1) (a 32-bit LCG, so every run sees the same data). */
export function seededValues(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 2 ** 31 - 1;
  }
  return out;
}

/** Largest |a − b| divided by the largest |b| (b the reference); 0 when both are all zero. */
export function relativeError(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} ≠ ${b.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) return Infinity;
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale === 0 ? diff : diff / scale;
}
