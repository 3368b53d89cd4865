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

/** Each unit deleted on its own. */
export function singleDeletions(model: Model, data: Pick<DeviceData, "testX" | "testY" | "classes">): SingleDeletion[] {
  return model.units.map((unit, l) => ({
    unit: l,
    name: unit.name,
    stage: unit.stage,
    changesShape: unit.inputShape.join() !== unit.outputShape.join(),
    error: isDeletable(unit) ? lesionedError(model, data, new Set([l])) : null
  }));
}

/** `draws` random sets of k deletable units for every k = 1 … (deletable units), each set's test error. */
export function randomDeletions(model: Model, data: Pick<DeviceData, "testX" | "testY" | "classes">, draws: number, seed: number): RandomDeletions[] {
  const deletable = deletableUnits(model);
  const rng = createRng(seed, "lesion-draws");
  return deletable.map((_, i) => {
    const k = i + 1;
    return {k, errors: Array.from({length: draws}, () => lesionedError(model, data, drawUnits(rng, deletable, k)))};
  });
}

/** The whole study on one trained net (`id` names it in the analysis). */
export function lesionNet(id: string, model: Model, data: DeviceData, settings: LesionSettings): NetLesion {
  const {spec} = model;
  const isExact = spec.isResidual && "preActivation" in spec && spec.preActivation;
  return {
    id,
    isResidual: spec.isResidual,
    units: model.units.length,
    baseError: lesionedError(model, data, new Set()),
    chance: 1 - 1 / data.classes,
    single: singleDeletions(model, data),
    random: randomDeletions(model, data, settings.draws, settings.seed),
    paths: isExact ? pathGradients(model, data.trainX, data.trainY, {samples: settings.pathSamples, batch: settings.pathBatch, seed: settings.seed}) : null
  };
}
