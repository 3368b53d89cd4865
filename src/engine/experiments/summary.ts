/**
 * What an experiment file keeps of a run — its curve and its final figures — and the degradation verdict:
 * does the deep plain net end with clearly higher training loss than the shallow plain net, while the deep
 * residual net does not?
 */
import type {ModelSpec} from "../spec.js";
import type {TrainConfig} from "../train/config.js";
import type {IdentityTerms} from "../train/probes.js";
import type {RunStatus, Snapshot} from "../train/snapshot.js";

/** One point of a training curve. */
export interface CurvePoint {
  step: number;
  loss: number;
  trainError: number;
  testError: number | null;
}

/** Gradient measurements at one snapshot. */
export interface GradientPoint {
  step: number;
  gradNorms: number[];
  identity: IdentityTerms[];
}

/** A run's final figures. */
export interface FinalFigures {
  status: RunStatus;
  /** Steps trained. */
  steps: number;
  /** Mean mini-batch training loss over the last 10% of the steps trained. */
  loss: number;
  /** Mean mini-batch training error over the same steps. */
  trainError: number;
  /** Test error at the last evaluation (the end of the run, unless it diverged or was cancelled). */
  testError: number | null;
  /** Mean training throughput. */
  imagesPerSecond: number;
  elapsedMs: number;
}

/** A finished run, as stored in an experiment file. */
export interface RunResult {
  id: string;
  spec: ModelSpec;
  config: TrainConfig;
  curve: CurvePoint[];
  /** Present when gradients were measured. */
  gradients?: GradientPoint[];
  final: FinalFigures;
}

/** Curve and final figures of a run from its snapshots (the first at step 0). */
export function summarizeRun(snapshots: readonly Snapshot[], config: TrainConfig): Pick<RunResult, "curve" | "gradients" | "final"> {
  const curve = snapshots.map(({step, loss, trainError, testError}) => ({step, loss, trainError, testError}));
  const last = snapshots.at(-1)!;
  const tail = snapshots.filter((s) => s.step > 0 && s.step > 0.9 * last.step);
  const window = tail.length > 0 ? tail : [last];
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const withGradients = snapshots.filter((s) => s.gradNorms !== null);
  return {
    curve,
    ...(withGradients.length > 0 ? {gradients: withGradients.map((s) => ({step: s.step, gradNorms: s.gradNorms!, identity: s.identity ?? []}))} : {}),
    final: {
      status: last.status,
      steps: last.step,
      loss: mean(window.map((s) => s.loss)),
      trainError: mean(window.map((s) => s.trainError)),
      testError: [...snapshots].reverse().find((s) => s.testError !== null)?.testError ?? null,
      imagesPerSecond: last.elapsedMs > 0 ? (last.step * config.batchSize * 1000) / last.elapsedMs : 0,
      elapsedMs: last.elapsedMs
    }
  };
}

/** The degradation check on a shallow/deep pair of plain and residual runs. */
export interface DegradationVerdict {
  shallowDepth: number;
  deepDepth: number;
  /** Final training losses. */
  losses: {shallowPlain: number; deepPlain: number; shallowResidual: number; deepResidual: number};
  /** A loss is "clearly above" the shallow plain net's when it exceeds it by more than this. */
  margin: number;
  /** Deep plain clearly above shallow plain. */
  plainDegrades: boolean;
  /** Deep residual clearly above shallow plain. */
  residualDegrades: boolean;
  /** plainDegrades and not residualDegrades: the paper's finding, reproduced. */
  holds: boolean;
}

/** Relative part of the margin: 20% of the shallow plain net's loss (at least 0.05 nats). */
export const DEGRADATION_MARGIN = {relative: 0.2, absolute: 0.05};

/** The verdict for runs of two depths, plain and residual each (null when the runs do not form such a set). */
export function degradationVerdict(runs: ReadonlyArray<Pick<RunResult, "spec" | "final">>, depthOf: (spec: ModelSpec) => number): DegradationVerdict | null {
  const depths = [...new Set(runs.map((run) => depthOf(run.spec)))].sort((a, b) => a - b);
  if (depths.length !== 2 || runs.length !== 4) return null;
  const loss = (depth: number, isResidual: boolean) => runs.find((run) => depthOf(run.spec) === depth && run.spec.isResidual === isResidual)?.final.loss;
  const [shallowPlain, deepPlain, shallowResidual, deepResidual] = [loss(depths[0], false), loss(depths[1], false), loss(depths[0], true), loss(depths[1], true)];
  if ([shallowPlain, deepPlain, shallowResidual, deepResidual].some((value) => value === undefined)) return null;
  const margin = Math.max(DEGRADATION_MARGIN.absolute, DEGRADATION_MARGIN.relative * shallowPlain!);
  const isClearlyAbove = (value: number) => !Number.isFinite(value) || value > shallowPlain! + margin;
  const plainDegrades = isClearlyAbove(deepPlain!);
  const residualDegrades = isClearlyAbove(deepResidual!);
  return {
    shallowDepth: depths[0],
    deepDepth: depths[1],
    losses: {shallowPlain: shallowPlain!, deepPlain: deepPlain!, shallowResidual: shallowResidual!, deepResidual: deepResidual!},
    margin,
    plainDegrades,
    residualDegrades,
    holds: plainDegrades && !residualDegrades
  };
}
