import {beforeAll, describe, expect, it} from "vitest";
import {wasmKernelStatus} from "../../../src/engine/kernels/index.ts";
import {setSimulatedThreads} from "../../../src/engine/kernels/kernelModule.ts";
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
  {x: [5, 4, 4, 16], filter: [3, 3, 16, 32], strides: 2, pad: "same"},
  {x: [3, 7, 7, 8], filter: [3, 3, 8, 8], strides: 1, pad: 1},
  {x: [3, 7, 7, 8], filter: [3, 3, 8, 16], strides: 2, pad: 1},
  {x: [2, 5, 5, 10], filter: [1, 1, 10, 13], strides: 2, pad: 0},
  {x: [9, 3, 3, 9], filter: [3, 3, 9, 11], strides: 1, pad: "same"}
];

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * On one backend: Y = conv2d(x, W), the fused conv (bias, ReLU), and through tf.grad of Σ conv2d(x, W) ⊙ g
 * the two backward products: dX = Conv2DBackpropInput(g, W) and dW = Conv2DBackpropFilter(x, g).
 */
function convolutionProducts(c: Case): tf.Tensor[] {
  const x = tf.tensor4d(seededValues(sizeOf(c.x), 1), c.x);
  const w = tf.tensor4d(seededValues(sizeOf(c.filter), 2), c.filter);
  const bias = tf.tensor1d(seededValues(c.filter[3], 5));
  const y = tf.conv2d(x, w, c.strides, c.pad);
  const g = tf.tensor(seededValues(sizeOf(y.shape), 3), y.shape);
  const fused = tf.fused.conv2d({x, filter: w, bias, strides: c.strides, pad: c.pad, activation: "relu"});
  const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad), g)))([x, w]);
  return [y, fused, dx, dw];
}

describe("convolutions on wasm", () => {
  beforeAll(setupBackends);

  it("run on the project's SIMD kernels", async () => {
    const status = await wasmKernelStatus();
    expect(status.simdError).toBeNull();
    expect(status.kernels).toEqual(expect.arrayContaining(["Conv2D", "FusedConv2D", "Conv2DBackpropInput", "Conv2DBackpropFilter"]));
  });

  for (const c of CASES) {
    it(`match cpu for x ${c.x.join("×")}, filter ${c.filter.join("×")}, stride ${c.strides}, pad ${c.pad}`, async () => {
      const expected = await onBackend("cpu", () => convolutionProducts(c));
      const actual = await onBackend("wasm", () => convolutionProducts(c));
      expect(actual[3].length).toBe(sizeOf(c.filter));
      const names = ["conv2d", "fused conv2d + bias + ReLU", "backprop input", "backprop filter"];
      for (let i = 0; i < names.length; i++) expect(relativeError(actual[i], expected[i]), names[i]).toBeLessThan(TOLERANCE);
    });
  }
});

describe("convolutions split over threads (shares run one after another in Node)", () => {
  beforeAll(setupBackends);

  for (const threads of [2, 3]) {
    for (const c of [CASES[0], CASES[1], CASES[3], CASES[5], CASES[10], CASES[13]]) {
      it(`match cpu with ${threads} shares for x ${c.x.join("×")}, filter ${c.filter.join("×")}, stride ${c.strides}`, async () => {
        const expected = await onBackend("cpu", () => convolutionProducts(c));
        setSimulatedThreads(threads);
        try {
          const actual = await onBackend("wasm", () => convolutionProducts(c));
          for (let i = 0; i < expected.length; i++) expect(relativeError(actual[i], expected[i])).toBeLessThan(TOLERANCE);
        } finally {
          setSimulatedThreads(1);
        }
      });
    }
  }
});

describe("the filter gradient's sum over the batch", () => {
  beforeAll(setupBackends);

  it("is the same, bit for bit, on 1, 2 and 3 threads: runs of images are added in one order whoever computed them", async () => {
    const c: Case = {x: [20, 6, 6, 4], filter: [3, 3, 4, 8], strides: 1, pad: "same"};
    const gradients: Float32Array[] = [];
    for (const threads of [1, 2, 3]) {
      setSimulatedThreads(threads);
      try {
        const [, , , dw] = await onBackend("wasm", () => convolutionProducts(c));
        gradients.push(dw as Float32Array);
      } finally {
        setSimulatedThreads(1);
      }
    }
    expect(Array.from(gradients[1])).toEqual(Array.from(gradients[0]));
    expect(Array.from(gradients[2])).toEqual(Array.from(gradients[0]));
  });
});
