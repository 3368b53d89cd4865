/**
 * The engine's own training loop (`src/engine/train/trainer.ts`) on the reference model: the four conv nets
 * of the degradation preset (plain and residual, 20 and 56 layers, on 14×14×1 inputs; batch 64, SGD with
 * momentum and weight decay, the engine's op choices), one optimizer step per `next()`, with snapshots,
 * evaluation and gradient probes off. Images per second from the median step. The data are seeded random
 * images (throughput does not depend on pixel values), so this runs the same in Node and in a worker.
 */
import type {Dataset} from "../../src/engine/data/dataset.js";
import {presetExperiment} from "../../src/engine/experiments/presets.js";
import {createTrainer} from "../../src/engine/train/trainer.js";
import {median} from "./measure.ts";
import type {ModelName} from "./suite.ts";

/** One net's throughput in the engine. */
export interface EngineResult {
  model: ModelName;
  imagesPerSecond: number;
  stepMs: number;
}

function split(count: number, seed: number): Dataset["train"] {
  const x = new Float32Array(count * 196);
  let state = seed;
  for (let i = 0; i < x.length; i++) x[i] = ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 31) - 1;
  return {x, y: Uint8Array.from({length: count}, (_, i) => (i * 7) % 10), count};
}

/** 1,000 + 100 seeded random 14×14 "digits". */
function syntheticDigits(): Dataset {
  return {name: "random 14×14", inputShape: [14, 14, 1], classes: 10, train: split(1000, 1), test: split(100, 2)};
}

/** Times `steps` engine steps of each of `models` on the current backend. */
export async function measureEngine(models: ModelName[], steps: number): Promise<EngineResult[]> {
  const experiment = presetExperiment("degradation", {seed: 1, data: "mnist", preActivation: false});
  const dataset = syntheticDigits();
  const results: EngineResult[] = [];
  for (const run of experiment.runs) {
    if (run.spec.family !== "conv") continue;
    const depth = run.spec.stages.reduce((sum, stage) => sum + stage.units, 0) * 2 + 2;
    const model = `${run.spec.isResidual ? "residual" : "plain"}-${depth}` as ModelName;
    if (!models.includes(model)) continue;
    const config = {...run.config, steps: steps + 2, snapshotEvery: steps + 2, evalEvery: 0, evalSize: 1, measureGradients: false};
    const trainer = await createTrainer(run.spec, dataset, config);
    const times: number[] = [];
    try {
      while (trainer.status === "running" && trainer.step < steps + 1) {
        const start = performance.now();
        await trainer.next();
        if (trainer.step > 1) times.push(performance.now() - start);
      }
    } finally {
      trainer.cancel();
    }
    const stepMs = median(times);
    results.push({model, imagesPerSecond: (config.batchSize! / stepMs) * 1000, stepMs});
  }
  return results;
}
