import {beforeAll, describe, expect, it} from "vitest";
import {movingAverageStep, sgdMomentumStep} from "../../../src/engine/kernels/index.ts";
import {onBackend, relativeError, seededValues, setupBackends, tf} from "./backends.ts";

const SHAPES = [[3, 3, 5, 7], [7], [10, 3], [1]];

/** Three steps of sgdMomentumStep from seeded weights and gradients; returns weights then velocities. */
function threeSteps(options: {lr: number; momentum: number; weightDecay: number}): tf.Tensor[] {
  const params = SHAPES.map((shape, i) => tf.variable(tf.tensor(seededValues(shape.reduce((a, b) => a * b), 20 + i), shape)));
  const velocities = params.map((p) => tf.variable(tf.zerosLike(p)));
  for (let step = 0; step < 3; step++) {
    const grads = SHAPES.map((shape, i) => tf.tensor(seededValues(shape.reduce((a, b) => a * b), 40 + 10 * step + i), shape));
    sgdMomentumStep(params, velocities, grads, options);
    tf.dispose(grads);
  }
  return [...params, ...velocities].map((v) => tf.clone(v));
}

describe("sgdMomentumStep", () => {
  beforeAll(setupBackends);

  for (const options of [{lr: 0.1, momentum: 0.9, weightDecay: 1e-4}, {lr: 0.05, momentum: 0, weightDecay: 0}]) {
    it(`one wasm kernel equals TF.js ops on cpu (lr ${options.lr}, μ ${options.momentum}, λ ${options.weightDecay})`, async () => {
      await tf.setBackend("wasm");
      expect(tf.getKernel("ResnetSgdMomentum", "wasm")).toBeDefined();
      const expected = await onBackend("cpu", () => threeSteps(options));
      const before = tf.memory().numTensors;
      const actual = await onBackend("wasm", () => threeSteps(options));
      tf.disposeVariables();
      expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
      for (let i = 0; i < expected.length; i++) expect(relativeError(actual[i], expected[i])).toBeLessThan(1e-6);
    });
  }
});

describe("movingAverageStep", () => {
  beforeAll(setupBackends);

  /** Three updates of two averages from seeded batches: s ← s + m·(k·b − s). */
  function threeUpdates(): tf.Tensor[] {
    const averages = [tf.variable(tf.tensor1d(seededValues(5, 60))), tf.variable(tf.tensor1d(seededValues(7, 61)))];
    for (let step = 0; step < 3; step++) {
      const batches = [tf.tensor1d(seededValues(5, 70 + step)), tf.tensor1d(seededValues(7, 80 + step))];
      movingAverageStep([{average: averages[0], batch: batches[0], scale: 1}, {average: averages[1], batch: batches[1], scale: 64 / 63}], 0.1);
      tf.dispose(batches);
    }
    return averages.map((v) => tf.clone(v));
  }

  it("one wasm kernel equals TF.js ops on cpu", async () => {
    await tf.setBackend("wasm");
    expect(tf.getKernel("ResnetMovingAverage", "wasm")).toBeDefined();
    const expected = await onBackend("cpu", threeUpdates);
    const before = tf.memory().numTensors;
    const actual = await onBackend("wasm", threeUpdates);
    tf.disposeVariables();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
    for (let i = 0; i < expected.length; i++) expect(relativeError(actual[i], expected[i])).toBeLessThan(1e-6);
    // And it moved them: by 1 − 0.9³ ≈ 27% of the way in three steps, not nowhere.
    expect(relativeError(actual[0], Float32Array.from(seededValues(5, 60)))).toBeGreaterThan(0.01);
  });
});
