/**
 * The Lab page's settings as runs for the training worker: the configured net and, optionally, its twin (the
 * same spec with the shortcuts switched, trained from the same seed, so the two differ in nothing else), the
 * data they train on, and every optimiser setting of the page. Pure: no DOM, no worker.
 */
import {labSpec} from "../controls/labSpec.js";
import type {LabValues} from "../controls/parameters.js";
import {twinOf, type ModelSpec} from "../../engine/spec.js";
import type {DataRequest} from "../../engine/data/request.js";
import {reportingCadence, type TrainConfig} from "../../engine/train/config.js";
import type {LabelledRun} from "../../session/sessionState.js";
import {pageLocale, type Locale} from "../../i18n/locale.js";
import {localNetName} from "../../session/netName.js";

/** Settings of the Lab page. */
export type LabSettings = LabValues<"lab">;

/** Points on each side of the decision-boundary grid (2-D data only). */
export const BOUNDARY_RESOLUTION = 32;
/** About 60 snapshots per run, so a long run's curve stays light and a short one still has points, and 6 test evaluations (each reads the whole test split). */
const LAB_CADENCE = {snapshots: 60, evaluations: 6} as const;

/** True for the 2-D toy data sets (MLPs, decision boundary), false for MNIST (conv nets). */
export function isToyData(settings: Pick<LabSettings, "dataset">): boolean {
  return settings.dataset !== "mnist14";
}

/** The data the settings name: a toy set drawn from the seed, or the build's MNIST subset at `mnistUrl`. */
export function labData(settings: Pick<LabSettings, "dataset" | "seed">, mnistUrl: string): DataRequest {
  if (settings.dataset === "mnist14") return {kind: "mnist", url: mnistUrl};
  return {kind: "toy", name: settings.dataset, seed: settings.seed};
}

/** The training settings: optimiser and budget from the page, snapshots and evaluations spread over the run. */
export function labTrainConfig(settings: LabSettings): Partial<TrainConfig> {
  return {
    steps: settings.steps,
    batchSize: settings.batchSize,
    lr: settings.learningRate,
    momentum: settings.momentum,
    weightDecay: settings.weightDecay,
    seed: settings.seed,
    ...reportingCadence(settings.steps, LAB_CADENCE),
    measureGradients: false,
    boundary: isToyData(settings) ? {resolution: BOUNDARY_RESOLUTION} : null
  };
}

/** The configured net first, then (when `twin` is on) its twin; ids "residual"/"plain", labels the nets' names in `locale`. */
export function labRunRequests(settings: LabSettings, mnistUrl: string, locale: Locale = pageLocale()): LabelledRun[] {
  const spec = labSpec(settings);
  const specs: ModelSpec[] = settings.twin ? [spec, twinOf(spec, !spec.isResidual)] : [spec];
  const data = labData(settings, mnistUrl);
  const config = labTrainConfig(settings);
  return specs.map((net) => ({id: net.isResidual ? "residual" : "plain", label: localNetName(net.name, locale), spec: net, data, config}));
}
