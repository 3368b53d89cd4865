/**
 * The engine on wasm calls the fused ops — `batchNormTrain` (BatchNorm + ReLU in one kernel) and `sgdMomentumStep`
 * (the optimizer step in one kernel) — and must train exactly what it trains on cpu (TF.js ops, hand-written
 * BatchNorm gradient): the same losses, error counts and gradient probes ‖∂L/∂x_l‖ step after step, within float32
 * rounding (test losses too: BatchNorm's running statistics follow the fused op's batch statistics), and release every tensor at the end of a run and on cancel.
 */
import {beforeAll, describe, expect, it} from "vitest";
import type {Dataset} from "../../../src/engine/data/dataset.ts";
import {toyDataset} from "../../../src/engine/data/toy2d.ts";
import {cifarSpec, mlpSpec, type ModelSpec} from "../../../src/engine/spec.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";
import {createTrainer} from "../../../src/engine/train/trainer.ts";
import {ensureGradients} from "../../../src/engine/tfSetup.ts";
import {seededValues, setupBackends, tf} from "./backends.ts";

/** Relative tolerance on losses and probe norms after a few steps (float32, ~10 BatchNorms deep). */
const TOLERANCE = 2e-3;

const IMAGES: Dataset = {
  name: "seeded 8×8 images",
  inputShape: [8, 8, 1],
  classes: 10,
  train: {x: seededValues(64 * 64, 3), y: Uint8Array.from({length: 64}, (_, i) => (i * 7) % 10), count: 64},
  test: {x: seededValues(16 * 64, 4), y: Uint8Array.from({length: 16}, (_, i) => i % 10), count: 16}
};
const CIRCLES = toyDataset({name: "circles", seed: 2, trainSize: 128, testSize: 64});

const CASES: {spec: ModelSpec; data: Dataset}[] = [
  {spec: cifarSpec({n: 1, widths: [4, 8, 8], input: {height: 8, width: 8, channels: 1}}), data: IMAGES},
  {spec: cifarSpec({n: 1, widths: [4, 8, 8], input: {height: 8, width: 8, channels: 1}, isResidual: false}), data: IMAGES},
  {spec: cifarSpec({n: 1, widths: [4, 8, 8], input: {height: 8, width: 8, channels: 1}, preActivation: true, shortcut: "B"}), data: IMAGES},
  {spec: mlpSpec({units: 3, width: 8, batchNorm: true, preActivation: true}), data: CIRCLES},
  {spec: mlpSpec({units: 3, width: 8, batchNorm: true, preActivation: false}), data: CIRCLES}
];
const CONFIG = {steps: 6, batchSize: 16, snapshotEvery: 2, evalEvery: 2, seed: 3};

async function snapshotsOn(backend: string, spec: ModelSpec, data: Dataset): Promise<Snapshot[]> {
  await tf.setBackend(backend);
  const trainer = await createTrainer(spec, data, CONFIG);
  const snapshots: Snapshot[] = [];
  while (trainer.status === "running") {
    const snapshot = await trainer.next();
    if (snapshot) snapshots.push(snapshot);
  }
  return snapshots;
}

const close = (actual: number, expected: number) => Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));

describe("the engine on wasm (fused BatchNorm + ReLU, one-call SGD)", () => {
  beforeAll(async () => {
    await ensureGradients();
    await setupBackends();
  });

  for (const {spec, data} of CASES) {
    it(`${spec.name}${spec.preActivation ? " pre-act" : ""}: losses, errors and ‖∂L/∂x_l‖ equal the cpu backend's`, async () => {
      await tf.setBackend("wasm");
      expect(tf.getKernel("ResnetBatchNormTrain", "wasm"), "fused BatchNorm kernel").toBeDefined();
      expect(tf.getKernel("ResnetSgdMomentum", "wasm"), "fused SGD kernel").toBeDefined();
      expect(tf.getKernel("ResnetMovingAverage", "wasm"), "running statistics kernel").toBeDefined();
      const expected = await snapshotsOn("cpu", spec, data);
      const actual = await snapshotsOn("wasm", spec, data);
      expect(actual.map((s) => s.step)).toEqual(expected.map((s) => s.step));
      actual.forEach((snapshot, i) => {
        const reference = expected[i];
        expect(close(snapshot.loss, reference.loss), `loss at step ${snapshot.step}: ${snapshot.loss} vs ${reference.loss}`).toBe(true);
        expect(snapshot.trainError).toBeCloseTo(reference.trainError, 6);
        // Evaluation uses the running statistics the fused op's batch mean and variance updated.
        if (reference.testLoss !== null) expect(close(snapshot.testLoss!, reference.testLoss), `test loss at step ${snapshot.step}`).toBe(true);
        snapshot.gradNorms!.forEach((value, l) => expect(close(value, reference.gradNorms![l]), `‖∂L/∂x_${l}‖ at step ${snapshot.step}`).toBe(true));
        snapshot.identity!.forEach((term, k) => expect(close(term.residual, reference.identity![k].residual), `identity term ${k}`).toBe(true));
      });
    });
  }

  it("releases every tensor on wasm after a run and after a cancel", async () => {
    await tf.setBackend("wasm");
    const before = tf.memory().numTensors;
    await snapshotsOn("wasm", CASES[0].spec, IMAGES);
    expect(tf.memory().numTensors).toBe(before);
    const trainer = await createTrainer(CASES[2].spec, IMAGES, CONFIG);
    await trainer.next();
    await trainer.next();
    trainer.cancel();
    expect(tf.memory().numTensors).toBe(before);
  });
});
