/**
 * The project's kernels for TF.js's wasm backend. TF.js's wasm backend cannot train a conv net: it has no
 * `Conv2DBackpropFilter` (tfjs#8474). `registerWasmKernels()` registers the missing kernels so that
 * `tf.variableGrads` of a conv net with BatchNorm, ReLU, strided and 1×1 convolutions, global average pooling
 * and softmax cross-entropy runs on wasm.
 *
 * Usage (in Node or a worker):
 *   await tf.setBackend("wasm"); await tf.ready(); await registerWasmKernels();
 */
import {getKernel, registerKernel} from "@tensorflow/tfjs-core";
import type {KernelConfig} from "@tensorflow/tfjs-core";
import {conv2dBackpropFilterConfig} from "./conv2dBackpropFilter.ts";

/** Every kernel this module registers. */
const KERNELS: KernelConfig[] = [conv2dBackpropFilterConfig];

let registered: Promise<void> | null = null;

/**
 * Registers the project's kernels for the `wasm` backend. Idempotent: later calls return the first call's
 * promise. Safe to call before or after `tf.setBackend("wasm")`; kernels are looked up when an op runs.
 */
export function registerWasmKernels(): Promise<void> {
  registered ??= Promise.resolve().then(() => {
    for (const config of KERNELS) {
      if (getKernel(config.kernelName, config.backendName) !== config) registerKernel(config);
    }
  });
  return registered;
}

/** Names of the kernels `registerWasmKernels` registers, e.g. for a backend report. */
export function wasmKernelNames(): string[] {
  return KERNELS.map((config) => config.kernelName);
}
