/**
 * The experiments of the experiment CLI (`npm run experiment -- <preset>`), as plain data: which nets train on
 * which data with which settings. The pages can read the same definitions to label the reference runs in data/.
 *
 * Depths are the papers' weighted-layer counts. The MLP family has 2·units + 2 layers, the CIFAR-style conv family
 * 6n + 2; both therefore reach 8, 14, 20, 32, 44 and 56.
 */
import type {DataRequest} from "../data/request.js";
import type {ToyName} from "../data/toy2d.js";
import {mlpSpec, mnistConvSpec, type ModelSpec} from "../spec.js";
import {reportingCadence, type TrainConfig} from "../train/config.js";
import {SHATTERED_DEFAULTS, SHATTERED_DEPTHS, type ShatteredRequest} from "../shattered/setup.js";
import {landscapeRequest, type LandscapeRequest} from "../landscape/setup.js";

/** One run of an experiment. */
export interface ExperimentRun {
  /** Unique within the experiment, e.g. "plain-56". */
  id: string;
  spec: ModelSpec;
  config: Partial<TrainConfig>;
}

/** An experiment: its runs share one data set. */
export interface Experiment {
  preset: PresetName;
  description: string;
  data: DataRequest;
  runs: ExperimentRun[];
  /**
   * What is measured besides training curves (runExperiment computes it): "responses", He et al. 2015 Fig. 7's, on each
   * trained net; "shattered", Balduzzi et al. 2017's input gradients at initialisation (no runs train: `shattered` says
   * what to measure); "landscape", Li et al. 2018's loss surface around each trained net (`landscape` says how);
   * "lesion", Veit et al. 2016's lesion study and path gradients on each trained net.
   */
  analysis?: "responses" | "shattered" | "landscape" | "lesion";
  shattered?: ShatteredRequest;
  landscape?: LandscapeRequest;
}

/** What the CLI (or a page) may choose. */
export interface PresetOptions {
  seed?: number;
  steps?: number;
  /** A toy 2-D set for the MLP family (default "circles"), or "mnist" for the conv family. */
  data?: ToyName | "mnist";
  /** Pre-activation units (default, He et al. 2016) or the original units of He et al. 2015. */
  preActivation?: boolean;
  /** One depth for the lesion preset (default LESION_DEPTH) or the landscape preset (default LANDSCAPE_DEPTHS); the other presets have their own. */
  depth?: number;
}

/** The presets of the experiment CLI. */
export const PRESET_NAMES = ["degradation", "depth-sweep", "grad-flow", "responses", "shattered", "landscape", "lesion"] as const;
/** Name of a preset. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** The depth pair of the degradation experiment (the paper's Fig. 1 and Fig. 6 compare 20 and 56 layers). */
export const DEGRADATION_DEPTHS = [20, 56] as const;
/**
 * Depth of the lesion study's twins: 20 layers (9 units), where the plain nets of both families still train (the
 * depth sweeps in data/README.md) — a lesion of a plain net that never learnt would show nothing.
 */
export const LESION_DEPTH = 20;
/** Depths of the depth sweep. */
export const SWEEP_DEPTHS = [8, 14, 20, 32, 44, 56] as const;

/**
 * The MLP family's settings on 2-D data, calibrated over many seeds (data/README.md): width 16 with BatchNorm, and
 * pre-activation units by default — at these short budgets the original 56-layer residual MLP sometimes fails to
 * start, the pre-activation one does not (the plain nets are plain stacks either way).
 */
export const MLP_DEFAULTS = {width: 16, batchNorm: true} as const;
/** Training settings of the MLP family: SGD, momentum 0.9, lr 0.1, batch 64, 300 steps. */
export const MLP_TRAINING: Partial<TrainConfig> = {steps: 300, batchSize: 64, lr: 0.1, momentum: 0.9, weightDecay: 1e-4};
/**
 * The conv family on MNIST 14×14: widths 8/16/32 (DESIGN.md's reference model), batch 64, lr 0.1 after a warm-up
 * at lr 0.01 for the first sixth of the steps (`CONV_WARMUP_FRACTION`). Calibrated over seeds (data/README.md):
 * without the warm-up the 56-layer residual net starts slowly at this budget and ends above the 20-layer plain
 * net for most seeds — He et al. 2015 (§4.2) warmed ResNet-110 up at 0.01 for the same reason.
 */
export const CONV_TRAINING: Partial<TrainConfig> = {steps: 300, batchSize: 64, lr: 0.1, momentum: 0.9, weightDecay: 1e-4};
/**
 * The degradation lab's budget for the conv family (the degradation and depth-sweep presets, whose runs the lab draws):
 * 200 steps of 32 — a third of `CONV_TRAINING`'s images — and test error on the first 500 test digits, so the lab's
 * four nets train in under 20 s in a browser on a 2-core machine (docs/performance.md); the same rates, after a warm-up
 * at `CONV_LAB_WARMUP_LR` for the first sixth of the steps. Calibrated over seeds 1–20 (data/README.md): at 100 steps
 * of 64 (as many images) or with the warm-up at 0.01, the 56-layer residual net ended above the 20-layer plain net on
 * some seeds; twice as many smaller steps after a warm-up at 0.02 start it on every seed tried.
 */
export const CONV_LAB_TRAINING: Partial<TrainConfig> = {...CONV_TRAINING, steps: 200, batchSize: 32, evalSize: 500};
/** Fraction of a conv run's steps at the warm-up rate `CONV_WARMUP_LR`. */
export const CONV_WARMUP_FRACTION = 1 / 6;
/** Learning rate of the conv family's warm-up. */
export const CONV_WARMUP_LR = 0.01;
/** Learning rate of the warm-up at the degradation lab's budget (`CONV_LAB_TRAINING`). */
export const CONV_LAB_WARMUP_LR = 0.02;

/** A conv budget: the training settings, and the rate of the warm-up over the first `CONV_WARMUP_FRACTION` of its steps. */
interface ConvBudget {
  training: Partial<TrainConfig>;
  warmupLr: number;
}
const CONV_BUDGET: ConvBudget = {training: CONV_TRAINING, warmupLr: CONV_WARMUP_LR};
const CONV_LAB_BUDGET: ConvBudget = {training: CONV_LAB_TRAINING, warmupLr: CONV_LAB_WARMUP_LR};

/**
 * Depths of the landscape preset: 56 layers for the MLPs (where the plain net degrades and Li et al.'s ResNet-56
 * pair sits); 20 and 56 for the conv nets on MNIST (two of Li et al.'s Fig. 5 depths, 20/56/110). The verdict reads the deepest.
 */
export const LANDSCAPE_DEPTHS = {mlp: [56], conv: [20, 56]} as const;

/** About 30 snapshots and 6 test evaluations per run (every 10 and 50 steps at the default 300). */
export const PRESET_CADENCE = {snapshots: 30, evaluations: 6} as const;

/** The plain and residual nets of one depth for the chosen data. */
function twins(depth: number, options: PresetOptions): ModelSpec[] {
  return [false, true].map((isResidual) => {
    if (options.data === "mnist") {
      return mnistConvSpec({depth, width: 8, isResidual, preActivation: options.preActivation ?? false});
    }
    return mlpSpec({units: (depth - 2) / 2, ...MLP_DEFAULTS, preActivation: options.preActivation ?? true, isResidual});
  });
}

function dataFor(options: PresetOptions): DataRequest {
  return options.data === "mnist" ? {kind: "mnist"} : {kind: "toy", name: options.data ?? "circles", seed: options.seed ?? 1};
}

/** The runs of `depths` (twins each); a conv run trains with `conv`'s budget (default `CONV_TRAINING`), an MLP with `MLP_TRAINING`. */
function runsFor(depths: readonly number[], options: PresetOptions, overrides: Partial<TrainConfig>, conv: ConvBudget = CONV_BUDGET): ExperimentRun[] {
  const isConv = options.data === "mnist";
  const base = isConv ? conv.training : MLP_TRAINING;
  const steps = options.steps ?? base.steps!;
  const warmup = isConv ? {warmup: {steps: Math.round(steps * CONV_WARMUP_FRACTION), lr: conv.warmupLr}} : {};
  const config = {...base, ...warmup, ...reportingCadence(steps, PRESET_CADENCE), ...overrides, steps, seed: options.seed ?? 1};
  return depths.flatMap((depth) => twins(depth, options).map((spec) => ({id: spec.name.replace(/^(residual|plain) MLP/, "$1"), spec, config})));
}

/** The experiment a preset names, for the given options. */
export function presetExperiment(preset: PresetName, options: PresetOptions = {}): Experiment {
  const data = dataFor(options);
  switch (preset) {
    case "degradation":
      return {preset, data, description: "Plain and residual twins at 20 and 56 layers: final training loss", runs: runsFor(DEGRADATION_DEPTHS, options, {measureGradients: false}, CONV_LAB_BUDGET)};
    case "depth-sweep":
      return {preset, data, description: "Plain and residual nets from 8 to 56 layers: final training error vs depth", runs: runsFor(SWEEP_DEPTHS, options, {measureGradients: false}, CONV_LAB_BUDGET)};
    case "grad-flow":
      return {
        preset,
        data,
        description: "‖∂L/∂x_l‖ per unit and the identity's terms, plain vs residual at 56 layers, from initialisation on",
        runs: runsFor([56], options, {measureGradients: true, snapshotEvery: 10})
      };
    case "responses":
      if (options.data !== "mnist" || options.preActivation) throw new Error("the responses preset measures conv nets with the original unit: use --data mnist");
      return {
        preset,
        data,
        description: "Std of every 3×3 layer's response (after BN, before ReLU and the addition), plain vs residual at 20 and 56 layers, after training (He et al. 2015, Fig. 7)",
        runs: runsFor(DEGRADATION_DEPTHS, options, {measureGradients: false}),
        analysis: "responses"
      };
    case "landscape":
      return {
        preset,
        data,
        description: "Loss on a 21×21 grid around each trained net's weights along two filter-normalised random directions, plain vs residual (Li et al. 2018)",
        runs: runsFor(options.depth !== undefined ? [options.depth] : options.data === "mnist" ? LANDSCAPE_DEPTHS.conv : LANDSCAPE_DEPTHS.mlp, options, {measureGradients: false}),
        analysis: "landscape",
        landscape: landscapeRequest(options.seed ?? 1)
      };
    case "lesion":
      return {
        preset,
        data,
        description: `Plain and residual twins at ${options.depth ?? LESION_DEPTH} layers, pre-activation units: test error with units deleted after training, one at a time and k at random, and the gradient through paths of each length (Veit et al. 2016)`,
        runs: runsFor([options.depth ?? LESION_DEPTH], {...options, preActivation: options.preActivation ?? true}, {measureGradients: false}),
        analysis: "lesion"
      };
    case "shattered": {
      if (options.data !== undefined || options.steps !== undefined || options.preActivation === false) throw new Error("the shattered preset measures untrained pre-activation MLPs on a line of inputs: no --data, --steps or --units");
      const {points, from, to} = SHATTERED_DEFAULTS;
      return {
        preset,
        data: {kind: "line", points, from, to},
        description: "Gradient of the output with respect to the input along a line of 1-D inputs, plain vs residual MLPs at initialisation, 2 to 56 layers (Balduzzi et al. 2017)",
        runs: [],
        analysis: "shattered",
        shattered: {seed: options.seed ?? 1, depths: SHATTERED_DEPTHS}
      };
    }
  }
}
