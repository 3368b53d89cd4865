/**
 * What an experiment file keeps of a run: its curve, its gradient measurements and its final figures, summarised
 * from the run's snapshots. (The verdicts on a set of runs are in `verdict.ts`.)
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
