/** The lesion study on small untrained nets: what is deleted, how often, and that nothing leaks. */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {deletableUnits, lesionedError, lesionMeasurements, lesionNet, randomDeletions, singleDeletions} from "../../../src/engine/lesion/lesion.ts";
import {uploadDataset} from "../../../src/engine/train/batches.ts";
import {loadData} from "../../../src/engine/data/request.ts";
import {mlpSpec, mnistConvSpec} from "../../../src/engine/spec.ts";
import {createRng} from "../../../src/engine/rng.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

/** A small fake digit set: random 14×14 images, labels 0–9. */
function digits(count: number) {
  const rng = createRng(9, "test");
  const x = tf.tensor4d(Float32Array.from({length: count * 196}, () => rng.uniform()), [count, 14, 14, 1]);
  const y = tf.tensor1d(Int32Array.from({length: count}, (_, i) => i % 10), "int32");
  return {testX: x, testY: y, classes: 10};
}

describe("lesion study", () => {
  it("deletes every unit of a residual net, and only the shape-keeping units of a plain one", async () => {
    const data = digits(20);
    for (const isResidual of [true, false]) {
      const model = buildModel(mnistConvSpec({depth: 14, width: 4, isResidual, preActivation: true}), {seed: 1});
      const single = await singleDeletions(model, data);
      expect(single).toHaveLength(6);
      expect(single.filter((entry) => entry.changesShape).map((entry) => entry.unit)).toEqual([2, 4]);
      expect(single.filter((entry) => entry.error === null).map((entry) => entry.unit)).toEqual(isResidual ? [] : [2, 4]);
      expect(deletableUnits(model)).toHaveLength(isResidual ? 6 : 4);
      for (const entry of single) if (entry.error !== null) expect(entry.error).toBe(lesionedError(model, data, new Set([entry.unit])));
      model.dispose();
    }
    tf.dispose([data.testX, data.testY]);
  });

  it("draws k random units for every k, reproducibly from the seed; deleting all leaves the shortcuts alone", async () => {
    const data = digits(20);
    const model = buildModel(mnistConvSpec({depth: 8, width: 4, isResidual: true, preActivation: true}), {seed: 2});
    const random = await randomDeletions(model, data, 4, 7);
    expect(random.map((entry) => entry.k)).toEqual([1, 2, 3]);
    for (const entry of random) expect(entry.errors).toHaveLength(4);
    expect(new Set(random[2].errors).size).toBe(1);
    expect(random[2].errors[0]).toBe(lesionedError(model, data, new Set([0, 1, 2])));
    expect(await randomDeletions(model, data, 4, 7)).toEqual(random);
    model.dispose();
    tf.dispose([data.testX, data.testY]);
  });

  it("measures a whole net without leaking tensors, with path gradients for the pre-activation residual net only", async () => {
    const dataset = await loadData({kind: "toy", name: "circles", seed: 1}, async () => {
      throw new Error("no MNIST here");
    });
    const data = uploadDataset(dataset, 200);
    const before = tf.memory().numTensors;
    for (const isResidual of [true, false]) {
      const model = buildModel(mlpSpec({units: 3, width: 8, batchNorm: true, preActivation: true, isResidual}), {seed: 3});
      const ticks: number[][] = [];
      const settings = {draws: 2, pathSamples: 2, pathBatch: 8, seed: 1};
      const measured = await lesionNet("net", model, data, settings, (done, total) => void ticks.push([done, total]));
      const total = lesionMeasurements(model, settings);
      expect(ticks).toEqual(Array.from({length: total}, (_, i) => [i + 1, total]));
      expect(measured).toMatchObject({isResidual, units: 3, chance: 0.5});
      expect(measured.random).toHaveLength(3);
      expect(measured.paths === null).toBe(!isResidual);
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});
