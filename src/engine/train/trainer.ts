/**
 * A training run, one step at a time: `createTrainer(spec, dataset, config)` builds the model from the seed,
 * uploads the data once and returns a `Trainer` whose `next()` runs one optimizer step and resolves with a
 * `Snapshot` when one is due (step 0, every `snapshotEvery` steps, the last step). Each snapshot reads the device
 * once. The run ends "done" after `config.steps` steps, "diverged" on a non-finite loss, or "cancelled"; every
 * tensor it made is released then. Stepping is synchronous between snapshots, so a scheduler can interleave
 * several trainers step by step (the worker does).
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Dataset} from "../data/dataset.js";
import {buildModel} from "../model/buildModel.js";
import type {Model} from "../model/types.js";
import type {ModelSpec} from "../spec.js";
import {ensureGradients} from "../tfSetup.js";
import {BatchSampler, uploadDataset, type DeviceData} from "./batches.js";
import {boundaryGrid} from "./boundary.js";
import {resolveTrainConfig, type TrainConfig} from "./config.js";
import {identityPairs} from "./probes.js";
import {learningRateAt} from "./schedule.js";
import {createSgd} from "./sgd.js";
import {readSnapshot, type RunState} from "./readSnapshot.js";
import type {RunStatus, Snapshot} from "./snapshot.js";
import {trainStep} from "./trainStep.js";

/** A run in progress. */
export interface Trainer {
  readonly spec: ModelSpec;
  readonly config: TrainConfig;
  /** The live model (for tests and inspection; the trainer owns and disposes it). */
  readonly model: Model;
  readonly status: RunStatus;
  /** Optimizer steps completed. */
  readonly step: number;
  /** Runs the next step; resolves with a snapshot when one is due, else null (also null once the run has ended). */
  next(): Promise<Snapshot | null>;
  /** Stops the run and releases its tensors (at once, or when a pending `next()` settles). Idempotent. */
  cancel(): void;
}

/** Throws unless `dataset` fits `spec` (input shape and classes). */
export function checkCompatible(spec: ModelSpec, dataset: Dataset): void {
  const features = dataset.inputShape.reduce((a, b) => a * b, 1);
  const expected = spec.family === "mlp" ? [spec.inputDim] : [spec.input.height, spec.input.width, spec.input.channels];
  const fits = spec.family === "mlp" ? spec.inputDim === features : expected.join() === dataset.inputShape.join();
  if (!fits) throw new Error(`${spec.name} expects inputs [${expected}], but ${dataset.name} has [${dataset.inputShape}]`);
  if (spec.classes !== dataset.classes) throw new Error(`${spec.name} has ${spec.classes} classes, ${dataset.name} has ${dataset.classes}`);
  if (dataset.train.count === 0) throw new Error(`${dataset.name} has no training examples`);
}

/** Builds the model and the optimizer, uploads the data, and returns the run ready for its first `next()`. */
/** What a caller may do with a run's trained net before its tensors are released (the experiment CLI's analyses). */
export interface TrainerHooks {
  /**
   * Called once when the run has finished its steps ("done"), with the model, the uploaded test inputs and the whole
   * uploaded data set; the last `next()` resolves (and the tensors are released) only after a returned promise settles.
   */
  onDone?: (model: Model, testX: tf.Tensor, data: DeviceData) => void | Promise<void>;
}

export async function createTrainer(spec: ModelSpec, dataset: Dataset, options: Partial<TrainConfig> = {}, hooks: TrainerHooks = {}): Promise<Trainer> {
  await ensureGradients();
  const config = resolveTrainConfig(options);
  checkCompatible(spec, dataset);
  if (config.boundary && dataset.inputShape.join() !== "2") throw new Error("a decision boundary needs 2-D data");
  const model = buildModel(spec, {seed: config.seed});
  const state: RunState = {
    spec,
    config,
    model,
    data: uploadDataset(dataset, config.evalSize || dataset.test.count),
    sgd: createSgd(model.params.map((param) => param.variable), config),
    pairs: identityPairs(model),
    grid: config.boundary ? boundaryGrid(config.boundary.resolution, dataset.extent ?? [-1, 1]) : null,
    extent: dataset.extent ?? [-1, 1],
    window: [],
    step: 0,
    startedAt: 0,
    lastSnapshotAt: 0
  };
  return runTrainer(state, new BatchSampler(dataset.train.count, config.batchSize, config.seed), hooks);
}

function runTrainer(state: RunState, sampler: BatchSampler, hooks: TrainerHooks): Trainer {
  const {config, model} = state;
  let status: RunStatus = "running";
  let isBusy = false;
  let isReleased = false;
  let pending = sampler.next();
  const release = () => {
    if (isReleased) return;
    isReleased = true;
    for (const {loss, errors} of state.window) tf.dispose([loss, errors]);
    state.window.length = 0;
    tf.dispose(state.grid ?? []);
    state.sgd.dispose();
    state.data.dispose();
    model.dispose();
  };
  /** One pass: step 0 measures the initial network on the first batch; later steps update. */
  const pass = (isSnapshot: boolean) => {
    const isInitial = state.startedAt === 0;
    if (isInitial) state.startedAt = state.lastSnapshotAt = performance.now();
    const lr = isInitial ? null : learningRateAt(config, state.step);
    const probePairs = isSnapshot && config.measureGradients ? state.pairs : null;
    const result = trainStep(model, state.data, state.sgd, pending, {lr, probePairs});
    if (!isInitial) {
      pending = sampler.next();
      state.step++;
    }
    state.window.push(result);
    return result.readout;
  };
  return {
    spec: state.spec,
    config,
    model,
    get status() {
      return status;
    },
    get step() {
      return state.step;
    },
    async next() {
      if (status !== "running" || isBusy) return null;
      isBusy = true;
      try {
        const isInitial = state.startedAt === 0;
        const nextStep = isInitial ? 0 : state.step + 1;
        const isSnapshot = isInitial || nextStep % config.snapshotEvery === 0 || nextStep === config.steps;
        const readout = pass(isSnapshot);
        if (!isSnapshot) return null;
        const snapshot = await readSnapshot(state, readout);
        if ((status as RunStatus) === "cancelled") return null;
        status = snapshot.status;
        return snapshot;
      } catch (error) {
        status = "cancelled";
        throw error;
      } finally {
        try {
          // Still busy while the hook runs (the landscape sweep, the lesion study): a cancel() meanwhile leaves the release to the end of this block.
          if (status === "done" && !isReleased) await hooks.onDone?.(model, state.data.testX, state.data);
        } finally {
          isBusy = false;
          if (status !== "running") release();
        }
      }
    },
    cancel() {
      if (status === "running") status = "cancelled";
      if (!isBusy) release();
    }
  };
}
