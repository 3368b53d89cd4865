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
 * Default speeds: the Lab page's own runs timed end to end in headless Chromium on a 2-core machine (wasm backend with
 * the project's kernels, two training workers, 2026-12-02): plain-20 + ResNet-20 on MNIST (widths 8/16/32, 300 steps
 * of 32, 7 test evaluations) 17.7 s, the same pair at 56 layers 41.2 s, MLP-18 pair on spirals 4.0 s, MLP-56 pair on
 * circles 7.6 s. Fitted: a conv net costs 0.22 ns per multiply-add of a training example (an evaluated test example a
 * third of that: no backward pass) plus 8 ms per step (op dispatch, BatchNorm, the optimiser); an MLP 2 ms per step
 * plus 4 µs per weighted layer and example; a session 1.5 s to start its workers (TF.js, WebAssembly, the data).
 * Each browser's own measurements replace the per-family speeds after its first run.
 */
export const DEFAULT_SPEED = {
  /** Conv nets: nanoseconds per multiply-add of one training example (forward, backward and update together). */
  convNsPerMultiplyAdd: 0.22,
  /** Conv nets: fixed cost of one step, ms. */
  convStepMs: 8,
  /** MLPs: fixed cost of a step, and the cost of one weighted layer for one example. */
  mlpStepMs: 2,
  mlpLayerExampleMs: 0.004,
  /** Starting a session's workers (TF.js and its WebAssembly, the data), ms. */
  startupMs: 1500
} as const;

/** Threads the project's convolution kernels use per worker (src/engine/kernels/kernelThreads.ts): two workers on a 2-core machine share its cores. */
const THREADS_PER_WORKER = 2;

/** Workers that train at full speed side by side on `cores` cores (1 on a 2-core laptop: its runs share the cores). */
export function parallelWorkers(cores: number): number {
  return Math.max(1, Math.min(4, Math.floor(cores / THREADS_PER_WORKER)));
}

/** Steps, batch size and test evaluations: what the cost of a run depends on besides its net. */
type Budget = Pick<TrainConfig, "steps" | "batchSize"> & Partial<Pick<TrainConfig, "evalEvery" | "evalSize">>;

/** Test examples of the data sets when an evaluation reads the whole split (the MNIST subset and the toy sets both hold 1,000). */
const TEST_EXAMPLES = 1000;

/** Test evaluations of a run: step 0, every `evalEvery` steps and the last step (none when not given). */
export function evaluationsOf({steps, evalEvery}: Budget): number {
  if (evalEvery === undefined) return 0;
  if (evalEvery === 0) return 2;
  return 1 + Math.floor(steps / evalEvery) + (steps % evalEvery === 0 ? 0 : 1);
}

/** Multiply-adds of one forward pass of a conv net (null for an MLP). */
export function multiplyAddsPerExample(spec: ModelSpec): number | null {
  return spec.family === "conv" ? countNetwork(spec).multiplyAdds : null;
}

/** The default model's time for one run trained alone, in ms. */
export function predictRunMs(spec: ModelSpec, budget: Budget): number {
  const {steps, batchSize} = budget;
  const tested = evaluationsOf(budget) * (budget.evalSize || TEST_EXAMPLES);
  if (spec.family === "conv") {
    const examples = steps * batchSize + tested / 3;
    return (examples * multiplyAddsPerExample(spec)! * DEFAULT_SPEED.convNsPerMultiplyAdd) / 1e6 + steps * DEFAULT_SPEED.convStepMs;
  }
  return steps * DEFAULT_SPEED.mlpStepMs + (steps * batchSize + tested / 3) * depthOf(spec) * DEFAULT_SPEED.mlpLayerExampleMs;
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
  const estimate = estimateRuns(runs, {workers: parallelWorkers(cores), backend, calibration});
  const ms = estimate.ms + DEFAULT_SPEED.startupMs;
  const nets = runs.length === 1 ? "this net" : `these ${runs.length} nets`;
  return {text: `Training ${nets} takes ${roughDuration(ms)} here (${estimate.basis}).`, ms, isSlow: ms > SLOW_MS};
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
