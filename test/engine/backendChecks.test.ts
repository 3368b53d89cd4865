/**
 * The checks a GPU backend passes before a run trusts it: its gradients equal the cpu backend's (here: wasm with the
 * project's kernels passes, a zeroed or perturbed copy fails), and the timed probe picks the fastest backend.
 */
import * as tf from "@tensorflow/tfjs-core";
import {afterAll, describe, expect, it} from "vitest";
import {initBackend} from "../../src/engine/backend.ts";
import {checkGradients, fastest, GRADIENT_TOLERANCE, gradientMismatch, probeGradients} from "../../src/engine/backendChecks.ts";
import {timeTrainingStep} from "../../src/engine/train/timeStep.ts";
import {mlpSpec} from "../../src/engine/spec.ts";
import {toyDataset} from "../../src/engine/data/toy2d.ts";
import {useCpu} from "./helpers.ts";

describe("the gradient check", () => {
  afterAll(async () => {
    await tf.setBackend("cpu");
  });

  it("passes wasm with the project's convolution kernels: the same gradients as cpu", async () => {
    await initBackend({preference: "wasm", family: "conv"});
    expect(await checkGradients("wasm")).toBeNull();
    expect(tf.getBackend()).toBe("wasm");
  });

  it("fails all-zero gradients and gradients off by more than the tolerance", async () => {
    await useCpu();
    const reference = await probeGradients();
    expect(reference.some((v) => v !== 0)).toBe(true);
    expect(gradientMismatch(reference, reference)).toBeNull();
    expect(gradientMismatch(new Float32Array(reference.length), reference)).toBe("its gradients are all zero");
    const scale = reference.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
    const off = reference.map((v, i) => (i === 3 ? v + 10 * GRADIENT_TOLERANCE * scale : v));
    expect(gradientMismatch(off, reference)).toMatch(/^its gradients differ from the CPU's by up to 1\.0e-2 of their size$/);
    const nan = reference.map((v, i) => (i === 0 ? Number.NaN : v));
    expect(gradientMismatch(nan, reference)).not.toBeNull();
  });
});

describe("the timed probe", () => {
  it("picks the backend with the shortest step, the first on a tie, never a failed one", () => {
    expect(fastest([{backend: "webgpu", msPerStep: 12}, {backend: "webgl", msPerStep: 30}, {backend: "wasm", msPerStep: 9}])).toBe("wasm");
    expect(fastest([{backend: "webgpu", msPerStep: 9}, {backend: "wasm", msPerStep: 9}])).toBe("webgpu");
    expect(fastest([{backend: "webgpu", msPerStep: Number.POSITIVE_INFINITY}, {backend: "wasm", msPerStep: 40}])).toBe("wasm");
    expect(fastest([])).toBeNull();
  });

  it("times a training step of the run's own net and leaves no tensor behind", async () => {
    await useCpu();
    const dataset = toyDataset({name: "circles", seed: 1, trainSize: 64, testSize: 16});
    const before = tf.memory().numTensors;
    const ms = await timeTrainingStep(mlpSpec({units: 2, width: 8, batchNorm: true, isResidual: true}), dataset, {batchSize: 8, steps: 2});
    expect(ms).toBeGreaterThan(0);
    expect(Number.isFinite(ms)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
