import {beforeAll, describe, expect, it} from "vitest";
import {onBackend, relativeError, seededValues, setupBackends, tf} from "./backends.ts";

/** Tolerance: max |wasm − cpu| ≤ 1e-4 · max |cpu| (float32 sums over up to a few thousand terms). */
const TOLERANCE = 1e-4;

interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: 1 | 2;
  pad: "same" | "valid" | number;
}

const CASES: Case[] = [
  {x: [2, 7, 7, 3], filter: [3, 3, 3, 5], strides: 1, pad: "same"},
  {x: [3, 8, 8, 5], filter: [3, 3, 5, 6], strides: 2, pad: "same"},
  {x: [2, 9, 9, 6], filter: [3, 3, 6, 7], strides: 2, pad: "valid"},
  {x: [2, 7, 7, 3], filter: [3, 3, 3, 2], strides: 2, pad: "same"},
  {x: [4, 6, 6, 7], filter: [1, 1, 7, 9], strides: 1, pad: "same"},
  {x: [2, 7, 7, 3], filter: [1, 1, 3, 6], strides: 2, pad: "valid"},
  {x: [1, 5, 5, 2], filter: [3, 3, 2, 3], strides: 1, pad: "valid"},
  {x: [2, 14, 14, 1], filter: [3, 3, 1, 8], strides: 1, pad: "same"},
  {x: [3, 6, 9, 3], filter: [2, 3, 3, 5], strides: 2, pad: "same"},
  {x: [2, 6, 6, 4], filter: [3, 3, 4, 4], strides: 1, pad: 1},
  {x: [5, 4, 4, 16], filter: [3, 3, 16, 32], strides: 2, pad: "same"}
];

/** dW = ∂/∂W Σ conv2d(x, W) ⊙ g, i.e. Conv2DBackpropFilter(x, g), on one backend. */
function filterGradient(c: Case) {
  const x = tf.tensor4d(seededValues(c.x.reduce((a, b) => a * b), 1), c.x);
  const w = tf.tensor4d(seededValues(c.filter.reduce((a, b) => a * b), 2), c.filter);
  const yShape = tf.conv2d(x, w, c.strides, c.pad).shape;
  const g = tf.tensor(seededValues(yShape.reduce((a, b) => a * b), 3), yShape);
  return tf.grad((filter) => tf.sum(tf.mul(tf.conv2d(x, filter as tf.Tensor4D, c.strides, c.pad), g)))(w);
}

describe("Conv2DBackpropFilter on wasm", () => {
  beforeAll(setupBackends);

  for (const c of CASES) {
    it(`matches cpu for x ${c.x.join("×")}, filter ${c.filter.join("×")}, stride ${c.strides}, pad ${c.pad}`, async () => {
      const [expected] = await onBackend("cpu", () => filterGradient(c));
      const [actual] = await onBackend("wasm", () => filterGradient(c));
      expect(actual.length).toBe(c.filter.reduce((a, b) => a * b));
      expect(relativeError(actual, expected)).toBeLessThan(TOLERANCE);
    });
  }
});
