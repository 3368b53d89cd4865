import {beforeAll, describe, expect, it} from "vitest";
import {sgdMomentumStep} from "../../../src/engine/kernels/index.ts";
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
