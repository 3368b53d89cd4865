/**
 * How long a run will take, and how much memory it needs, said before it starts: conv nets on MNIST train at hundreds to a few thousand images
 * per second on a CPU, so a reader should know "1–2 min" before pressing Train. The estimate is a simple cost
 * model — a conv net's time grows with its multiply-adds per image (src/engine/arch), an MLP's with its depth —
 * with default speeds measured on a 2-core machine, then corrected by what this browser measured on its own
 * earlier runs (kept in localStorage per net family and backend). The progress bar's ETA takes over once
 * training starts. Sentences in `locale` (default the page's language; ./text.ts, ESTIMATE_TEXT). Pure, apart from the
 * optional storage passed in.
 */
import {allOps, countNetwork, mlpParamCount, planNetwork} from "../engine/arch/index.js";
import {depthOf, type ModelSpec} from "../engine/spec.js";
import {resolveTrainConfig, type TrainConfig} from "../engine/train/config.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {ESTIMATE_TEXT} from "./text.js";

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
export function roughDuration(ms: number, locale: Locale = pageLocale()): string {
  const text = localized(ESTIMATE_TEXT, locale);
  const seconds = ms / 1000;
  if (seconds < 60) return text.seconds(Math.max(5, Math.round(seconds / 5) * 5));
  if (seconds < 120) return text.oneToTwoMinutes;
  if (seconds < 3600) return text.minutes(Math.round(seconds / 60));
  return text.hours((seconds / 3600).toFixed(1));
}

/** Runs longer than this are called slow: the Train button then says how long they take. */
export const SLOW_MS = 60_000;

/** The estimate for some run requests, in a sentence, and whether they count as slow. */
export function describeEstimate(
  requests: ReadonlyArray<{spec: ModelSpec; config: Partial<TrainConfig>}>,
  {backend, calibration, cores, locale = pageLocale()}: {backend: string; calibration: Calibration; cores: number; locale?: Locale}
): {text: string; ms: number; isSlow: boolean} {
  const text = localized(ESTIMATE_TEXT, locale);
  const runs = requests.map((run) => ({spec: run.spec, config: resolveTrainConfig(run.config)}));
  const estimate = estimateRuns(runs, {workers: parallelWorkers(cores), backend, calibration, locale});
  const ms = estimate.ms + DEFAULT_SPEED.startupMs;
  return {text: text.takes(text.nets(runs.length), roughDuration(ms, locale), estimate.basis), ms, isSlow: ms > SLOW_MS};
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
 * preference); a calibration entry for it corrects the default speeds. `basis` is in `locale` (default the page's language).
 */
export function estimateRuns(
  runs: ReadonlyArray<{spec: ModelSpec; config: Budget}>,
  {workers, backend, calibration = {}, locale = pageLocale()}: {workers: number; backend: string; calibration?: Calibration; locale?: Locale}
): Estimate {
  const text = localized(ESTIMATE_TEXT, locale);
  const n = Math.max(1, Math.min(workers, runs.length));
  const totals = new Array<number>(n).fill(0);
  const factors = runs.map((run) => calibration[calibrationKey(run.spec, backend)]);
  runs.forEach((run, i) => (totals[i % n] += predictRunMs(run.spec, run.config) * (factors[i] ?? 1)));
  const measured = factors.find((factor) => factor !== undefined);
  return {
    ms: Math.max(...totals),
    factor: measured ?? 1,
    basis: measured !== undefined ? text.measuredBasis(backend) : text.guessBasis
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

/**
 * Memory a run holds while it trains, fitted to TF.js's own count of peak tensor bytes (tf.profile, wasm backend with
 * the project's kernels, Node, 2026-12-02) over one training step and one test evaluation of eight conv nets from
 * plain ResNet-20 at width 8, batch 32 (57 MB) to ResNet-110 at width 32, batch 256 (4.6 GB); `npm run bench`
 * prints the same measurement for each lab's largest settings. A training step holds every feature map of every
 * example of the batch for the backward pass — about 3.6–3.9 float32 values per element of the forward pass's
 * outputs (the maps, their gradients, the kernels' scratch); a test evaluation 500 examples at a time, about 16
 * values per element of the largest feature map (an inference pass lets each layer's maps go at once); the weights and
 * their momentum 8 bytes per parameter; the data set as float32.
 */
export const MEMORY_MODEL = {
  trainBytesPerElement: 4 * 3.9,
  evalExamples: 500,
  evalBytesPerElement: 4 * 16,
  paramBytes: 8,
  /** A worker's TF.js and WebAssembly before any tensor. */
  workerBytes: 40e6
} as const;

/** Elements of every op's output for one example (the sum), and of the largest single feature map. */
export function activationElements(spec: ModelSpec): {total: number; largest: number} {
  if (spec.family === "mlp") {
    // a dense layer, its BatchNorm and ReLU per layer: two layers per unit, the stem and the head
    const layers = 2 * spec.units + 2;
    return {total: 3 * layers * spec.width, largest: spec.width};
  }
  const sizes = allOps(planNetwork(spec)).map(({output}) => output.height * output.width * output.channels);
  return {total: sizes.reduce((sum, size) => sum + size, 0), largest: Math.max(...sizes)};
}

/** Bytes of a data set's examples as float32: 7,000 digits of 196 pixels for MNIST; toy sets hold 1,000 + 1,000 points. */
const dataBytes = (data: {kind: string}) => (data.kind === "mnist" ? 7000 * 196 * 4 : 2000 * 2 * 4);

/** A run's memory in two parts, bytes: what it holds all along (weights, momentum, data) and the peak of one step on top. */
export function runMemory(spec: ModelSpec, {batchSize}: Pick<TrainConfig, "batchSize">, data: {kind: string}): {held: number; step: number} {
  const {total, largest} = activationElements(spec);
  const params = spec.family === "conv" ? countNetwork(spec).params : mlpParamCount(spec);
  const training = batchSize * total * MEMORY_MODEL.trainBytesPerElement;
  const evaluation = MEMORY_MODEL.evalExamples * largest * MEMORY_MODEL.evalBytesPerElement;
  return {held: params * MEMORY_MODEL.paramBytes + dataBytes(data), step: Math.max(training, evaluation)};
}

/** Peak memory of one run, bytes: its weights, momentum and data, and the larger of a training step and an evaluation. */
export function predictRunBytes(spec: ModelSpec, config: Pick<TrainConfig, "batchSize">, data: {kind: string}): number {
  const {held, step} = runMemory(spec, config, data);
  return held + step;
}

type MemoryRequest = {spec: ModelSpec; config: Partial<TrainConfig>; data: {kind: string}};

/**
 * Peak memory of a session's runs on `workers` workers, bytes, dealt as the session deals them (run i to worker
 * i mod n): a worker holds all its runs at once but takes one step at a time.
 */
export function predictSessionBytes(requests: readonly MemoryRequest[], workers = requests.length): number {
  const n = Math.max(1, Math.min(workers, requests.length));
  const perWorker = Array.from({length: n}, () => ({held: MEMORY_MODEL.workerBytes, step: 0}));
  requests.forEach((run, i) => {
    const {held, step} = runMemory(run.spec, resolveTrainConfig(run.config), run.data);
    perWorker[i % n].held += held;
    perWorker[i % n].step = Math.max(perWorker[i % n].step, step);
  });
  return perWorker.reduce((sum, worker) => sum + worker.held + worker.step, 0);
}

/**
 * The most memory a lab may ask for: a school laptop with 4–8 GB has the browser, the system and other tabs to keep,
 * and each worker's WebAssembly memory cannot grow past 4 GB. Settings above it are refused, with what would fit.
 */
export const MEMORY_LIMIT_BYTES = 1.5e9;

/** Runs estimated to take longer than this start only when the reader confirms (a few minutes is a class's patience). */
export const ASK_MS = 5 * 60_000;

/** "about 350 MB", "about 4.6 GB". */
export function roughBytes(bytes: number, locale: Locale = pageLocale()): string {
  const text = localized(ESTIMATE_TEXT, locale);
  return bytes >= 1e9 ? text.gigabytes((bytes / 1e9).toFixed(1)) : text.megabytes(Math.max(10, Math.round(bytes / 1e7) * 10));
}

/** Whether runs may start at once, only once the reader confirms, or not at all — with the sentence that says why. */
export type Admission = {kind: "ok"; text: ""} | {kind: "ask" | "refuse"; text: string};

/**
 * Decides whether `requests` may start on `workers` workers: refused when their memory would pass
 * {@link MEMORY_LIMIT_BYTES} (saying how much they need, and — when the lab has a batch-size control — the largest
 * batch size that would fit), asked for when they would take longer than
 * {@link ASK_MS} (`ms`, from {@link describeEstimate}), else ok. The sentence is in `locale` (default the page's language).
 */
export function admission(
  requests: readonly MemoryRequest[],
  ms: number,
  {workers = requests.length, canChangeBatch = true, locale = pageLocale()}: {workers?: number; canChangeBatch?: boolean; locale?: Locale} = {}
): Admission {
  const text = localized(ESTIMATE_TEXT, locale);
  const bytes = predictSessionBytes(requests, workers);
  if (bytes > MEMORY_LIMIT_BYTES) {
    const withBatch = (batchSize: number) => predictSessionBytes(requests.map((run) => ({...run, config: {...run.config, batchSize}})), workers);
    let batch = resolveTrainConfig(requests[0]?.config ?? {}).batchSize;
    while (batch > 8 && withBatch(batch) > MEMORY_LIMIT_BYTES) batch = Math.max(8, Math.floor(batch / 2));
    const fits = canChangeBatch && withBatch(batch) <= MEMORY_LIMIT_BYTES;
    return {
      kind: "refuse",
      text:
        text.tooBig(text.nets(requests.length), roughBytes(bytes, locale), roughBytes(MEMORY_LIMIT_BYTES, locale)) +
        (fits ? text.smallerBatch(batch, roughBytes(withBatch(batch), locale)) : text.fewerLayers)
    };
  }
  if (ms > ASK_MS) return {kind: "ask", text: text.askLong(roughDuration(ms, locale))};
  return {kind: "ok", text: ""};
}
