import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {toyDataset} from "../../../src/engine/data/toy2d.ts";
import {mlpSpec, cifarSpec} from "../../../src/engine/spec.ts";
import {resolveTrainConfig} from "../../../src/engine/train/config.ts";
import {trainRun} from "../../../src/engine/train/run.ts";
import {learningRateAt} from "../../../src/engine/train/schedule.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";
import {createTrainer} from "../../../src/engine/train/trainer.ts";
import type {Dataset} from "../../../src/engine/data/dataset.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

const CIRCLES = toyDataset({name: "circles", seed: 1, trainSize: 256, testSize: 128});
const SPEC = mlpSpec({units: 3, width: 8, batchNorm: true});
const FAST = {steps: 40, batchSize: 16, snapshotEvery: 10, evalEvery: 20, seed: 5};

async function collect(...args: Parameters<typeof trainRun>): Promise<{snapshots: Snapshot[]; status: string}> {
  const snapshots: Snapshot[] = [];
  const run = trainRun(...args);
  let next = await run.next();
  while (!next.done) {
    snapshots.push(next.value);
    next = await run.next();
  }
  return {snapshots, status: next.value};
}

const curve = (snapshots: Snapshot[]) => snapshots.map(({step, loss, trainError, testError, gradNorms, identity}) => ({step, loss, trainError, testError, gradNorms, identity}));

describe("a training run", () => {
  it("yields snapshots at step 0, every k steps and at the end, with every field", async () => {
    const {snapshots, status} = await collect(SPEC, CIRCLES, FAST);
    expect(status).toBe("done");
    expect(snapshots.map((s) => s.step)).toEqual([0, 10, 20, 30, 40]);
    expect(snapshots.map((s) => s.testError === null)).toEqual([false, true, false, true, false]);
    expect(snapshots.map((s) => s.status)).toEqual(["running", "running", "running", "running", "done"]);
    for (const s of snapshots) {
      expect(s.gradNorms).toHaveLength(SPEC.units + 1);
      expect(s.identity?.map((term) => [term.unit, term.to])).toEqual([[0, 3], [1, 3], [2, 3]]);
      expect(s.lr).toBe(0.1);
      expect(s.imagesPerSecond).toBeGreaterThan(0);
      expect(s.trainError).toBeGreaterThanOrEqual(0);
      expect(s.trainError).toBeLessThanOrEqual(1);
    }
    expect(snapshots.at(-1)!.epoch).toBeCloseTo((40 * 16) / 256);
    expect(snapshots.at(-1)!.elapsedMs).toBeGreaterThan(snapshots[0].elapsedMs);
  });

  it("is deterministic on cpu: the same seed gives the identical curve, another seed another", async () => {
    const a = await collect(SPEC, CIRCLES, FAST);
    const b = await collect(SPEC, CIRCLES, FAST);
    const c = await collect(SPEC, CIRCLES, {...FAST, seed: 6});
    expect(curve(a.snapshots)).toEqual(curve(b.snapshots));
    expect(curve(c.snapshots)).not.toEqual(curve(a.snapshots));
  });

  it("learns: the loss on circles falls well below chance", async () => {
    const {snapshots} = await collect(mlpSpec({units: 1, width: 16, batchNorm: true}), CIRCLES, {...FAST, steps: 300, snapshotEvery: 20});
    expect(snapshots[0].loss).toBeGreaterThan(0.5);
    expect(snapshots.at(-1)!.loss).toBeLessThan(0.35);
    expect(Math.min(...snapshots.map((s) => s.testError!))).toBeLessThan(0.05);
  });

  it("releases every tensor at the end of a run and on cancel, even mid-snapshot", async () => {
    const before = tf.memory().numTensors;
    await collect(SPEC, CIRCLES, FAST);
    expect(tf.memory().numTensors).toBe(before);
    const trainer = await createTrainer(SPEC, CIRCLES, FAST);
    for (let i = 0; i < 14; i++) await trainer.next();
    trainer.cancel();
    expect(trainer.status).toBe("cancelled");
    expect(await trainer.next()).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
    const pending = await createTrainer(SPEC, CIRCLES, FAST);
    const first = pending.next();
    pending.cancel();
    expect(await first).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
    const controller = new AbortController();
    const run = trainRun(SPEC, CIRCLES, FAST, {signal: controller.signal});
    await run.next();
    controller.abort();
    expect(await run.next()).toEqual({done: true, value: "cancelled"});
    expect(tf.memory().numTensors).toBe(before);
  });

  it("stops with status 'diverged' on a non-finite loss, and releases its tensors", async () => {
    const before = tf.memory().numTensors;
    const {snapshots, status} = await collect(mlpSpec({units: 6, width: 16}), CIRCLES, {...FAST, steps: 200, lr: 8, momentum: 0.99});
    expect(status).toBe("diverged");
    expect(snapshots.at(-1)!.status).toBe("diverged");
    expect(snapshots.at(-1)!.step).toBeLessThan(200);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("gives class probabilities on a grid over 2-D data when asked", async () => {
    const {snapshots} = await collect(SPEC, CIRCLES, {...FAST, steps: 10, boundary: {resolution: 12}});
    const boundary = snapshots.at(-1)!.boundary!;
    expect(boundary.probabilities).toHaveLength(12 * 12 * 2);
    expect(boundary.extent).toEqual([-1.2, 1.2]);
    for (let i = 0; i < 144; i++) expect(boundary.probabilities[2 * i] + boundary.probabilities[2 * i + 1]).toBeCloseTo(1, 5);
  });

  it("trains a tiny conv net, plain nets get no identity terms", async () => {
    const images: Dataset = {...CIRCLES, name: "images", inputShape: [4, 4, 1], classes: 10,
      train: {x: new Float32Array(32 * 16).map((_, i) => Math.sin(i)), y: Uint8Array.from({length: 32}, (_, i) => i % 10), count: 32},
      test: {x: new Float32Array(8 * 16).map((_, i) => Math.cos(i)), y: Uint8Array.from({length: 8}, (_, i) => i % 10), count: 8}};
    const spec = cifarSpec({n: 1, widths: [2, 4, 4], input: {height: 4, width: 4, channels: 1}, isResidual: false});
    const {snapshots, status} = await collect(spec, images, {steps: 4, batchSize: 4, snapshotEvery: 2, seed: 1});
    expect(status).toBe("done");
    expect(snapshots.at(-1)!.identity).toEqual([]);
    expect(snapshots.at(-1)!.gradNorms).toHaveLength(4);
  });

  it("rejects data that does not fit the model, and bad settings, with a message", async () => {
    await expect(createTrainer(mlpSpec({units: 1, classes: 3}), CIRCLES)).rejects.toThrow(/3 classes/);
    await expect(createTrainer(cifarSpec({n: 1}), CIRCLES)).rejects.toThrow(/expects inputs/);
    expect(() => resolveTrainConfig({batchSize: 0})).toThrow(/batchSize/);
    expect(() => resolveTrainConfig({lr: Number.NaN})).toThrow(/lr/);
  });
});

describe("the learning-rate schedule", () => {
  const base = {lr: 0.1, steps: 101, warmup: null};
  it("warms up at a constant low rate, then follows the schedule", () => {
    const config = {...base, schedule: {kind: "constant" as const}, warmup: {steps: 10, lr: 0.01}};
    expect([0, 9, 10, 100].map((step) => learningRateAt(config, step))).toEqual([0.01, 0.01, 0.1, 0.1]);
  });
  it("steps down by γ at each milestone and follows half a cosine", () => {
    const step = {...base, schedule: {kind: "step" as const, milestones: [0.5, 0.75], gamma: 0.1}};
    [0.1, 0.1, 0.01, 0.001, 0.001].forEach((lr, i) => expect(learningRateAt(step, [0, 49, 50, 75, 100][i])).toBeCloseTo(lr, 12));
    const cosine = {...base, schedule: {kind: "cosine" as const}};
    expect(learningRateAt(cosine, 0)).toBeCloseTo(0.1);
    expect(learningRateAt(cosine, 50)).toBeCloseTo(0.05);
    expect(learningRateAt(cosine, 100)).toBeCloseTo(0);
  });
});
