/**
 * The gradient-flow lab's runs as plain data: a plain MLP and its residual twin on the circles data, the MLP family
 * of the engine's presets (width 16, SGD lr 0.1, momentum 0.9, batch 64), with the gradient probes on at every
 * snapshot. The reader picks the depth, the unit (pre-activation by default: the identity's split is exact there),
 * BatchNorm, the steps and the seed. Pure: no DOM.
 */
import type {DataRequest} from "../../engine/data/request.js";
import {MLP_DEFAULTS, MLP_TRAINING} from "../../engine/experiments/presets.js";
import {mlpSpec, type MlpSpec} from "../../engine/spec.js";
import {reportingCadence, type TrainConfig} from "../../engine/train/config.js";
import type {LabelledRun} from "../../session/sessionState.js";
import type {LabValues} from "../controls/parameters.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {FLOW_RUNS_TEXT} from "./text.js";

/** What the runs depend on: the `gradientFlow` lab of the URL table (depth 2·units + 2, unit, BatchNorm, steps, seed), without its backend. */
export type FlowSettings = Omit<LabValues<"gradientFlow">, "backend">;

/** Snapshots per run the scrubber can step through (about; at least one every step for short runs). */
export const SNAPSHOTS_PER_RUN = 60;

/** MLP units for a depth: depth = 2·units + 2 (the table's depths 8, 14, 20, … are all even). */
export function unitsForDepth(depth: number): number {
  return Math.max(1, Math.round((depth - 2) / 2));
}

/** The plain and residual runs for the settings, labelled in `locale` ("plain-56" / "普通-56"). */
export function flowRuns({depth, unit, batchNorm, steps, seed}: FlowSettings, locale: Locale = pageLocale()): LabelledRun<MlpSpec>[] {
  const config: Partial<TrainConfig> = {
    ...MLP_TRAINING,
    steps,
    seed,
    ...reportingCadence(steps, {snapshots: SNAPSHOTS_PER_RUN, evaluations: 0}),
    measureGradients: true
  };
  const data: DataRequest = {kind: "toy", name: "circles", seed};
  return [false, true].map((isResidual) => {
    const spec = mlpSpec({units: unitsForDepth(depth), width: MLP_DEFAULTS.width, batchNorm, preActivation: unit === "preact", isResidual});
    const id = isResidual ? "residual" : "plain";
    return {id, label: localized(FLOW_RUNS_TEXT, locale).runLabel(isResidual, 2 * spec.units + 2), spec, data, config};
  });
}

/** The settings in one line, for captions: "plain vs residual MLP-56 (width 16) on circles · pre-activation units · BatchNorm · … · 300 steps · seed 1". */
export function describeFlow({depth, unit, batchNorm, steps, seed}: FlowSettings, locale: Locale = pageLocale()): string {
  const {lr, momentum, batchSize} = MLP_TRAINING;
  const layers = 2 * unitsForDepth(depth) + 2;
  return localized(FLOW_RUNS_TEXT, locale).caption({layers, width: MLP_DEFAULTS.width, isPreActivation: unit === "preact", batchNorm, lr: lr!, momentum: momentum!, batchSize: batchSize!, steps, seed});
}
