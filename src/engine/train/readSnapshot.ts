/**
 * Turns a run's device state into a `Snapshot` with a single read: the window's losses and error counts, the
 * test evaluation when due, the probe norms and the decision-boundary probabilities are packed into one vector.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";
import type {ModelSpec} from "../spec.js";
import type {DeviceData} from "./batches.js";
import {boundaryProbabilities} from "./boundary.js";
import type {TrainConfig} from "./config.js";
import {evaluate} from "./metrics.js";
import {unpackProbeReadout} from "./probes.js";
import {learningRateAt} from "./schedule.js";
import type {Sgd} from "./sgd.js";
import type {Snapshot} from "./snapshot.js";
import type {StepResult} from "./trainStep.js";

/** Everything a run holds between steps. */
export interface RunState {
  spec: ModelSpec;
  config: TrainConfig;
  model: Model;
  data: DeviceData;
  sgd: Sgd;
  pairs: Array<{unit: number; to: number}>;
  grid: tf.Tensor2D | null;
  extent: [number, number];
  /** Loss and error scalars of the steps since the last snapshot. */
  window: StepResult[];
  step: number;
  startedAt: number;
  lastSnapshotAt: number;
}

function isEvalDue(config: TrainConfig, step: number): boolean {
  return step === 0 || step === config.steps || (config.evalEvery > 0 && step % config.evalEvery === 0);
}

/** Packs [mean loss, error count, test loss sum, test errors]? + readout? + boundary? into one vector. */
function pack(state: RunState, readout: tf.Tensor1D | null, withEval: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    const losses = state.window.map((result) => result.loss);
    const errors = state.window.map((result) => result.errors);
    const parts: tf.Tensor1D[] = [tf.stack([tf.mean(tf.stack(losses)), tf.sum(tf.stack(errors))]) as tf.Tensor1D];
    if (withEval) {
      const {lossSum, errors: testErrors} = evaluate(state.model, state.data.testX, state.data.testY, state.data.classes);
      parts.push(tf.stack([lossSum, testErrors]) as tf.Tensor1D);
    }
    if (readout) parts.push(readout);
    if (state.grid) parts.push(boundaryProbabilities(state.model, state.grid));
    return tf.concat(parts);
  });
}

/** Reads the device once and builds the snapshot at `state.step`; clears the window. */
export async function readSnapshot(state: RunState, readout: tf.Tensor1D | null): Promise<Snapshot> {
  const {config, data, model} = state;
  const withEval = isEvalDue(config, state.step);
  const windowSteps = state.window.length;
  const packed = pack(state, readout, withEval);
  for (const result of state.window) tf.dispose([result.loss, result.errors]);
  state.window.length = 0;
  tf.dispose(readout ?? []);
  const values = await packed.data();
  packed.dispose();
  const now = performance.now();
  const [loss, errorCount] = values;
  let offset = 2;
  const testLoss = withEval ? values[offset] / data.testCount : null;
  const testError = withEval ? values[offset + 1] / data.testCount : null;
  if (withEval) offset += 2;
  const probes = readout ? unpackProbeReadout(values.subarray(offset), model.units.length, state.pairs, isExactIdentity(state.spec)) : null;
  if (readout) offset += model.units.length + 1 + state.pairs.length;
  const isFinite = Number.isFinite(loss) && (probes?.gradNorms.every(Number.isFinite) ?? true);
  const snapshot: Snapshot = {
    step: state.step,
    epoch: (state.step * config.batchSize) / data.trainCount,
    loss,
    trainError: errorCount / (windowSteps * config.batchSize),
    testError,
    testLoss,
    gradNorms: probes?.gradNorms ?? null,
    identity: probes?.identity ?? null,
    lr: learningRateAt(config, Math.max(0, state.step - 1)),
    imagesPerSecond: (windowSteps * config.batchSize * 1000) / Math.max(now - state.lastSnapshotAt, 1e-3),
    elapsedMs: now - state.startedAt,
    status: !isFinite ? "diverged" : state.step >= config.steps ? "done" : "running",
    boundary: state.grid
      ? {resolution: config.boundary!.resolution, extent: state.extent, classes: data.classes, probabilities: Array.from(values.subarray(offset))}
      : null
  };
  state.lastSnapshotAt = now;
  return snapshot;
}

/** The identity's decomposition is exact only for pre-activation units (no ReLU after the addition). */
function isExactIdentity(spec: ModelSpec): boolean {
  return spec.preActivation;
}
