/** The MLP's parameter count by arithmetic, checked against the engine's builder. */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {mlpParamCount} from "../../../src/engine/arch/count.ts";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {mlpSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

describe("mlpParamCount", () => {
  it("equals the builder's countParams() for original and pre-activation MLPs, with and without BatchNorm", () => {
    for (const preActivation of [false, true]) {
      for (const batchNorm of [false, true]) {
        for (const [units, width] of [[1, 4], [9, 16], [27, 16]]) {
          const spec = mlpSpec({units, width, preActivation, batchNorm});
          const model = buildModel(spec, {seed: 1, init: "zeros"});
          expect(mlpParamCount(spec), JSON.stringify(spec)).toBe(model.countParams());
          model.dispose();
        }
      }
    }
    expect(tf.memory().numTensors).toBe(0);
  });
});
