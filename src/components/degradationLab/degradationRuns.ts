/**
 * The degradation lab's four runs — plain and residual twins at a shallow and a deep depth — derived from the
 * engine's `presetExperiment("degradation")`, the same definition the experiment CLI used to make the reference
 * runs in data/. Only the depths (and the seed and steps the reader chose) are changed, so with the default
 * settings the lab trains exactly the reference configuration, and the CLI, the reference data and the lab
 * cannot drift apart. Pure: no DOM.
 */
import {presetExperiment, DEGRADATION_DEPTHS} from "../../engine/experiments/presets.js";
import type {DataRequest} from "../../engine/data/request.js";
import {depthOf, twinOf, type ModelSpec} from "../../engine/spec.js";
import type {TrainConfig} from "../../engine/train/config.js";
import type {LabelledRun} from "../../session/sessionState.js";
import {netLabel} from "../charts/curves.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {DEGRADATION_RUNS_TEXT} from "./text.js";

/** The data a degradation lab trains on: MNIST 14×14 with conv nets (the paper's setting, the default), or circles with the MLP family (a toy, faster). */
export type DegradationData = "circles" | "mnist";

/** What the reader chooses. */
export interface DegradationSettings {
  data: DegradationData;
  /** Weighted layers of the shallower pair (6n + 2, which is also 2·units + 2 for the MLPs). */
  shallow: number;
  /** Weighted layers of the deeper pair. */
  deep: number;
  steps: number;
  seed: number;
}

/** The lab's defaults, read off the preset (depths 20 and 56, its steps for the data, seed 1; MNIST unless `data` says otherwise). */
export function defaultDegradationSettings(data: DegradationData = "mnist"): DegradationSettings {
  const experiment = presetExperiment("degradation", {data});
  return {data, shallow: DEGRADATION_DEPTHS[0], deep: DEGRADATION_DEPTHS[1], steps: experiment.runs[0].config.steps!, seed: experiment.runs[0].config.seed!};
}

/**
 * True for conv-net settings that train longer than the lab's default (about 20 s): more steps or deeper nets. The
 * work of a run grows with its steps and its depth.
 */
export function isSlowSetting(settings: DegradationSettings): boolean {
  const defaults = defaultDegradationSettings("mnist");
  const work = ({steps, shallow, deep}: DegradationSettings) => steps * (shallow + deep);
  return settings.data === "mnist" && work(settings) > work(defaults);
}

/** The same net at another depth: MLP units = (depth − 2) / 2, conv units per stage n = (depth − 2) / 6. */
export function withDepth(spec: ModelSpec, depth: number): ModelSpec {
  if (spec.family === "mlp") {
    const units = (depth - 2) / 2;
    if (!Number.isInteger(units) || units < 1) throw new RangeError(`an MLP depth must be 2·units + 2 with units ≥ 1, got ${depth}`);
    return twinOf({...spec, units}, spec.isResidual);
  }
  const n = (depth - 2) / (2 * spec.stages.length);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a ${spec.stages.length}-stage conv depth must be ${2 * spec.stages.length}n + 2, got ${depth}`);
  return twinOf({...spec, stages: spec.stages.map((stage) => ({...stage, units: n}))}, spec.isResidual);
}

/** Longest interval between two snapshots of a lab run: the preset's own interval at its default length (300 steps). */
export const MAX_SNAPSHOT_EVERY = 10;

/**
 * The preset's training settings, reporting at least every {@link MAX_SNAPSHOT_EVERY} steps so that the curves of a
 * long run move (the preset spaces 30 snapshots over any length: every 167 steps for 5,000). Test evaluations stay
 * as sparse as the preset's, on a multiple of the snapshot interval. Training itself is unchanged: snapshots only read.
 */
export function liveReporting(config: Partial<TrainConfig>): Partial<TrainConfig> {
  const every = config.snapshotEvery ?? MAX_SNAPSHOT_EVERY;
  if (every <= MAX_SNAPSHOT_EVERY) return {...config};
  const evalEvery = config.evalEvery ? Math.max(MAX_SNAPSHOT_EVERY, Math.round(config.evalEvery / MAX_SNAPSHOT_EVERY) * MAX_SNAPSHOT_EVERY) : config.evalEvery;
  return {...config, snapshotEvery: MAX_SNAPSHOT_EVERY, evalEvery};
}

/** The lab's experiment: its data request and four labelled runs (ids "shallow-plain", "shallow-residual", "deep-plain", "deep-residual"). */
export interface DegradationExperiment {
  data: DataRequest;
  runs: LabelledRun[];
}

/** Builds the four runs for the reader's settings (`mnistUrl`: where the page serves mnist-14.bin). */
export function degradationRuns(settings: DegradationSettings, {mnistUrl}: {mnistUrl?: string} = {}): DegradationExperiment {
  const experiment = presetExperiment("degradation", {seed: settings.seed, steps: settings.steps, data: settings.data === "mnist" ? "mnist" : "circles"});
  const data: DataRequest = experiment.data.kind === "mnist" ? {kind: "mnist", ...(mnistUrl ? {url: mnistUrl} : {})} : experiment.data;
  const [shallowDepth] = DEGRADATION_DEPTHS;
  const runs = (["shallow", "deep"] as const).flatMap((which) => {
    const depth = which === "shallow" ? settings.shallow : settings.deep;
    return experiment.runs
      .filter((run) => depthOf(run.spec) === shallowDepth)
      .map((run) => {
        const spec = withDepth(run.spec, depth);
        return {id: `${which}-${spec.isResidual ? "residual" : "plain"}`, label: netLabel(spec), spec, data, config: liveReporting(run.config)};
      });
  });
  return {data, runs};
}

/** One line naming everything that made a chart: nets, data, depths, optimiser, steps and seed (for captions and exports). */
export function degradationCaption(experiment: DegradationExperiment, settings: DegradationSettings, locale: Locale = pageLocale()): string {
  const text = localized(DEGRADATION_RUNS_TEXT, locale);
  const spec = experiment.runs[0].spec;
  const config = experiment.runs[0].config;
  const units = text.unitsName(spec.preActivation);
  const norm = text.normName(spec.batchNorm);
  const nets =
    spec.family === "mlp"
      ? text.mlpNets(spec.width, norm, units, experiment.data.kind === "toy" ? text.toyName[experiment.data.name] : "MNIST")
      : text.convNets(spec.stages.map((stage) => stage.width).join("/"), norm, units, spec.shortcut);
  const depths = text.depths(settings.shallow, settings.deep);
  return text.caption({nets, depths, lr: config.lr, momentum: config.momentum, weightDecay: config.weightDecay, batchSize: config.batchSize, steps: settings.steps, seed: settings.seed});
}

/**
 * The run the lab would train for a net of another depth and seed with the reader's other settings — what a reference
 * run must equal to sit on the reader's error-vs-depth chart. Null for a depth the family cannot have.
 */
export function sameSettingsAt(settings: DegradationSettings): (depth: number, isResidual: boolean, seed: number) => DegradationExperiment["runs"][number] | null {
  return (depth, isResidual, seed) => {
    const run = degradationRuns({...settings, seed}).runs.find((candidate) => candidate.spec.isResidual === isResidual)!;
    try {
      return {...run, spec: withDepth(run.spec, depth)};
    } catch {
      return null;
    }
  };
}
