/**
 * The unravelled view: path counts, shares and ranges against hand-worked numbers, and the path gradients against the
 * whole gradient — for pre-activation units the 2ⁿ path gradients sum to ∂L/∂x_0 exactly.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {drawUnits, effectiveRange, gradientShares, meanLength, pathCounts, pathGradient, pathGradients, pathLengthShares} from "../../../src/engine/lesion/paths.ts";
import {createProbes} from "../../../src/engine/train/probes.ts";
import {crossEntropy} from "../../../src/engine/train/metrics.ts";
import {createRng} from "../../../src/engine/rng.ts";
import {mlpSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

describe("path counts", () => {
  it("are the binomial coefficients, and their shares sum to 1", () => {
    expect(pathCounts(4)).toEqual([1, 4, 6, 4, 1]);
    expect(pathCounts(0)).toEqual([1]);
    expect(pathCounts(27)[13]).toBe(20058300);
    expect(pathLengthShares(3)).toEqual([1 / 8, 3 / 8, 3 / 8, 1 / 8]);
  });

  it("weigh the gradient per path by the number of paths of each length", () => {
    // n = 2: counts 1, 2, 1; per-path gradients 4, 1, 0 → totals 4, 2, 0 → shares 2/3, 1/3, 0.
    const shares = gradientShares([4, 1, 0]);
    expect(shares[0]).toBeCloseTo(2 / 3, 12);
    expect(shares[1]).toBeCloseTo(1 / 3, 12);
    expect(meanLength(shares)).toBeCloseTo(1 / 3, 12);
    expect(meanLength(pathLengthShares(9))).toBeCloseTo(4.5, 12);
  });

  it("find the shortest run of lengths holding the mass, grown from the peak", () => {
    expect(effectiveRange([0.05, 0.1, 0.5, 0.3, 0.05], 0.9)).toEqual({from: 1, to: 3, share: expect.closeTo(0.9, 12)});
    expect(effectiveRange([1, 0, 0], 0.9)).toEqual({from: 0, to: 0, share: 1});
  });

  it("draws k distinct units", () => {
    const rng = createRng(1, "test");
    for (let k = 0; k <= 6; k++) {
      const drawn = drawUnits(rng, [0, 1, 2, 3, 4, 5], k);
      expect(drawn.size).toBe(k);
      for (const unit of drawn) expect(unit).toBeLessThan(6);
    }
  });
});

describe("path gradients", () => {
  const spec = mlpSpec({units: 3, width: 6, batchNorm: true, preActivation: true, isResidual: true});
  const x = () => tf.tensor2d([0.3, -1.2, 0.8, 0.5, -0.4, -0.9, 1.5, 0.1], [4, 2]);
  const y = () => tf.tensor1d([0, 1, 1, 0], "int32");

  it("sum over all 2ⁿ paths to the whole gradient at the first unit's input", () => {
    const model = buildModel(spec, {seed: 4});
    const [xs, ys] = [x(), y()];
    const whole = tf.tidy(() => {
      const probes = createProbes(model, 4);
      const grads = tf.grads((...ps: tf.Tensor[]) => crossEntropy(model.forward(xs, {training: false, probes: ps}), tf.oneHot(ys, 2) as tf.Tensor2D))(probes);
      return Array.from(grads[0].dataSync());
    });
    const sum = new Float64Array(whole.length);
    for (let mask = 0; mask < 8; mask++) {
      const through = new Set([0, 1, 2].filter((l) => mask & (1 << l)));
      const g = pathGradient(model, xs, ys, through);
      g.dataSync().forEach((v, i) => (sum[i] += v));
      g.dispose();
    }
    const scale = Math.max(...whole.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-4);
    whole.forEach((v, i) => expect(Math.abs(sum[i] - v)).toBeLessThan(1e-4 * scale));
    model.dispose();
    tf.dispose([xs, ys]);
  });

  it("are measured for every length k = 0 … n, without leaking tensors, and refuse plain nets", async () => {
    const model = buildModel(spec, {seed: 4});
    const [xs, ys] = [x(), y()];
    const before = tf.memory().numTensors;
    const measured = await pathGradients(model, xs, ys as tf.Tensor1D, {samples: 3, batch: 2, seed: 1});
    expect(tf.memory().numTensors).toBe(before);
    expect(measured.units).toBe(3);
    expect(measured.perPath).toHaveLength(4);
    for (const g of measured.perPath) expect(g).toBeGreaterThan(0);
    const plain = buildModel({...spec, isResidual: false}, {seed: 4});
    await expect(pathGradients(plain, xs, ys as tf.Tensor1D, {samples: 1, batch: 2, seed: 1})).rejects.toThrow(/residual nets with pre-activation/);
    model.dispose();
    plain.dispose();
    tf.dispose([xs, ys]);
  });
});
