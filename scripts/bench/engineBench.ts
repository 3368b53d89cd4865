/**
 * The engine's own training loop (`src/engine/train/trainer.ts`) on the four nets of the degradation preset
 * (plain and residual, 20 and 56 layers): the conv family on 14×14×1 inputs (the reference model), or the MLP
 * family on circles (the default demo); batch 64, SGD with momentum and weight decay, the engine's own code: BatchNorm + ReLU through `batchNormTrain`, the update through
 * `sgdMomentumStep`, each a wasm kernel when registered, TF.js ops otherwise), one optimizer step per `next()`, with snapshots,
 * evaluation and gradient probes off. Images per second from the median step. The data are seeded random
 * images (throughput does not depend on pixel values), so this runs the same in Node and in a worker. Several
 * modes (kernel sets, threads, and PyTorch's steps of the same net through `torchReference.py --serve`) are timed
 * step by step in turn, so their ratios come from one stretch of time.
 */
import type {Dataset} from "../../src/engine/data/dataset.js";
import {toyDataset} from "../../src/engine/data/toy2d.js";
import {presetExperiment} from "../../src/engine/experiments/presets.js";
import {depthOf, mlpSpec} from "../../src/engine/spec.js";
import {createTrainer, type Trainer} from "../../src/engine/train/trainer.js";
import {median} from "./measure.ts";
import type {ModelName} from "./suite.ts";

/** Which preset family: the conv nets on 14×14 images, or the MLPs on circles (the default demo). */
export type EngineFamily = "conv" | "mlp";

/** One net's throughput in the engine. */
export interface EngineResult {
  family: EngineFamily;
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

/** A way to run the engine: `activate` installs its kernels and threads before each of its steps. */
export interface EngineMode<T extends string> {
  name: T;
  activate(): Promise<unknown>;
  /** Timed steps for this mode. */
  steps: number;
  /** Not the engine: one step of `model` elsewhere (PyTorch), resolving with its own timing in ms. */
  external?: (model: ModelName) => Promise<number>;
}

/** One timed step of `trainer` after `mode.activate()`, or the external step's own timing. */
async function timedStep(mode: EngineMode<string>, trainer: Trainer | null, model: ModelName): Promise<number> {
  if (mode.external) return mode.external(model);
  await mode.activate();
  const start = performance.now();
  await trainer!.next();
  return performance.now() - start;
}

/**
 * Times engine steps of each of `models` in every mode, interleaved: the modes' trainers take steps in turn
 * (each after its `activate`), so a machine busy with other work slows every mode alike and the ratios
 * between modes stay fair. Images per second from each mode's median step.
 */
export async function measureEngine<T extends string>(models: ModelName[], modes: EngineMode<T>[], family: EngineFamily = "conv"): Promise<(EngineResult & {mode: T})[]> {
  const experiment = family === "conv" ? presetExperiment("degradation", {seed: 1, data: "mnist", preActivation: false}) : presetExperiment("degradation", {seed: 1});
  const dataset = family === "conv" ? syntheticDigits() : toyDataset({name: "circles", seed: 1});
  const results: (EngineResult & {mode: T})[] = [];
  for (const run of experiment.runs) {
    const depth = depthOf(run.spec);
    const model = `${run.spec.isResidual ? "residual" : "plain"}-${depth}` as ModelName;
    if (!models.includes(model)) continue;
    const most = Math.max(...modes.map((mode) => mode.steps));
    // Throughput does not depend on the learning rate: no warm-up (it could outlast these few steps).
    const config = {...run.config, warmup: null, steps: most + 2, snapshotEvery: most + 2, evalEvery: 0, evalSize: 1, measureGradients: false};
    const trainers: (Trainer | null)[] = [];
    try {
      for (const mode of modes) {
        await mode.activate();
        trainers.push(mode.external ? null : await createTrainer(run.spec, dataset, config));
      }
      const times = modes.map(() => [] as number[]);
      // Step 1 of each trainer is its untimed warm-up (step 0 measures the initial net); likewise externally.
      for (let round = 0; round < most + 2; round++) {
        for (const [i, mode] of modes.entries()) {
          if (times[i].length >= mode.steps) continue;
          const ms = await timedStep(mode, trainers[i], model);
          if (round >= 2) times[i].push(ms);
        }
      }
      modes.forEach((mode, i) => {
        const stepMs = median(times[i]);
        results.push({mode: mode.name, family, model, imagesPerSecond: (config.batchSize! / stepMs) * 1000, stepMs});
      });
    } finally {
      for (const trainer of trainers) trainer?.cancel();
    }
  }
  return results;
}

/** The twin-batching estimate for one depth: ms per step of one MLP at width w and at 2w, and their ratio. */
export interface TwinEstimate {
  depth: number;
  singleMs: number;
  doubleMs: number;
  /** doubleMs / (2 · singleMs): the best a batched twin pair could do against two separate nets. */
  ratio: number;
}

/**
 * Would training a plain/residual pair in one batched computation pay? Its best case is one net of twice the
 * width (the pair's layers side by side, block-diagonal) instead of two: this times the default demo's MLPs
 * (width 16) against width 32, interleaved, on the current backend. A real batched pair also needs masks (the
 * off-diagonal blocks, the plain twin's missing shortcut), so it can only do worse than this ratio.
 */
export async function estimateTwinBatching(depths: number[], steps: number): Promise<TwinEstimate[]> {
  const dataset = toyDataset({name: "circles", seed: 1});
  const estimates: TwinEstimate[] = [];
  for (const depth of depths) {
    const specs = [16, 32].map((width) => mlpSpec({units: (depth - 2) / 2, width, batchNorm: true, preActivation: true, isResidual: true}));
    const trainers = await Promise.all(specs.map((spec) => createTrainer(spec, dataset, {steps: steps + 2, snapshotEvery: steps + 2, evalEvery: 0, measureGradients: false})));
    try {
      const times: number[][] = [[], []];
      for (let round = 0; round < steps + 2; round++) {
        for (const [i, trainer] of trainers.entries()) {
          const start = performance.now();
          await trainer.next();
          if (round >= 2) times[i].push(performance.now() - start);
        }
      }
      const [singleMs, doubleMs] = times.map((t) => median(t));
      estimates.push({depth, singleMs, doubleMs, ratio: doubleMs / (2 * singleMs)});
    } finally {
      for (const trainer of trainers) trainer.cancel();
    }
  }
  return estimates;
}
