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
 *   client.subscribe((message) => …);            // progress, done, error, backend
 *   client.start([{id: "plain-20", spec, data, config}, …], {replace: true});
 *   invalidation.then(() => client.terminate());
 */
import type {BackendPreference, BackendReport, ModelSpec, RunRequest, Snapshot, WasmPaths, WorkerMessage, WorkerRequest} from "./protocol.js";

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
  /** Calls `listener` with every message from the worker; returns the unsubscribe function. */
  subscribe(listener: (message: WorkerMessage) => void): () => void;
  /** The worker's tensor count and live runs. */
  stats(): Promise<WorkerStats>;
  /** Builds `spec` in the worker with the engine's TF.js builder, counts its parameters and disposes it. */
  build(spec: ModelSpec, options?: {init?: "he" | "zeros"; seed?: number}): Promise<BuildReport>;
  /** The last backend report (null before the first start has initialised one). */
  readonly backend: BackendReport | null;
  /** Stops the worker at once (all runs and tensors go with it). */
  terminate(): void;
}

/** Starts a training worker. */
export function createTrainingClient({workerUrl, wasmPaths, backend: preference}: TrainingClientOptions): TrainingClient {
  const worker = new Worker(workerUrl, {type: "module"});
  const listeners = new Set<(message: WorkerMessage) => void>();
  let backend: BackendReport | null = null;
  let builds = 0;
  const send = (request: WorkerRequest) => worker.postMessage(request);
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (event.data.type === "backend") backend = event.data.report;
    for (const listener of listeners) listener(event.data);
  };
  worker.onerror = (event) => {
    for (const listener of listeners) listener({type: "error", id: null, message: event.message || "the training worker failed to start"});
  };
  return {
    start: (runs, options = {}) => send({type: "start", runs, wasmPaths, backend: options.backend ?? preference, replace: options.replace}),
    cancel: (id) => send({type: "cancel", id}),
    cancelAll: () => send({type: "cancelAll"}),
    pause: (id) => send({type: "pause", id}),
    resume: (id) => send({type: "resume", id}),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats() {
      return new Promise((resolve, reject) => {
        const unsubscribe = this.subscribe((message) => {
          if (message.type === "stats") {
            unsubscribe();
            resolve(message);
          } else if (message.type === "error" && message.id === null) {
            unsubscribe();
            reject(new Error(message.message));
          }
        });
        send({type: "stats"});
      });
    },
    build(spec, options = {}) {
      const id = `build-${++builds}`;
      return new Promise((resolve, reject) => {
        const unsubscribe = this.subscribe((message) => {
          if (message.type === "built" && message.id === id) {
            unsubscribe();
            resolve(message);
          } else if (message.type === "error" && message.id === null) {
            unsubscribe();
            reject(new Error(message.message));
          }
        });
        send({type: "build", id, spec, ...options});
      });
    },
    get backend() {
      return backend;
    },
    terminate() {
      worker.terminate();
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
