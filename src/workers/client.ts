/**
 * The main-thread side of the training worker: starts it, sends typed requests, and hands its messages to
 * listeners. No TF.js here — pages that import this stay light; TF.js loads inside the worker only.
 *
 * In a page:
 *   const client = createTrainingClient({
 *     workerUrl: FileAttachment("vendor/train.worker.js").href,
 *     wasmPaths: {
 *       "tfjs-backend-wasm.wasm": FileAttachment("vendor/tfjs-backend-wasm.wasm").href,
 *       "tfjs-backend-wasm-simd.wasm": FileAttachment("vendor/tfjs-backend-wasm-simd.wasm").href,
 *       "tfjs-backend-wasm-threaded-simd.wasm": FileAttachment("vendor/tfjs-backend-wasm-threaded-simd.wasm").href
 *     }
 *   });
 *   client.subscribe((message) => …);            // progress, done, error, backend (heartbeats stay in the client)
 *   client.start([{id: "plain-20", spec, data, config}, …], {replace: true});
 *   invalidation.then(() => client.terminate());
 */
import {localized, pageLocale} from "../i18n/locale.js";
import type {BackendPreference, BackendReport, ModelSpec, RunRequest, ShatteredRequest, Snapshot, WasmPaths, WorkerMessage, WorkerRequest} from "./protocol.js";
import {WORKER_TEXT} from "./text.js";
import {CANCEL_MS, watch} from "./watchdog.js";

export type * from "./protocol.js";

/** How to reach the worker. */
export interface TrainingClientOptions {
  /** URL of the bundled worker (vendor/train.worker.js). */
  workerUrl: string | URL;
  /** URLs of TF.js's .wasm binaries, passed to the worker with every start. */
  wasmPaths?: WasmPaths;
  /** Backend preference for every start (default "auto"). */
  backend?: BackendPreference;
}

/** Tensor count and live runs reported by the worker. */
export type WorkerStats = Extract<WorkerMessage, {type: "stats"}>;
/** A shattered-gradients measurement as the worker answers it. */
export type ShatterReport = Extract<WorkerMessage, {type: "shattered"}>;
/** What building a model in the worker measured. */
export type BuildReport = Extract<WorkerMessage, {type: "built"}>;

/** A handle on one training worker. */
export interface TrainingClient {
  /** Starts runs; `replace` cancels every live run first. */
  start(runs: RunRequest[], options?: {replace?: boolean; backend?: BackendPreference}): void;
  cancel(id: string): void;
  cancelAll(): void;
  /** Holds a run, or every live run, between two steps (tensors kept). */
  pause(id?: string): void;
  /** Continues a paused run, or every paused run. */
  resume(id?: string): void;
  /** Lets a run, or every live run, train on to its first snapshot at step `to` or later, then holds it there. */
  step(to: number, id?: string): void;
  /** Calls `listener` with every message from the worker; returns the unsubscribe function. */
  subscribe(listener: (message: WorkerMessage) => void): () => void;
  /** The worker's tensor count and live runs. */
  stats(): Promise<WorkerStats>;
  /** Builds `spec` in the worker with the engine's TF.js builder, counts its parameters and disposes it. */
  build(spec: ModelSpec, options?: {init?: "he" | "zeros"; seed?: number}): Promise<BuildReport>;
  /** Measures untrained nets' input gradients in the worker; `onProgress(done, total)` after each net. */
  shatter(request: ShatteredRequest, onProgress?: (done: number, total: number) => void): Promise<ShatterReport>;
  /** The last backend report (null before the first start has initialised one, and after the worker has gone). */
  readonly backend: BackendReport | null;
  /** True while a worker is running (false before the first request, and after it has gone or been terminated). */
  readonly isRunning: boolean;
  /** Stops the worker at once (all runs and tensors go with it). */
  terminate(): void;
}

/**
 * Starts a training worker, and watches it (./watchdog.ts): a worker that has work but has gone silent is declared
 * gone — its runs end ("fatal" error, then `done` as cancelled for each) and pending `stats`/`build` calls reject —
 * and a cancel it does not answer within CANCEL_MS (it is stuck in a long step) terminates it. Either way the next
 * request starts a fresh worker; runs that were not being cancelled are sent to it again. What a reader is told is in the
 * page's language (./text.ts), and every start carries that language to the worker.
 */
export function createTrainingClient({workerUrl, wasmPaths, backend: preference}: TrainingClientOptions): TrainingClient {
  const listeners = new Set<(message: WorkerMessage) => void>();
  let worker: Worker | null = null;
  let backend: BackendReport | null = null;
  let builds = 0;
  /** Run ids started and not yet reported done, with the start request that carries each. */
  const live = new Map<string, Extract<WorkerRequest, {type: "start"}>>();
  /** Cancels sent and not yet answered: id → deadline. */
  const cancelling = new Map<string, number>();
  /** stats/build requests waiting for their answer (sent again to a fresh worker when a stuck one is replaced). */
  const asked = new Set<WorkerRequest>();
  let lastHeardAt = 0;
  let longestGapMs = 0;
  let hasHeard = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const emit = (message: WorkerMessage) => {
    for (const listener of [...listeners]) listener(message);
  };
  const isBusy = () => live.size > 0 || asked.size > 0;
  const heard = () => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - lastHeardAt); // the first gap is the worker's start-up
    lastHeardAt = now;
    hasHeard = true;
  };
  const spawn = (): Worker => {
    const created = new Worker(workerUrl, {type: "module"});
    lastHeardAt = performance.now();
    longestGapMs = 0;
    hasHeard = false;
    created.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (worker !== created) return;
      heard();
      const message = event.data;
      if (message.type === "heartbeat") return;
      if (message.type === "backend") backend = message.report;
      if (message.type === "done") {
        live.delete(message.id);
        cancelling.delete(message.id);
      }
      emit(message);
    };
    created.onerror = (event) => {
      if (worker !== created) return;
      // In words: the browser's own message (a script error or a failed load) is in the console, not for a reader.
      const text = localized(WORKER_TEXT);
      emit({type: "error", id: null, message: hasHeard ? text.error : text.start});
    };
    return created;
  };
  const ensureWorker = (): Worker => {
    worker ??= spawn();
    timer ??= setInterval(check, 200);
    return worker;
  };
  const send = (request: WorkerRequest) => ensureWorker().postMessage(request);

  /** Terminates the worker; runs in `ended` end with it (cancelled), the other live runs are started again on a fresh one. */
  const replaceWorker = (ended: readonly string[], message: string | null) => {
    worker?.terminate();
    worker = null;
    backend = null;
    const restart = new Map<Extract<WorkerRequest, {type: "start"}>, RunRequest[]>();
    for (const [id, request] of live) {
      if (ended.includes(id)) continue;
      const run = request.runs.find((candidate) => candidate.id === id);
      if (run) restart.set(request, [...(restart.get(request) ?? []), run]);
    }
    live.clear();
    cancelling.clear();
    if (message !== null) emit({type: "error", id: null, message, fatal: true});
    for (const id of ended) emit({type: "done", id, status: "cancelled", snapshot: null});
    for (const [request, runs] of restart) startRuns(runs, {...request, replace: false});
    if (message === null) for (const request of asked) send(request);
  };
  function check() {
    if (!worker) {
      if (!isBusy()) {
        clearInterval(timer);
        timer = undefined;
      }
      return;
    }
    const verdict = watch({now: performance.now(), lastHeardAt, longestGapMs, isBusy: isBusy(), cancelDeadlines: cancelling.values()});
    if (verdict === "stuck") replaceWorker([...cancelling.keys()], null);
    else if (verdict === "silent") replaceWorker([...live.keys()], localized(WORKER_TEXT).silent);
  }
  const cancelIds = (ids: Iterable<string>) => {
    const deadline = performance.now() + CANCEL_MS;
    for (const id of ids) if (live.has(id) && !cancelling.has(id)) cancelling.set(id, deadline);
  };
  function startRuns(runs: RunRequest[], options: {replace?: boolean; backend?: BackendPreference}) {
    if (options.replace) cancelIds(live.keys());
    const request: Extract<WorkerRequest, {type: "start"}> = {type: "start", runs, wasmPaths, backend: options.backend ?? preference, replace: options.replace, locale: pageLocale()};
    for (const run of runs) live.set(run.id, request);
    send(request);
  }
  /** Sends a request that is answered by one message, rejecting if the worker fails or goes. */
  function ask<T extends WorkerMessage>(request: WorkerRequest, isAnswer: (message: WorkerMessage) => message is T): Promise<T> {
    return new Promise((resolve, reject) => {
      asked.add(request);
      const unsubscribe = subscribe((message) => {
        if (isAnswer(message)) {
          asked.delete(request);
          unsubscribe();
          resolve(message);
        } else if (message.type === "error" && message.id === null) {
          asked.delete(request);
          unsubscribe();
          reject(new Error(message.message));
        }
      });
      send(request);
    });
  }
  function subscribe(listener: (message: WorkerMessage) => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }
  return {
    start: (runs, options = {}) => startRuns(runs, options),
    cancel(id) {
      if (!worker) return;
      cancelIds([id]);
      send({type: "cancel", id});
    },
    cancelAll() {
      if (!worker) return;
      cancelIds(live.keys());
      send({type: "cancelAll"});
    },
    pause: (id) => worker && send({type: "pause", id}),
    resume: (id) => worker && send({type: "resume", id}),
    step: (to, id) => worker && send({type: "step", to, id}),
    subscribe,
    stats() {
      // A worker that is not running (never started, or gone) holds nothing: no need to start one to ask.
      if (!worker) return Promise.resolve({type: "stats", numTensors: 0, numBytes: 0, liveRuns: [], pausedRuns: [], backend: null});
      return ask({type: "stats"}, (message): message is WorkerStats => message.type === "stats");
    },
    build(spec, options = {}) {
      const id = `build-${++builds}`;
      return ask({type: "build", id, spec, ...options}, (message): message is BuildReport => message.type === "built" && message.id === id);
    },
    shatter(request, onProgress) {
      const id = `shatter-${++builds}`;
      const stop = onProgress ? subscribe((message) => message.type === "shatterProgress" && message.id === id && onProgress(message.done, message.total)) : () => {};
      const answer = ask({type: "shatter", id, request, wasmPaths, backend: preference}, (message): message is ShatterReport => message.type === "shattered" && message.id === id);
      return answer.finally(stop);
    },
    get backend() {
      return backend;
    },
    get isRunning() {
      return worker !== null;
    },
    terminate() {
      worker?.terminate();
      worker = null;
      clearInterval(timer);
      timer = undefined;
      live.clear();
      cancelling.clear();
      asked.clear();
      listeners.clear();
    }
  };
}

/** The snapshots of each run so far, kept by a listener — a convenience for pages that redraw every curve. */
export function collectSnapshots(client: TrainingClient): {runs: Map<string, Snapshot[]>; stop(): void} {
  const runs = new Map<string, Snapshot[]>();
  const stop = client.subscribe((message) => {
    if (message.type !== "progress") return;
    const earlier = message.snapshot.step === 0 ? [] : (runs.get(message.id) ?? []);
    runs.set(message.id, [...earlier, message.snapshot]);
  });
  return {runs, stop};
}
