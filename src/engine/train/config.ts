/**
 * A training run's settings as plain data, with defaults and limits. Pages, the worker protocol and the CLI all
 * pass this object; `resolveTrainConfig` fills in defaults and rejects values outside the limits with a message
 * naming the field.
 */

/** How the learning rate changes over the run (after any warm-up). */
export type LrSchedule =
  /** The base rate throughout. */
  | {kind: "constant"}
  /** Multiply by `gamma` at each milestone, given as fractions of the run (He et al. 2015, §4.2: 0.1 at 32k and 48k of 64k steps = [0.5, 0.75]). */
  | {kind: "step"; milestones: number[]; gamma: number}
  /** Half a cosine from the base rate down to `minLr` (default 0) at the last step. */
  | {kind: "cosine"; minLr?: number};

/** A constant low rate for the first steps (He et al. 2015, §4.2: ResNet-110 at 0.01 until training error < 80%). */
export interface Warmup {
  steps: number;
  lr: number;
}

/** Everything a run needs besides the model spec and the data. */
export interface TrainConfig {
  /** Optimizer steps (mini-batches) to train. */
  steps: number;
  batchSize: number;
  /** Base learning rate of SGD. */
  lr: number;
  /** Momentum μ: v ← μ·v + g; w ← w − lr·v. */
  momentum: number;
  /** L2 weight decay λ, added to every gradient as λ·w (weights, biases and BatchNorm parameters alike). */
  weightDecay: number;
  schedule: LrSchedule;
  warmup: Warmup | null;
  /** Seed of the weight init and of the batch order. */
  seed: number;
  /** A snapshot every this many steps (and at step 0 and at the end). */
  snapshotEvery: number;
  /** Test error every this many steps, at snapshots (0: only at step 0 and at the end). */
  evalEvery: number;
  /** Test examples per evaluation (0: the whole test split). */
  evalSize: number;
  /** Measure ‖∂L/∂x_l‖ (and the identity's terms) at every snapshot. */
  measureGradients: boolean;
  /** 2-D data only: class probabilities on a resolution×resolution grid at every snapshot, or null. */
  boundary: {resolution: number} | null;
}

/** Defaults: the settings of the live demos (SGD with momentum 0.9, weight decay 1e-4 as in the paper). */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  steps: 300,
  batchSize: 64,
  lr: 0.1,
  momentum: 0.9,
  weightDecay: 1e-4,
  schedule: {kind: "constant"},
  warmup: null,
  seed: 1,
  snapshotEvery: 10,
  evalEvery: 50,
  evalSize: 0,
  measureGradients: true,
  boundary: null
};

/** Limits every caller (URL, UI, CLI) is held to. */
export const TRAIN_LIMITS = {
  steps: [1, 100_000],
  batchSize: [1, 1024],
  lr: [0, 10],
  momentum: [0, 0.999],
  weightDecay: [0, 0.1],
  snapshotEvery: [1, 100_000],
  evalEvery: [0, 100_000],
  evalSize: [0, 1_000_000],
  boundaryResolution: [4, 256]
} as const;

function check(name: string, value: number, [min, max]: readonly [number, number], isInteger: boolean): void {
  if (!Number.isFinite(value) || value < min || value > max || (isInteger && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be ${isInteger ? "an integer" : "a number"} in [${min}, ${max}], got ${value}`);
  }
}

/** Defaults filled in and every field checked; throws a `RangeError` naming the first bad field. */
export function resolveTrainConfig(partial: Partial<TrainConfig> = {}): TrainConfig {
  const config: TrainConfig = {...DEFAULT_TRAIN_CONFIG, ...partial};
  for (const name of ["steps", "batchSize", "snapshotEvery", "evalEvery", "evalSize"] as const) check(name, config[name], TRAIN_LIMITS[name], true);
  for (const name of ["lr", "momentum", "weightDecay"] as const) check(name, config[name], TRAIN_LIMITS[name], false);
  check("seed", config.seed, [0, 2 ** 32 - 1], true);
  if (config.warmup) {
    check("warmup.steps", config.warmup.steps, [0, config.steps], true);
    check("warmup.lr", config.warmup.lr, TRAIN_LIMITS.lr, false);
  }
  if (config.schedule.kind === "step") {
    config.schedule.milestones.forEach((m, i) => check(`schedule.milestones[${i}]`, m, [0, 1], false));
    check("schedule.gamma", config.schedule.gamma, [0, 1], false);
  }
  if (config.boundary) check("boundary.resolution", config.boundary.resolution, TRAIN_LIMITS.boundaryResolution, true);
  return config;
}

/**
 * Snapshot and test-evaluation intervals that spread about `snapshots` snapshots and `evaluations` evaluations over a
 * run of `steps` steps. Evaluations are only taken at snapshots, so `evalEvery` is a multiple of `snapshotEvery`
 * (0 evaluations: only at step 0 and at the end). E.g. 300 steps, 30 snapshots, 6 evaluations → every 10 and 50.
 */
export function reportingCadence(steps: number, {snapshots, evaluations}: {snapshots: number; evaluations: number}): Pick<TrainConfig, "snapshotEvery" | "evalEvery"> {
  const snapshotEvery = Math.max(1, Math.round(steps / snapshots));
  const evalEvery = evaluations > 0 ? snapshotEvery * Math.max(1, Math.round(steps / snapshotEvery / evaluations)) : 0;
  return {snapshotEvery, evalEvery};
}
