/**
 * The training worker's logic, apart from the worker global so that Node tests can drive it: it keeps the live
 * runs, trains them round-robin one step at a time, yields to the message loop between steps (so a cancel lands
 * within one step), and reports through `post`.
 */
import * as tf from "@tensorflow/tfjs-core";
import {initBackend, type BackendPreference, type BackendReport} from "../engine/backend.js";
import type {Dataset} from "../engine/data/dataset.js";
import {loadData, type MnistLoader} from "../engine/data/request.js";
import {buildModel} from "../engine/model/buildModel.js";
import type {Snapshot} from "../engine/train/snapshot.js";
import {createTrainer, type Trainer, type TrainerHooks} from "../engine/train/trainer.js";
import {DEFAULT_TRAIN_CONFIG} from "../engine/train/config.js";
import {timeTrainingStep} from "../engine/train/timeStep.js";
import {lesionNet} from "../engine/lesion/lesion.js";
import {measureNet} from "../engine/landscape/analysis.js";
import {measureShattered} from "../engine/shattered/shattered.js";
import type {Locale} from "../i18n/locale.js";
import type {RunRequest, WorkerMessage, WorkerRequest} from "./protocol.js";

/** What the scheduler needs from its host. */
export interface SchedulerHost {
  post(message: WorkerMessage): void;
  /** Loads MNIST; a failure's message is for the reader, in `locale` (the language of the page that started the run). */
  loadMnist: (url: Parameters<MnistLoader>[0], locale: Locale) => ReturnType<MnistLoader>;
}

interface LiveRun {
  request: RunRequest;
  trainer: Trainer | null;
  last: Snapshot | null;
  isCancelled: boolean;
  isPaused: boolean;
  /** While stepping: the run holds at its first snapshot of at least this step (`step` request). */
  stepTo: number | null;
}

/** Resolves after pending messages have been handled (a macrotask via MessageChannel: no 4 ms timer clamp). */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the scheduler; feed it every request with `handle`. */
export function createScheduler(host: SchedulerHost): {handle(request: WorkerRequest): Promise<void>} {
  const live = new Map<string, LiveRun>();
  const datasets = new Map<string, Promise<Dataset>>();
  let backend: {preference: BackendPreference; family: "conv" | "mlp"; report: BackendReport} | null = null;
  /** The language of the page that sent the last start. */
  let locale: Locale = "en";
  let isPumping = false;
  /** Starts are numbered as they arrive and run one after another; a cancel voids the starts issued before it. */
  let issued = 0;
  let queue: Promise<void> = Promise.resolve();
  let allVoidUpTo = 0;
  const voidUpTo = new Map<string, number>();

  function finish(id: string, run: LiveRun, status: "done" | "diverged" | "cancelled"): void {
    if (live.get(id) === run) live.delete(id);
    run.trainer?.cancel();
    host.post({type: "done", id, status, snapshot: run.last});
  }

  function cancel(id: string): void {
    voidUpTo.set(id, issued);
    const run = live.get(id);
    if (!run) return;
    run.isCancelled = true;
    finish(id, run, "cancelled");
  }

  function cancelAll(): void {
    allVoidUpTo = issued;
    for (const id of [...live.keys()]) cancel(id);
  }

  async function ensureBackend(request: Extract<WorkerRequest, {type: "start"}>): Promise<void> {
    const preference = request.backend ?? "auto";
    const needsConv = [...request.runs, ...[...live.values()].map((run) => run.request)].some((run) => run.spec.family === "conv");
    const family = needsConv ? "conv" : "mlp";
    if (backend && backend.preference === preference && (backend.family === "conv" || family === "mlp")) return;
    // Where a real GPU and WebAssembly can both run, a few steps of the request's first net decide between them.
    const [first] = request.runs;
    const probe = first
      ? async () => timeTrainingStep(first.spec, await dataset(first), {batchSize: first.config.batchSize ?? DEFAULT_TRAIN_CONFIG.batchSize, seed: first.config.seed})
      : undefined;
    const report = await initBackend({preference, family, wasmPaths: request.wasmPaths, probe});
    if (backend && report.backend !== backend.report.backend) for (const id of [...live.keys()]) cancel(id);
    backend = {preference, family, report};
    host.post({type: "backend", report});
  }

  function dataset(run: RunRequest): Promise<Dataset> {
    const key = JSON.stringify(run.data);
    if (!datasets.has(key)) datasets.set(key, loadData(run.data, (url) => host.loadMnist(url, locale)));
    return datasets.get(key)!;
  }

  async function begin(request: RunRequest, sequence: number): Promise<void> {
    if (sequence <= allVoidUpTo || sequence <= (voidUpTo.get(request.id) ?? 0)) {
      host.post({type: "done", id: request.id, status: "cancelled", snapshot: null});
      return;
    }
    const previous = live.get(request.id);
    if (previous) {
      previous.isCancelled = true;
      finish(request.id, previous, "cancelled");
    }
    const run: LiveRun = {request, trainer: null, last: null, isCancelled: false, isPaused: false, stepTo: null};
    live.set(request.id, run);
    try {
      const trainer = await createTrainer(request.spec, await dataset(request), request.config, analysisHooks(request, run));
      if (run.isCancelled) trainer.cancel();
      else run.trainer = trainer;
    } catch (error) {
      if (run.isCancelled) return;
      host.post({type: "error", id: request.id, message: errorText(error)});
      finish(request.id, run, "cancelled");
    }
  }

  /**
   * A run that asks for a lesion study or a loss landscape gets it after its last step: each measurement (or grid row)
   * is reported, the message loop gets a turn after each (so a cancel lands and the heartbeat goes on), and a cancel
   * stops it.
   */
  function analysisHooks(request: RunRequest, run: LiveRun): TrainerHooks {
    const tick = (type: "lesionProgress" | "landscapeProgress") => async (done: number, total: number) => {
      host.post({type, id: request.id, done, total});
      await yieldToMessages();
      if (run.isCancelled) throw new Error("cancelled");
    };
    const {lesion, landscape} = request;
    if (lesion) {
      return {
        async onDone(model, _, data) {
          const startedAt = performance.now();
          const result = await lesionNet(request.id, model, data, lesion, tick("lesionProgress"));
          host.post({type: "lesion", id: request.id, lesion: result, elapsedMs: performance.now() - startedAt});
        }
      };
    }
    if (landscape) {
      return {
        async onDone(model) {
          const startedAt = performance.now();
          const result = await measureNet(request.id, model, await dataset(request), landscape, tick("landscapeProgress"));
          host.post({type: "landscape", id: request.id, landscape: result, elapsedMs: performance.now() - startedAt});
        }
      };
    }
    return {};
  }

  /** One step of one run; reports its snapshot and its end. */
  async function advance(id: string, run: LiveRun): Promise<void> {
    try {
      const snapshot = await run.trainer!.next();
      if (run.isCancelled) return;
      if (snapshot) {
        run.last = snapshot;
        if (run.stepTo !== null && snapshot.step >= run.stepTo) {
          run.isPaused = true; // held before the progress message goes out, so the page never sees it run past
          run.stepTo = null;
        }
        host.post({type: "progress", id, snapshot});
      }
      const status = run.trainer!.status;
      if (status !== "running") finish(id, run, status);
    } catch (error) {
      if (run.isCancelled) return;
      host.post({type: "error", id, message: errorText(error)});
      finish(id, run, "cancelled");
    }
  }

  /** Round-robin over the live, unpaused runs until none is left, yielding to messages after every step. */
  async function pump(): Promise<void> {
    if (isPumping) return;
    isPumping = true;
    try {
      while (live.size > 0) {
        const ready = [...live.entries()].filter(([, run]) => run.trainer !== null && !run.isPaused);
        for (const [id, run] of ready) {
          if (run.isCancelled || live.get(id) !== run) continue;
          await advance(id, run);
          await yieldToMessages();
        }
        if (ready.length === 0) break; // all paused or still being built: start/resume pump again
      }
    } finally {
      isPumping = false;
    }
  }

  /** True once `build` initialised the cpu backend for itself (no run has chosen one yet). */
  let hasBuildBackend = false;

  /** Builds a model only to count it; uses the active backend (cpu if none has been chosen yet). */
  async function build(request: Extract<WorkerRequest, {type: "build"}>): Promise<void> {
    if (!backend && !hasBuildBackend) {
      await initBackend({preference: "cpu"});
      hasBuildBackend = true;
    }
    const before = tf.memory();
    const startedAt = performance.now();
    const model = buildModel(request.spec, {seed: request.seed ?? 1, init: request.init ?? "he"});
    const buildMs = performance.now() - startedAt;
    const after = tf.memory();
    const params = model.countParams();
    model.dispose();
    host.post({type: "built", id: request.id, params, tensors: after.numTensors - before.numTensors, bytes: after.numBytes - before.numBytes, buildMs, backend: tf.getBackend()});
  }

  /** Measures a shattered-gradients request on the active backend (initialised for MLPs if none is yet), yielding between nets. */
  async function shatter(request: Extract<WorkerRequest, {type: "shatter"}>): Promise<void> {
    if (!backend) {
      const preference = request.backend ?? "auto";
      backend = {preference, family: "mlp", report: await initBackend({preference, family: "mlp", wasmPaths: request.wasmPaths})};
      host.post({type: "backend", report: backend.report});
    }
    const startedAt = performance.now();
    const analysis = await measureShattered(request.request, async (done, total) => {
      host.post({type: "shatterProgress", id: request.id, done, total});
      await yieldToMessages();
    });
    host.post({type: "shattered", id: request.id, analysis, elapsedMs: performance.now() - startedAt, backend: tf.getBackend()});
  }

  function setPaused(id: string | undefined, isPaused: boolean): void {
    for (const [runId, run] of live) {
      if (id !== undefined && id !== runId) continue;
      run.isPaused = isPaused;
      run.stepTo = null;
    }
    if (!isPaused) void pump();
  }

  /** Lets the runs (or one) train on to their first snapshot at step `to` or later, and holds them there. */
  function step(id: string | undefined, to: number): void {
    for (const [runId, run] of live) {
      if (id !== undefined && id !== runId) continue;
      const isThere = run.last !== null && run.last.step >= to;
      run.stepTo = isThere ? null : to;
      run.isPaused = isThere;
    }
    void pump();
  }

  /** The part of a start that waits (backend, data, model building), run in arrival order. */
  async function start(request: Extract<WorkerRequest, {type: "start"}>, sequence: number): Promise<void> {
    if (sequence <= allVoidUpTo) {
      for (const run of request.runs) host.post({type: "done", id: run.id, status: "cancelled", snapshot: null});
      return;
    }
    await ensureBackend(request);
    await Promise.all(request.runs.map((run) => begin(run, sequence)));
    void pump();
  }

  function enqueueStart(request: Extract<WorkerRequest, {type: "start"}>): Promise<void> {
    if (request.replace) cancelAll();
    if (request.locale) locale = request.locale;
    const sequence = ++issued;
    queue = queue.then(() => start(request, sequence)).catch((error) => host.post({type: "error", id: null, message: errorText(error)}));
    return queue;
  }

  return {
    async handle(request) {
      try {
        if (request.type === "start") await enqueueStart(request);
        else if (request.type === "cancel") cancel(request.id);
        else if (request.type === "cancelAll") cancelAll();
        else if (request.type === "pause" || request.type === "resume") setPaused(request.id, request.type === "pause");
        else if (request.type === "step") step(request.id, request.to);
        else if (request.type === "build") await build(request);
        else if (request.type === "shatter") await shatter(request);
        else if (request.type === "stats") {
          // Before any start or build no backend exists, and tf.memory() would initialise one (wasm without its
          // .wasm paths): report the empty state instead.
          const memory = backend || hasBuildBackend ? tf.memory() : {numTensors: 0, numBytes: 0};
          const pausedRuns = [...live.entries()].filter(([, run]) => run.isPaused).map(([id]) => id);
          host.post({type: "stats", numTensors: memory.numTensors, numBytes: memory.numBytes, liveRuns: [...live.keys()], pausedRuns, backend: backend?.report.backend ?? null});
        }
      } catch (error) {
        host.post({type: "error", id: null, message: errorText(error)});
      }
    }
  };
}
