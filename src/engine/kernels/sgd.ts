/**
 * One step of SGD with momentum and L2 weight decay for every parameter at once (PyTorch's formulation):
 *
 *   d = g + λ·w,   v ← μ·v + d,   w ← w − lr·v.
 *
 * In TF.js ops that is five element-wise kernels per parameter (~850 per step for a 56-layer net); on the
 * wasm backend `sgdMomentumStep` is one kernel call for all of them (`assembly/sgd.ts`). Elsewhere it runs
 * the same maths in TF.js ops.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {KernelConfig, KernelFunc, NamedAttrMap, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {hasKernelModule, kernelsFor} from "./kernelModule.js";
import {heapOffset} from "./wasmTensors.js";

/** Kernel name (the project's own, registered for the wasm backend). */
export const SGD_MOMENTUM = "ResnetSgdMomentum";

/** Learning rate, momentum μ and weight decay λ of one step. */
export interface SgdStepOptions {
  lr: number;
  momentum: number;
  weightDecay: number;
}

/**
 * Updates `params` and their `velocities` (variables of the same shapes) in place from `grads`
 * (grads[i] = ∂L/∂params[i]). Call it outside of any gradient computation.
 */
export function sgdMomentumStep(params: tf.Variable[], velocities: tf.Variable[], grads: tf.Tensor[], options: SgdStepOptions): void {
  const {lr, momentum, weightDecay} = options;
  tf.tidy(() => {
    if (!tf.getKernel(SGD_MOMENTUM, tf.getBackend())) {
      params.forEach((w, i) => {
        const d = weightDecay > 0 ? tf.add(grads[i], tf.mul(weightDecay, w)) : grads[i];
        velocities[i].assign(momentum > 0 ? tf.add(tf.mul(momentum, velocities[i]), d) : d);
        w.assign(tf.sub(w, tf.mul(lr, velocities[i])));
      });
      return;
    }
    const inputs: Record<string, tf.Tensor> = {};
    params.forEach((w, i) => Object.assign(inputs, {[`w${i}`]: w, [`v${i}`]: velocities[i], [`g${i}`]: grads[i]}));
    const attrs = {count: params.length, lr, momentum, weightDecay} as unknown as NamedAttrMap;
    const outputs = tf.engine().runKernel(SGD_MOMENTUM, inputs, attrs) as tf.Tensor[];
    params.forEach((w, i) => {
      w.assign(outputs[2 * i]);
      velocities[i].assign(outputs[2 * i + 1]);
    });
  });
}

interface SgdArgs {
  inputs: Record<string, TensorInfo>;
  backend: BackendWasm;
  attrs: {count: number} & SgdStepOptions;
}

function sgdWasm({inputs, backend, attrs}: SgdArgs): TensorInfo[] {
  if (!hasKernelModule(backend)) throw new Error("the SIMD kernel module is not available");
  const kernels = kernelsFor(backend);
  const outputs: TensorInfo[] = [];
  for (let i = 0; i < attrs.count; i++) {
    const [w, v, g] = [inputs[`w${i}`], inputs[`v${i}`], inputs[`g${i}`]];
    const wOut = backend.makeOutput(w.shape, "float32");
    const vOut = backend.makeOutput(w.shape, "float32");
    const size = tf.util.sizeFromShape(w.shape);
    kernels.sgdMomentum(heapOffset(backend, w), heapOffset(backend, v), heapOffset(backend, g), size, attrs.lr, attrs.momentum, attrs.weightDecay, heapOffset(backend, wOut), heapOffset(backend, vOut));
    outputs.push(wOut, vOut);
  }
  return outputs;
}

/** The wasm kernel config (registered only when the SIMD module compiled). */
export const sgdWasmConfig: KernelConfig = {kernelName: SGD_MOMENTUM, backendName: "wasm", kernelFunc: sgdWasm as unknown as KernelFunc};
