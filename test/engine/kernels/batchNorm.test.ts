import {beforeAll, describe, expect, it} from "vitest";
import {batchNormTrain} from "../../../src/engine/kernels/index.ts";
import {onBackend, relativeError, seededValues, setupBackends, tf} from "./backends.ts";

/** Tolerance: max |wasm − cpu| ≤ 1e-4 · max |cpu| for values and gradients. */
const TOLERANCE = 1e-4;

const CASES: {shape: number[]; relu: boolean}[] = [
  {shape: [6, 5, 5, 8], relu: true},
  {shape: [6, 5, 5, 8], relu: false},
  {shape: [4, 3, 3, 6], relu: true},
  {shape: [10, 3], relu: false},
  {shape: [64, 7, 7, 16], relu: true},
  {shape: [3, 4, 4, 1], relu: true}
];

/** y, mean, variance and the gradients of Σ y ⊙ g with respect to x, γ and β. */
function valuesAndGradients(shape: number[], relu: boolean): tf.Tensor[] {
  const size = shape.reduce((a, b) => a * b);
  const channels = shape[shape.length - 1];
  const x = tf.add(tf.mul(tf.tensor(seededValues(size, 1), shape), 3), 0.5);
  const scale = tf.tensor1d(seededValues(channels, 2).map((v) => 1 + 0.5 * v));
  const shift = tf.tensor1d(seededValues(channels, 3));
  const g = tf.tensor(seededValues(size, 4), shape);
  const {y, mean, variance} = batchNormTrain(x, scale, shift, {relu});
  const grads = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(batchNormTrain(a, b as tf.Tensor1D, c as tf.Tensor1D, {relu}).y, g)));
  return [y, mean, variance, ...grads([x, scale, shift])];
}

describe("batchNormTrain (fused BatchNorm + ReLU)", () => {
  beforeAll(setupBackends);

  it("runs the project's kernel on wasm", async () => {
    await tf.setBackend("wasm");
    expect(tf.getKernel("ResnetBatchNormTrain", "wasm")).toBeDefined();
    expect(tf.getKernel("ResnetBatchNormTrain", "cpu")).toBeUndefined();
  });

  for (const {shape, relu} of CASES) {
    it(`matches TF.js ops on cpu for ${shape.join("×")}${relu ? " with ReLU" : ""}`, async () => {
      const expected = await onBackend("cpu", () => valuesAndGradients(shape, relu));
      const actual = await onBackend("wasm", () => valuesAndGradients(shape, relu));
      const names = ["y", "mean", "variance", "dx", "dγ", "dβ"];
      for (let i = 0; i < names.length; i++) expect(relativeError(actual[i], expected[i]), names[i]).toBeLessThan(TOLERANCE);
    });
  }
});
