/**
 * Exponential moving averages for many variables in one call — BatchNorm's running statistics:
 *
 *   s_i ← s_i + m·(k_i·b_i − s_i)      (m the momentum, b_i the batch's statistic, k_i a scale such as N/(N − 1))
 *
 * In TF.js ops that is four small kernels per statistic, two statistics per BatchNorm layer: ~450 kernel calls
 * per step of a 56-layer net, each with TF.js's per-op overhead — more calls than the rest of a small net's step.
 * On the wasm backend `movingAverageStep` is one kernel for all of them (a plain loop over the heap: the vectors
 * are a few dozen floats); elsewhere it runs the same maths in TF.js ops.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {KernelConfig, KernelFunc, NamedAttrMap, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {makeOutput, viewF32} from "./wasmTensors.js";

/** Kernel name (the project's own, registered for the wasm backend). */
export const MOVING_AVERAGE = "ResnetMovingAverage";

/** One moving average to update: the variable, the batch's value (same shape), and the scale k applied to it. */
export interface MovingAverageUpdate {
  average: tf.Variable;
  batch: tf.Tensor;
  scale: number;
}

/**
 * Moves every `average` towards `scale · batch` by `momentum` (s ← s + m·(k·b − s)), in place. Call it outside
 * of any gradient computation.
 */
export function movingAverageStep(updates: readonly MovingAverageUpdate[], momentum: number): void {
  if (updates.length === 0) return;
  tf.tidy(() => {
    if (!tf.getKernel(MOVING_AVERAGE, tf.getBackend())) {
      for (const {average, batch, scale} of updates) {
        average.assign(tf.add(average, tf.mul(tf.sub(tf.mul(batch, scale), average), momentum)));
      }
      return;
    }
    const inputs: Record<string, tf.Tensor> = {};
    updates.forEach(({average, batch}, i) => Object.assign(inputs, {[`s${i}`]: average, [`b${i}`]: batch}));
    const attrs = {momentum, scales: updates.map((update) => update.scale)} as unknown as NamedAttrMap;
    const outputs = tf.engine().runKernel(MOVING_AVERAGE, inputs, attrs) as tf.Tensor[];
    updates.forEach(({average}, i) => average.assign(outputs[i]));
  });
}

interface MovingAverageArgs {
  inputs: Record<string, TensorInfo>;
  backend: BackendWasm;
  attrs: {momentum: number; scales: number[]};
}

function movingAverageWasm({inputs, backend, attrs}: MovingAverageArgs): TensorInfo[] {
  const {momentum, scales} = attrs;
  const outputs = scales.map((_, i) => makeOutput(backend, inputs[`s${i}`].shape));
  // Views after every allocation: an allocation may grow (and detach) the heap.
  scales.forEach((scale, i) => {
    const [s, b, out] = [viewF32(backend, inputs[`s${i}`]), viewF32(backend, inputs[`b${i}`]), viewF32(backend, outputs[i])];
    for (let j = 0; j < s.length; j++) out[j] = s[j] + momentum * (scale * b[j] - s[j]);
  });
  return outputs;
}

/** The wasm kernel config. */
export const movingAverageWasmConfig: KernelConfig = {kernelName: MOVING_AVERAGE, backendName: "wasm", kernelFunc: movingAverageWasm as unknown as KernelFunc};
