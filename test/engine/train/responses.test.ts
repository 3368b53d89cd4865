/** Layer responses (He et al. 2015, Fig. 7): one std per 3×3 layer after its BatchNorm, measured without leaking. */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {mnistConvSpec} from "../../../src/engine/spec.ts";
import {layerResponses} from "../../../src/engine/train/responses.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

describe("layerResponses", () => {
  it("gives one std per 3×3 layer (the stem's and two per unit), and leaves the logits as they were", () => {
    for (const isResidual of [false, true]) {
      const spec = mnistConvSpec({depth: 8, width: 4, isResidual, preActivation: false});
      const model = buildModel(spec, {seed: 2});
      const x = tf.randomNormal([16, 14, 14, 1], 0, 1, "float32", 9);
      const before = tf.memory().numTensors;
      const stds = layerResponses(model, x);
      expect(tf.memory().numTensors).toBe(before);
      expect(stds).toHaveLength(1 + 2 * 3);
      // BatchNorm in evaluation mode with fresh running statistics (mean 0, variance 1) passes the conv output through
      for (const std of stds) expect(std).toBeGreaterThan(0);
      const plain = tf.tidy(() => Array.from(model.forward(x).dataSync()));
      const probed = tf.tidy(() => Array.from(model.forward(x, {onResponse: () => undefined}).dataSync()));
      for (let i = 0; i < plain.length; i++) expect(probed[i]).toBeCloseTo(plain[i], 5);
      x.dispose();
      model.dispose();
    }
  });

  it("refuses a pre-activation net (no BatchNorm after its convolutions)", () => {
    const model = buildModel(mnistConvSpec({depth: 8, width: 4, isResidual: true, preActivation: true}), {seed: 2});
    expect(() => layerResponses(model, tf.zeros([1, 14, 14, 1]))).toThrow(/original unit/);
    model.dispose();
  });
});
