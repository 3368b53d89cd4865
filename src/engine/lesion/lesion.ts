/**
 * The lesion study of Veit, Wilber & Belongie 2016 on a trained net, without retraining: the test error with each unit
 * deleted on its own, and with k randomly chosen units deleted at once (several draws for every k), for a plain net and
 * its residual twin; for the residual net with pre-activation units also the gradient through paths of each length
 * (./paths.ts). What "deleted" means for each kind of unit is in ../model/lesion.ts.
 */
import * as tf from "@tensorflow/tfjs-core";
import {isDeletable} from "../model/lesion.js";
import type {Model} from "../model/types.js";
import type {DeviceData} from "../train/batches.js";
import {evaluate} from "../train/metrics.js";
import {createRng} from "../rng.js";
import {drawUnits, pathGradients} from "./paths.js";
import type {LesionSettings, NetLesion, RandomDeletions, SingleDeletion} from "./setup.js";

export * from "./setup.js";

/** Test error of `model` over the uploaded test split with the units in `lesioned` deleted. */
export function lesionedError(model: Model, data: Pick<DeviceData, "testX" | "testY" | "classes">, lesioned: ReadonlySet<number>): number {
  const {lossSum, errors} = evaluate(model, data.testX, data.testY, data.classes, 500, {lesioned});
  const count = errors.dataSync()[0];
  tf.dispose([lossSum, errors]);
  return count / data.testX.shape[0];
}

/** Indices of the units that can be deleted (every unit of a residual net; the shape-keeping units of a plain one). */
export function deletableUnits(model: Model): number[] {
  return model.units.flatMap((unit, l) => (isDeletable(unit) ? [l] : []));
}

/** Called after each measurement with how many are done of how many; may wait (to yield) or throw (to stop). */
export type LesionTick = (done: number, total: number) => void | Promise<void>;

/** Each unit deleted on its own. */
export async function singleDeletions(model: Model, data: Pick<DeviceData, "testX" | "testY" | "classes">, tick?: () => void | Promise<void>): Promise<SingleDeletion[]> {
  const single: SingleDeletion[] = [];
  for (const [l, unit] of model.units.entries()) {
    single.push({unit: l, name: unit.name, stage: unit.stage, changesShape: unit.inputShape.join() !== unit.outputShape.join(), error: isDeletable(unit) ? lesionedError(model, data, new Set([l])) : null});
    await tick?.();
  }
  return single;
}

/** `draws` random sets of k deletable units for every k = 1 … (deletable units), each set's test error. */
export async function randomDeletions(model: Model, data: Pick<DeviceData, "testX" | "testY" | "classes">, draws: number, seed: number, tick?: () => void | Promise<void>): Promise<RandomDeletions[]> {
  const deletable = deletableUnits(model);
  const rng = createRng(seed, "lesion-draws");
  const random: RandomDeletions[] = [];
  for (let k = 1; k <= deletable.length; k++) {
    const errors: number[] = [];
    for (let draw = 0; draw < draws; draw++) {
      errors.push(lesionedError(model, data, drawUnits(rng, deletable, k)));
      await tick?.();
    }
    random.push({k, errors});
  }
  return random;
}

/** Measurements `lesionNet` makes on `model` (what its `tick` counts up to). */
export function lesionMeasurements(model: Model, settings: LesionSettings): number {
  const hasPaths = isPathExact(model);
  return 1 + model.units.length + deletableUnits(model).length * settings.draws + (hasPaths ? model.units.length + 1 : 0);
}

const isPathExact = (model: Model) => model.spec.isResidual && "preActivation" in model.spec && model.spec.preActivation;

/**
 * The whole study on one trained net (`id` names it in the analysis): the intact error, each single deletion, the
 * random deletions, and for a pre-activation residual net the path gradients. `tick` follows the measurements.
 */
export async function lesionNet(id: string, model: Model, data: DeviceData, settings: LesionSettings, tick?: LesionTick): Promise<NetLesion> {
  const total = lesionMeasurements(model, settings);
  let done = 0;
  const next = () => tick?.(++done, total);
  const baseError = lesionedError(model, data, new Set());
  await next();
  const single = await singleDeletions(model, data, next);
  const random = await randomDeletions(model, data, settings.draws, settings.seed, next);
  const paths = isPathExact(model) ? await pathGradients(model, data.trainX, data.trainY, {samples: settings.pathSamples, batch: settings.pathBatch, seed: settings.seed}, next) : null;
  return {id, isResidual: model.spec.isResidual, units: model.units.length, baseError, chance: 1 - 1 / data.classes, single, random, paths};
}
