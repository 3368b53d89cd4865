/**
 * How long a run will take, said before it starts: conv nets on MNIST train at hundreds to a few thousand images
 * per second on a CPU, so a reader should know "1–2 min" before pressing Train. The estimate is a simple cost
 * model — a conv net's time grows with its multiply-adds per image (src/engine/arch), an MLP's with its depth —
 * with default speeds measured on a 2-core machine, then corrected by what this browser measured on its own
 * earlier runs (kept in localStorage per net family and backend). The progress bar's ETA takes over once
 * training starts. Pure, apart from the optional storage passed in.
 */
import {countNetwork} from "../engine/arch/index.js";
import {depthOf, type ModelSpec} from "../engine/spec.js";
import {resolveTrainConfig, type TrainConfig} from "../engine/train/config.js";

/**
 * Default speeds, from `npm run bench` in headless Chromium on an idle 2-core machine, wasm backend with the
 * project's kernels and the engine's fused ops (2026-11-28, docs/performance.md): the conv nets of the degradation
 * preset (widths 8/16/32, MNIST 14×14) at 0.15–0.17 ns per multiply-add of a training example, the whole MNIST
 * demo (four nets, evaluation included) at 0.20 ns; MLPs of width 16 at 2.8 ms (20 layers) to 9.4 ms (56 layers)
 * per step of 64. The defaults are about 1.5× slower than that — a school laptop shared with a browser full of
 * tabs — and each browser's own measurements replace them after its first run.
 */
export const DEFAULT_SPEED = {
  /** Conv nets: nanoseconds per multiply-add of one training example (forward, backward and update together). */
  convNsPerMultiplyAdd: 0.3,
  /** MLPs: fixed cost of a step, and the cost of one weighted layer for one example. */
  mlpStepMs: 2,
  mlpLayerExampleMs: 0.003
} as const;

/** Steps, batch size: what the cost of a run depends on besides its net. */
type Budget = Pick<TrainConfig, "steps" | "batchSize">;

/** Multiply-adds of one forward pass of a conv net (null for an MLP). */
export function multiplyAddsPerExample(spec: ModelSpec): number | null {
  return spec.family === "conv" ? countNetwork(spec).multiplyAdds : null;
}

/** The default model's time for one run trained alone, in ms. */
export function predictRunMs(spec: ModelSpec, {steps, batchSize}: Budget): number {
  if (spec.family === "conv") return (steps * batchSize * multiplyAddsPerExample(spec)! * DEFAULT_SPEED.convNsPerMultiplyAdd) / 1e6;
  return steps * (DEFAULT_SPEED.mlpStepMs + batchSize * depthOf(spec) * DEFAULT_SPEED.mlpLayerExampleMs);
}

/** A duration as an estimate should be said: "about 15 s", "1–2 min", "about 7 min". */
export function roughDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `about ${Math.max(5, Math.round(seconds / 5) * 5)} s`;
  if (seconds < 120) return "1–2 min";
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min`;
  return `about ${(seconds / 3600).toFixed(1)} h`;
}

/** Runs longer than this are called slow: the Train button then says how long they take. */
export const SLOW_MS = 60_000;

/** The estimate for some run requests, in a sentence, and whether they count as slow. */
export function describeEstimate(
  requests: ReadonlyArray<{spec: ModelSpec; config: Partial<TrainConfig>}>,
  {backend, calibration, cores}: {backend: string; calibration: Calibration; cores: number}
): {text: string; ms: number; isSlow: boolean} {
  const runs = requests.map((run) => ({spec: run.spec, config: resolveTrainConfig(run.config)}));
  const estimate = estimateRuns(runs, {workers: Math.min(4, cores), backend, calibration});
  const nets = runs.length === 1 ? "this net" : `these ${runs.length} nets`;
  return {text: `Training ${nets} takes ${roughDuration(estimate.ms)} here (${estimate.basis}).`, ms: estimate.ms, isSlow: estimate.ms > SLOW_MS};
}

/** Measured time over predicted time, per "family/backend" (e.g. "conv/wasm"): > 1 when this browser is slower. */
export type Calibration = Record<string, number>;

/** The key of a calibration entry. */
export const calibrationKey = (spec: ModelSpec, backend: string) => `${spec.family}/${backend}`;

/** What an estimate says. */
export interface Estimate {
  /** Wall-clock time for all runs, ms (runs on different workers overlap). */
  ms: number;
  /** Where the speed came from, in words. */
  basis: string;
  /** The factor applied from this browser's earlier runs (1 when none). */
  factor: number;
}

/**
 * Time for several runs, dealt to `workers` workers in turn as the training session does (run i to worker
 * i mod n): the slowest worker's total. `backend` is the backend expected (the last one reported, or the
 * preference); a calibration entry for it corrects the default speeds.
 */
export function estimateRuns(
  runs: ReadonlyArray<{spec: ModelSpec; config: Budget}>,
  {workers, backend, calibration = {}}: {workers: number; backend: string; calibration?: Calibration}
): Estimate {
  const n = Math.max(1, Math.min(workers, runs.length));
  const totals = new Array<number>(n).fill(0);
  const factors = runs.map((run) => calibration[calibrationKey(run.spec, backend)]);
  runs.forEach((run, i) => (totals[i % n] += predictRunMs(run.spec, run.config) * (factors[i] ?? 1)));
  const measured = factors.find((factor) => factor !== undefined);
  return {
    ms: Math.max(...totals),
    factor: measured ?? 1,
    basis: measured !== undefined
      ? `from this browser's earlier runs on ${backend}`
      : "a rough guess from speeds measured on a 2-core laptop; this machine may be faster or slower"
  };
}

/** The calibration factor a finished run measured (its time over the default model's), or null if unusable. */
export function measuredFactor(spec: ModelSpec, config: Budget, elapsedMs: number, stepsDone: number): number | null {
  if (stepsDone < Math.min(20, config.steps) || !(elapsedMs > 0)) return null;
  return elapsedMs / predictRunMs(spec, {...config, steps: stepsDone});
}

/** Where calibration is kept (localStorage in the page; a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = "rx-lab-speed-v1";

/** The stored calibration ({} when missing, unreadable or malformed). */
export function loadCalibration(store: KeyValueStore | null): Calibration {
  try {
    const parsed = JSON.parse(store?.getItem(STORAGE_KEY) ?? "{}");
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === "number" && value > 0 && Number.isFinite(value))) as Calibration;
  } catch {
    return {};
  }
}

/** Stores a new factor for a family and backend (the geometric mean with the old one, if any); returns the table. */
export function saveCalibration(store: KeyValueStore | null, key: string, factor: number): Calibration {
  const current = loadCalibration(store);
  current[key] = current[key] === undefined ? factor : Math.sqrt(current[key] * factor);
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // storage full or refused: the estimate just stays uncorrected
  }
  return current;
}
