/**
 * A page's training session: training workers (src/workers/client.ts) behind a small, safe API. It deals the runs
 * to up to one worker per processor core (on a 2-core laptop, two workers share four nets), keeps the snapshots of the
 * current runs by id, drops everything from stale runs, cancels and terminates the workers when the page's cell is
 * invalidated, and turns backend fallbacks and errors into messages for the reader.
 *
 * It speaks the input protocol: `session.value` is the current {@link SessionState} and an `input` event fires
 * whenever it changes (at most every `throttleMs`, at once for starts, ends and errors), so a page can read it
 * reactively with `Generators.input(session)` — or pass a callback to `session.subscribe`.
 *
 *   import {openTrainingSession} from "./components/openSession.js";   // a page: worker and wasm files named there
 *   const session = openTrainingSession(invalidation);                  // = createTrainingSession({workerUrl, wasmPaths, invalidation})
 *   session.start([{id: "plain-56", label: "plain-56", spec, data, config: {steps: 300, seed: 1}}, …]);
 *   session.subscribe((state) => chart.update(state.runs.map(…)));   // or: const state = Generators.input(session)
 *   display(RunProgress(session, {invalidation}));                   // bar, ETA, pause/resume, stop, backend, errors
 *
 * Every start replaces the runs before it (a slider moved, Retrain pressed): the workers cancel them between two
 * steps and frees their tensors; their late messages are ignored here. Wire ids carry the generation
 * ("3:plain-56"), so a cancelled run can never be mistaken for its successor of the same name.
 */
import {createTrainingClient, type TrainingClient, type TrainingClientOptions, type WorkerStats} from "../workers/client.js";
import type {BackendPreference, WorkerMessage} from "../workers/protocol.js";
import {applyMessage, beginGeneration, beginStep, failAll, initialSessionState, setPaused, stepSize, type LabelledRun, type SessionState} from "./sessionState.js";

export type {LabelledRun, RunPhase, SessionRun, SessionState, SessionPhase, SessionProgress} from "./sessionState.js";
export {sessionProgress, errorMessages, isStepping, stepSize} from "./sessionState.js";

/** Options of {@link createTrainingSession}. */
export interface TrainingSessionOptions extends Partial<TrainingClientOptions> {
  /** Framework's `invalidation` promise: when it resolves the runs stop and the workers are terminated. */
  invalidation?: Promise<unknown>;
  /**
   * Least time between two `input` events while snapshots stream in, ms (default 500: two redraws a second keep the
   * curves live and leave a busy 2-core laptop's main thread free — no task over 50 ms, measured).
   */
  throttleMs?: number;
  /**
   * Most training workers (default: the browser's logical processors, 1 to 4). Runs are dealt to workers in
   * turn (run i to worker i mod n), each worker trains its runs round-robin; workers start when first needed.
   */
  maxWorkers?: number;
  /** Existing clients to use instead of starting workers (tests). */
  clients?: TrainingClient[];
  /** Clock for elapsed time and ETA (default `performance.now`). */
  now?: () => number;
}

/** A page's training session. See the module comment for an example. */
export interface TrainingSession extends EventTarget {
  /** The current state (a new object after every change). */
  readonly value: SessionState;
  /** The first worker client (for messages the session does not interpret). */
  readonly client: TrainingClient;
  /** Every worker client started so far. */
  readonly clients: readonly TrainingClient[];
  /** Trains these runs, replacing every earlier run of this session. */
  start(runs: readonly LabelledRun[], options?: {backend?: BackendPreference}): void;
  /** Starts the last runs again from step 0 (same settings; the same seed gives the same curves). */
  retrain(): void;
  /** Holds every run between two steps (tensors kept); the ETA clock stops. */
  pause(): void;
  resume(): void;
  /**
   * Trains every unfinished run `steps` more steps (default {@link stepSize}: a twentieth of the run, on snapshot
   * steps) and holds them there, paused; from a running session it pauses it after those steps.
   */
  step(steps?: number): void;
  /** Cancels every run of this generation; what was drawn stays, marked "cancelled". */
  stop(): void;
  /** Calls `listener(state)` now and after every change (throttled like `input`); returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Tensor counts and live runs summed over the workers (leak checks). */
  stats(): Promise<WorkerStats>;
  /** Stops everything and terminates the workers (also done on `invalidation`); fires `dispose`. */
  dispose(): void;
}

/** Messages that are drawn at once instead of waiting for the throttle. */
const URGENT = new Set<WorkerMessage["type"]>(["backend", "done", "error", "lesion", "landscape"]);

/** Splits a wire id "3:plain-56" into its generation and the caller's id. */
export function parseWireId(wireId: string): {generation: number; id: string} | null {
  const match = /^(\d+):(.*)$/s.exec(wireId);
  return match ? {generation: Number(match[1]), id: match[2]} : null;
}

/**
 * Resolves once the worker has initialised a backend (or failed to): a worker asked for its tensor count before
 * that answers with an error instead of its stats.
 */
function backendReady(client: TrainingClient): Promise<void> {
  if (client.backend !== null || !client.isRunning) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = client.subscribe((message) => {
      if (message.type !== "backend" && !(message.type === "error" && message.id === null)) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Workers to use by default: one per logical processor, 1 to 4 (pass `maxWorkers` to leave cores to the page). */
export function defaultMaxWorkers(): number {
  const cores = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(4, cores));
}

/** The stats of several workers as one: counts summed, run lists joined. */
export function mergeStats(all: readonly WorkerStats[]): WorkerStats {
  return {
    type: "stats",
    numTensors: all.reduce((sum, stats) => sum + stats.numTensors, 0),
    numBytes: all.reduce((sum, stats) => sum + stats.numBytes, 0),
    liveRuns: all.flatMap((stats) => stats.liveRuns),
    pausedRuns: all.flatMap((stats) => stats.pausedRuns),
    backend: all.find((stats) => stats.backend !== null)?.backend ?? null
  };
}

/** Creates the session (its workers start with the first `start`). */
export function createTrainingSession(options: TrainingSessionOptions): TrainingSession {
  const {invalidation, throttleMs = 500, now = () => performance.now()} = options;
  if (!options.clients?.length && !options.workerUrl) throw new Error("createTrainingSession needs a workerUrl or clients");
  const maxWorkers = options.clients?.length || options.maxWorkers || defaultMaxWorkers();
  const clients: TrainingClient[] = [];
  const unsubscribers: Array<() => void> = [];
  const target = new EventTarget() as TrainingSession;
  const listeners = new Set<(state: SessionState) => void>();
  let state = initialSessionState(options.backend ?? "auto");
  let lastRuns: readonly LabelledRun[] = [];
  /** The run ids of the current generation on each worker. */
  let assigned: string[][] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastNotified = -Infinity;
  let isDisposed = false;

  const notify = () => {
    timer = undefined;
    lastNotified = now();
    target.dispatchEvent(new Event("input"));
    for (const listener of listeners) listener(state);
  };
  const schedule = (isUrgent: boolean) => {
    const delay = isUrgent ? 0 : Math.max(0, lastNotified + throttleMs - now());
    if (timer !== undefined && !isUrgent) return;
    clearTimeout(timer);
    timer = setTimeout(notify, delay);
  };
  const update = (next: SessionState, isUrgent = true) => {
    state = next;
    if (!isDisposed) schedule(isUrgent);
  };

  const onMessage = (worker: number, message: WorkerMessage) => {
    if (message.type === "stats" || message.type === "built" || message.type === "heartbeat") return;
    if (message.type === "backend") return update(applyMessage(state, null, message, now()));
    if (message.type === "error" && message.id === null) return update(failAll(state, message.message, now(), assigned[worker] ?? [], {fatal: message.fatal}));
    const wire = "id" in message && message.id !== null ? parseWireId(message.id) : null;
    if (!wire || wire.generation !== state.generation) return; // a stale run's late message
    update(applyMessage(state, wire.id, message, now()), URGENT.has(message.type) || (message.type === "progress" && message.snapshot.status !== "running"));
  };
  const clientAt = (index: number): TrainingClient => {
    while (clients.length <= index) {
      const worker = clients.length;
      const client = options.clients?.[worker] ?? createTrainingClient(options as TrainingClientOptions);
      clients.push(client);
      unsubscribers.push(client.subscribe((message) => onMessage(worker, message)));
    }
    return clients[index];
  };

  const session: Omit<TrainingSession, keyof EventTarget> = {
    get value() {
      return state;
    },
    get client() {
      return clientAt(0);
    },
    get clients() {
      return clients;
    },
    start(runs, {backend} = {}) {
      if (isDisposed) return;
      lastRuns = runs;
      const next = beginGeneration(state, runs, now(), backend ?? options.backend ?? "auto");
      state = next;
      const workers = Math.max(1, Math.min(maxWorkers, runs.length));
      assigned = Array.from({length: Math.max(workers, clients.length)}, () => []);
      runs.forEach((run, i) => assigned[i % workers].push(run.id));
      assigned.forEach((ids, worker) => {
        if (ids.length === 0) return clients[worker]?.cancelAll();
        const mine = runs.filter((run) => ids.includes(run.id)).map(({label: _label, ...run}) => ({...run, id: `${next.generation}:${run.id}`}));
        clientAt(worker).start(mine, {replace: true, backend: next.preference});
      });
      schedule(true);
    },
    retrain() {
      session.start(lastRuns, {backend: state.preference});
    },
    pause() {
      if (state.phase !== "running") return;
      for (const client of clients) client.pause();
      update(setPaused(state, true, now()));
    },
    resume() {
      if (state.phase !== "paused") return;
      for (const client of clients) client.resume();
      update(setPaused(state, false, now()));
    },
    step(steps = stepSize(state)) {
      if (state.phase !== "running" && state.phase !== "paused") return;
      const next = beginStep(state, steps, now());
      assigned.forEach((ids, worker) => {
        for (const run of next.runs) if (run.stepTo !== null && ids.includes(run.id)) clients[worker]?.step(run.stepTo, `${next.generation}:${run.id}`);
      });
      update(next);
    },
    stop() {
      if (state.phase !== "running" && state.phase !== "paused") return;
      assigned.forEach((ids, worker) => ids.forEach((id) => clients[worker]?.cancel(`${state.generation}:${id}`)));
      if (state.phase === "paused") update(setPaused(state, false, now()));
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    async stats() {
      return mergeStats(await Promise.all(clients.map(async (client) => (await backendReady(client), client.stats()))));
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      clearTimeout(timer);
      listeners.clear();
      for (const unsubscribe of unsubscribers) unsubscribe();
      for (const client of clients) {
        client.cancelAll();
        client.terminate();
      }
      target.dispatchEvent(new Event("dispose"));
    }
  };
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(session))) Object.defineProperty(target, name, descriptor);
  invalidation?.then(() => target.dispose());
  return target;
}
