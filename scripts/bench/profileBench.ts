/**
 * Where a training step's time goes: the kernels of one step of the reference model under `tf.profile`,
 * summed by kernel name (convolutions also by input shape), the minimum over a few profiled steps.
 * Profiling adds overhead per kernel; the shares, not the sums, are what to read.
 */
import * as tf from "@tensorflow/tfjs-core";
import {median} from "./measure.ts";
import {buildReferenceNet, createMomentumSgd} from "./referenceNet.ts";

export interface KernelTime {
  kernel: string;
  calls: number;
  ms: number;
}

function keyOf(kernel: {name: string; inputShapes: number[][]}): string {
  if (!kernel.name.startsWith("Conv2D") && kernel.name !== "FusedConv2D") return kernel.name;
  const [x, second] = kernel.inputShapes;
  return `${kernel.name} ${x?.join("×")} · ${second?.join("×")}`;
}

/** A profiled step: its kernels sorted by time, and the median wall-clock time of the same step unprofiled. */
export interface StepProfile {
  kernels: KernelTime[];
  /** Median ms of the whole step without the profiler (the kernels' sum is part of it; the rest is TF.js's dispatch, autodiff's bookkeeping and JavaScript). */
  stepMs: number;
}

/** Kernel times of one full SGD step of `depth`/`isResidual` (fused ops when `isFused`), sorted by time. */
export async function profileStep({depth, isResidual, isFused, runs = 3}: {depth: number; isResidual: boolean; isFused: boolean; runs?: number}): Promise<StepProfile> {
  const net = buildReferenceNet({depth, isResidual, batchNorm: isFused ? "fused" : "ops"});
  const sgd = createMomentumSgd(net.params, {isFused});
  const x = tf.randomNormal([64, 14, 14, 1], 0, 1, "float32", 7) as tf.Tensor4D;
  const oneHot = tf.oneHot(tf.tensor1d(Array.from({length: 64}, (_, i) => (i * 7) % 10), "int32"), 10) as tf.Tensor2D;
  const step = () =>
    tf.tidy(() => {
      const {value, grads} = tf.variableGrads(() => net.loss(x, oneHot), net.params);
      sgd.apply(net.params.map((p) => grads[p.name]), 0.05);
      return value;
    });
  try {
    for (let i = 0; i < 2; i++) step().dispose();
    const best = new Map<string, KernelTime>();
    for (let run = 0; run < runs; run++) {
      const profile = await tf.profile(() => step());
      const sums = new Map<string, KernelTime>();
      for (const kernel of profile.kernels) {
        const key = keyOf(kernel as unknown as {name: string; inputShapes: number[][]});
        const entry = sums.get(key) ?? {kernel: key, calls: 0, ms: 0};
        entry.calls++;
        entry.ms += Number(kernel.kernelTimeMs);
        sums.set(key, entry);
      }
      for (const [key, entry] of sums) if (!best.has(key) || best.get(key)!.ms > entry.ms) best.set(key, entry);
    }
    const times: number[] = [];
    for (let run = 0; run < 2 * runs + 1; run++) {
      const start = performance.now();
      const value = step();
      await value.data(); // the step's work is done when its loss can be read
      times.push(performance.now() - start);
      value.dispose();
    }
    return {kernels: [...best.values()].sort((a, b) => b.ms - a.ms), stepMs: median(times)};
  } finally {
    sgd.dispose();
    tf.dispose([x, oneHot, ...net.params]);
  }
}
