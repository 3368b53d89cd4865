/**
 * The state of a page's training session as plain data, and the pure functions that move it: a new generation of
 * runs, a worker message, pause, resume and step, and the progress figures a progress bar shows (steps, fraction, ETA).
 * `trainingSession.ts` wires these to the worker client; tests drive them directly. No DOM, no worker.
 */
import {DEFAULT_TRAIN_CONFIG} from "../engine/train/config.js";
import {backendWarningFor} from "./backendText.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {SESSION_TEXT} from "./text.js";
import type {BackendPreference, BackendReport, LandscapeNet, ModelSpec, NetLesion, RunRequest, RunStatus, Snapshot, WorkerMessage} from "../workers/protocol.js";

/** Where a run stands, as charts and progress bars show it ("starting" before its first snapshot, "failed" on an error). */
export type RunPhase = "starting" | "running" | "paused" | Exclude<RunStatus, "running"> | "failed";

/** One run of the current generation. */
export interface SessionRun {
  /** The caller's id (unique within a generation), e.g. "plain-56". */
  id: string;
  /** Shown to the reader, e.g. "plain-56". */
  label: string;
  request: RunRequest;
  /** Steps the run was asked for. */
  totalSteps: number;
  /** Every snapshot so far, step 0 first. */
  snapshots: Snapshot[];
  phase: RunPhase;
  /** Why the run failed (phase "failed"). */
  error: string | null;
  /** While a Step is under way: the run trains on to its first snapshot of at least this step, then holds. */
  stepTo: number | null;
  /** A run that asked for a lesion study (RunRequest.lesion): its measurements so far, then its result. */
  lesionProgress: {done: number; total: number} | null;
  lesion: NetLesion | null;
  /** A run that asked for its loss landscape (RunRequest.landscape): grid rows so far, then the landscape. */
  landscapeProgress: {done: number; total: number} | null;
  landscape: LandscapeNet | null;
}

/** Where the session as a whole stands. */
export type SessionPhase = "idle" | "running" | "paused" | "finished" | "stopped" | "failed";

/** Everything a page draws about its training. */
export interface SessionState {
  /** Increases with every start; messages of older generations are ignored. */
  generation: number;
  phase: SessionPhase;
  runs: SessionRun[];
  /** The backend the worker trains on, and why (null until the worker has chosen one). */
  backend: BackendReport | null;
  /** The backend the page asked for. */
  preference: BackendPreference;
  /** Set when the worker could not use the requested (or the best) backend and fell back: the reader is told. */
  backendWarning: string | null;
  /** Messages for the reader: failed runs, a failed worker. Cleared by the next start. */
  errors: string[];
  /** Clock readings (ms, e.g. performance.now()) for elapsed time and ETA. */
  startedAt: number | null;
  pausedAt: number | null;
  /** Time spent paused so far in this generation. */
  pausedMs: number;
  finishedAt: number | null;
}

/**
 * A run request with the label the reader sees (e.g. "plain-56"): what every lab asks its session to train. The
 * spec's type can be narrowed (`LabelledRun<MlpSpec>`) where a lab trains only one family.
 */
export interface LabelledRun<S extends ModelSpec = ModelSpec> extends RunRequest {
  spec: S;
  label: string;
}

/** The state before anything was started. */
export function initialSessionState(preference: BackendPreference = "auto"): SessionState {
  return {generation: 0, phase: "idle", runs: [], backend: null, preference, backendWarning: null, errors: [], startedAt: null, pausedAt: null, pausedMs: 0, finishedAt: null};
}

/** The steps a request asks for (the engine's default when unset). */
export function requestedSteps(request: RunRequest): number {
  return request.config.steps ?? DEFAULT_TRAIN_CONFIG.steps;
}

/** A new generation: these runs replace every earlier one. */
export function beginGeneration(state: SessionState, requests: readonly LabelledRun[], now: number, preference = state.preference): SessionState {
  const runs = requests.map(({label, ...request}) => ({
    id: request.id,
    label,
    request,
    totalSteps: requestedSteps(request),
    snapshots: [],
    phase: "starting" as RunPhase,
    error: null,
    stepTo: null,
    lesionProgress: null,
    lesion: null,
    landscapeProgress: null,
    landscape: null
  }));
  return {
    ...state,
    generation: state.generation + 1,
    phase: runs.length > 0 ? "running" : "idle",
    runs,
    preference,
    backendWarning: preference === state.preference ? state.backendWarning : null,
    errors: [],
    startedAt: now,
    pausedAt: null,
    pausedMs: 0,
    finishedAt: null
  };
}

const isOver = (phase: RunPhase) => phase === "done" || phase === "diverged" || phase === "cancelled" || phase === "failed";

/** The session's phase once every run is over: failed if all failed, stopped if any was cancelled, else finished. */
function settle(state: SessionState, now: number): SessionState {
  if (state.runs.length === 0 || !state.runs.every((run) => isOver(run.phase))) return state;
  if (state.phase === "finished" || state.phase === "stopped" || state.phase === "failed") return state;
  const phase = state.runs.every((run) => run.phase === "failed") ? "failed" : state.runs.some((run) => run.phase === "cancelled") ? "stopped" : "finished";
  const pausedMs = state.pausedAt === null ? state.pausedMs : state.pausedMs + (now - state.pausedAt);
  return {...state, phase, pausedAt: null, pausedMs, finishedAt: now};
}

function updateRun(state: SessionState, id: string, change: (run: SessionRun) => SessionRun): SessionState {
  return {...state, runs: state.runs.map((run) => (run.id === id ? change(run) : run))};
}

/** The state after one message of the current generation (the caller has already dropped other generations). */
export function applyMessage(state: SessionState, id: string | null, message: WorkerMessage, now: number): SessionState {
  switch (message.type) {
    case "backend":
      return {...state, backend: message.report, backendWarning: backendWarningFor(message.report, state.preference)};
    case "progress":
      return updateRun(state, id!, (run) => {
        const snapshots = message.snapshot.step === 0 ? [message.snapshot] : [...run.snapshots, message.snapshot];
        if (message.snapshot.status !== "running") return {...run, snapshots, phase: message.snapshot.status, stepTo: null};
        if (run.stepTo !== null) {
          const isThere = message.snapshot.step >= run.stepTo;
          return {...run, snapshots, phase: isThere ? "paused" : "running", stepTo: isThere ? null : run.stepTo};
        }
        return {...run, snapshots, phase: run.phase === "paused" ? "paused" : "running"};
      });
    case "lesionProgress":
      return updateRun(state, id!, (run) => ({...run, lesionProgress: {done: message.done, total: message.total}}));
    case "lesion":
      return updateRun(state, id!, (run) => ({...run, lesion: message.lesion}));
    case "landscapeProgress":
      return updateRun(state, id!, (run) => ({...run, landscapeProgress: {done: message.done, total: message.total}}));
    case "landscape":
      return updateRun(state, id!, (run) => ({...run, landscape: message.landscape}));
    case "done":
      return settle(updateRun(state, id!, (run) => ({...run, phase: run.phase === "failed" ? "failed" : message.status, stepTo: null})), now);
    case "error":
      if (id === null) return failAll(state, message.message, now, undefined, {fatal: message.fatal});
      return updateRun(state, id, (run) => ({...run, phase: "failed", error: message.message, snapshots: run.snapshots}));
    default:
      return state;
  }
}

/**
 * A worker-level failure (an error without a run id): the reader is told (once, however many workers report it), and
 * the runs (of those in `ids`, default all) that have not produced a snapshot yet fail with it — the worker could not
 * start them. Runs that are already streaming snapshots are alive and keep going (the worker also reports errors of
 * requests other than training) — unless the error is `fatal`: the worker is gone, and every unfinished run of it
 * fails.
 */
export function failAll(state: SessionState, message: string, now: number, ids?: readonly string[], {fatal = false}: {fatal?: boolean} = {}): SessionState {
  const errors = state.errors.includes(message) ? state.errors : [...state.errors, message];
  const isMine = (run: SessionRun) => ids === undefined || ids.includes(run.id);
  const isHit = (run: SessionRun) => isMine(run) && (fatal ? !isOver(run.phase) : run.phase === "starting");
  const runs = state.runs.map((run) => (isHit(run) ? {...run, phase: "failed" as RunPhase, error: message} : run));
  return settle({...state, runs, errors}, now);
}

/**
 * Run errors as sentences for the reader ("plain-56: out of memory"), then worker errors. Runs that failed for the
 * same reason share one sentence ("plain-20 and residual-20: the digits could not be loaded"), in run order, in
 * `locale` (default the page's language).
 */
export function errorMessages(state: SessionState, locale: Locale = pageLocale()): string[] {
  const text = localized(SESSION_TEXT, locale);
  const byMessage = new Map<string, string[]>();
  for (const run of state.runs) {
    if (!run.error || state.errors.includes(run.error)) continue;
    byMessage.set(run.error, [...(byMessage.get(run.error) ?? []), run.label]);
  }
  return [...[...byMessage].map(([message, labels]) => text.runError(text.and(labels), message)), ...state.errors];
}

/** Paused (true) or resumed (false): the clock for the ETA stops while paused. */
export function setPaused(state: SessionState, isPaused: boolean, now: number): SessionState {
  if (state.phase !== (isPaused ? "running" : "paused")) return state;
  const runs = state.runs.map((run) =>
    isOver(run.phase) ? run : {...run, phase: (isPaused ? "paused" : run.snapshots.length > 0 ? "running" : "starting") as RunPhase, stepTo: null}
  );
  if (isPaused) return {...state, phase: "paused", runs, pausedAt: now};
  return {...state, phase: "running", runs, pausedAt: null, pausedMs: state.pausedMs + (now - (state.pausedAt ?? now))};
}

/** The last step a run has shown (0 before its first snapshot). */
const shownStep = (run: SessionRun) => run.snapshots.at(-1)?.step ?? 0;

/**
 * Step: the session holds (paused, the ETA clock stopped) while every run that is not over trains `steps` more
 * steps — to its first snapshot of at least its last shown step + `steps`, the worker's rule — and then holds
 * there. From a running session too. Unchanged unless the session is running or paused.
 */
export function beginStep(state: SessionState, steps: number, now: number): SessionState {
  if (state.phase !== "running" && state.phase !== "paused") return state;
  const held = state.phase === "running" ? setPaused(state, true, now) : state;
  const runs = held.runs.map((run) => (isOver(run.phase) ? run : {...run, phase: "running" as RunPhase, stepTo: shownStep(run) + steps}));
  return {...held, runs};
}

/** True while a Step is under way (some run has not reached the step it was sent to). */
export function isStepping(state: SessionState): boolean {
  return state.runs.some((run) => run.stepTo !== null && !isOver(run.phase));
}

/** Runs a Step aims for in one go: the steps of the longest run, split into about `parts` (default 20), on snapshot steps. */
export function stepSize(state: SessionState, parts = 20): number {
  const every = Math.max(1, ...state.runs.map((run) => run.request.config.snapshotEvery ?? DEFAULT_TRAIN_CONFIG.snapshotEvery));
  const steps = Math.max(0, ...state.runs.map((run) => run.totalSteps));
  return every * Math.max(1, Math.round(steps / parts / every));
}

/** Progress figures of a session. */
export interface SessionProgress {
  /** Steps trained over every run that is still counted (cancelled and failed runs are not). */
  stepsDone: number;
  stepsTotal: number;
  /** stepsDone / stepsTotal, 0…1. */
  fraction: number;
  /** Training time so far (pauses excluded), ms. */
  elapsedMs: number;
  /** Estimated time left, ms: elapsed × (1 − f) / f; null until 2% is done (or some steps and 3 s), 0 when over. */
  etaMs: number | null;
  /** The step of the slowest live run, and the steps each run is asked for (the "step 120 of 300" a reader sees). */
  step: number;
  steps: number;
}

/** Steps, fraction done, elapsed time and time left, at clock reading `now`. */
export function sessionProgress(state: SessionState, now: number): SessionProgress {
  const counted = state.runs.filter((run) => run.phase !== "cancelled" && run.phase !== "failed");
  const stepOf = (run: SessionRun) => (run.phase === "done" || run.phase === "diverged" ? run.totalSteps : (run.snapshots.at(-1)?.step ?? 0));
  const stepsTotal = counted.reduce((sum, run) => sum + run.totalSteps, 0);
  const stepsDone = counted.reduce((sum, run) => sum + stepOf(run), 0);
  const fraction = stepsTotal > 0 ? stepsDone / stepsTotal : 0;
  const end = state.finishedAt ?? state.pausedAt ?? now;
  const elapsedMs = state.startedAt === null ? 0 : Math.max(0, end - state.startedAt - state.pausedMs);
  const isOverAll = state.phase === "finished" || state.phase === "stopped" || state.phase === "failed";
  const canEstimate = fraction >= 0.02 || (fraction > 0 && elapsedMs >= 3000);
  const etaMs = isOverAll ? 0 : canEstimate ? (elapsedMs * (1 - fraction)) / fraction : null;
  const live = counted.filter((run) => !isOver(run.phase));
  const step = live.length > 0 ? Math.min(...live.map(stepOf)) : Math.max(0, ...counted.map(stepOf));
  const steps = Math.max(0, ...state.runs.map((run) => run.totalSteps));
  return {stepsDone, stepsTotal, fraction, elapsedMs, etaMs, step, steps};
}
