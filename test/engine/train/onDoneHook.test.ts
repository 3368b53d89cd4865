/** The trainer's onDone hook may be asynchronous: the net stays alive until its promise settles, even through a cancel. */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {toyDataset} from "../../../src/engine/data/toy2d.ts";
import {mlpSpec} from "../../../src/engine/spec.ts";
import {createTrainer} from "../../../src/engine/train/trainer.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

describe("an asynchronous onDone hook", () => {
  it("is awaited before the tensors go; a cancel() while it runs releases them only afterwards", async () => {
    const dataset = toyDataset({name: "circles", seed: 1, trainSize: 32, testSize: 8});
    const tensors = tf.memory().numTensors;
    let trainer: Awaited<ReturnType<typeof createTrainer>> | null = null;
    const seen: number[] = [];
    trainer = await createTrainer(mlpSpec({units: 1, width: 4}), dataset, {steps: 2, batchSize: 8, snapshotEvery: 1, evalEvery: 0}, {
      onDone: async (model) => {
        trainer!.cancel();
        await new Promise((resolve) => setTimeout(resolve, 10));
        seen.push(model.params[0].variable.dataSync().length); // throws if the variable were disposed
      }
    });
    while (trainer.status === "running") await trainer.next();
    expect(trainer.status).toBe("done");
    expect(seen).toEqual([8]);
    expect(tf.memory().numTensors).toBe(tensors);
  });
});
