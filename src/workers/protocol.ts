/**
 * The training worker's message protocol, shared by the worker and the main-thread client. Types only — this
 * module (like the client) imports nothing at run time, so pages that talk to the worker never load TF.js.
 *
 * Page → worker:  start {runs, backend?, wasmPaths?, replace?} · cancel {id} · cancelAll · pause {id?} · resume {id?} · step {to, id?} ·
 *                 stats · build {id, spec, init?} · shatter {id, request}
 * Worker → page:  backend {report} · progress {id, snapshot} · done {id, status, snapshot} · error {id, message} ·
 *                 stats {…} · built {id, params, …} · shatterProgress {id, done, total} · shattered {id, analysis} ·
 *                 lesionProgress {id, done, total} · lesion {id, lesion, elapsedMs} ·
 *                 landscapeProgress {id, done, total} · landscape {id, landscape, elapsedMs} · heartbeat (every second between steps; the client watches it)
 *
 * Runs train round-robin, one optimizer step each in turn, so the curves of all runs advance together. A cancel is
 * handled between two steps: a stale run stops within one step and releases its tensors.
 */
import type {BackendPreference, BackendReport, WasmPaths} from "../engine/backend.js";
import type {DataRequest} from "../engine/data/request.js";
import type {ModelSpec} from "../engine/spec.js";
import type {TrainConfig} from "../engine/train/config.js";
import type {RunStatus, Snapshot} from "../engine/train/snapshot.js";
import type {ShatteredAnalysis, ShatteredRequest} from "../engine/shattered/setup.js";
import type {LesionSettings, NetLesion} from "../engine/lesion/setup.js";
import type {LandscapeNet, LandscapeRequest} from "../engine/landscape/setup.js";
import type {Locale} from "../i18n/locale.js";

export type {BackendPreference, BackendReport, WasmPaths, DataRequest, ModelSpec, TrainConfig, RunStatus, Snapshot, ShatteredAnalysis, ShatteredRequest, LesionSettings, NetLesion, LandscapeNet, LandscapeRequest};

/** One run to train: the caller's id (unique among its live runs), the net, the data, the settings. */
export interface RunRequest {
  id: string;
  spec: ModelSpec;
  data: DataRequest;
  config: Partial<TrainConfig>;
  /**
   * After the last step, before the net is released: the lesion study on it (Veit et al. 2016), reported by
   * `lesionProgress` and `lesion` messages before the run's last snapshot.
   */
  lesion?: LesionSettings;
  /**
   * After the last step, before the net is released: its loss landscape (Li et al. 2018), reported by
   * `landscapeProgress` and `landscape` messages before the run's last snapshot.
   */
  landscape?: LandscapeRequest;
}

/** Messages a page sends to the worker. */
export type WorkerRequest =
  /**
   * Start runs. `replace: true` first cancels every live run (a fresh "Retrain"). A run whose id is live is
   * restarted. `backend` (default "auto") and `wasmPaths` (URLs of TF.js's .wasm files) apply from this start on;
   * switching backends cancels live runs.
   */
  | {type: "start"; runs: RunRequest[]; backend?: BackendPreference; wasmPaths?: WasmPaths; replace?: boolean; /** The page's language, for the worker's messages (default English). */ locale?: Locale}
  | {type: "cancel"; id: string}
  | {type: "cancelAll"}
  /** Hold a run (or, without `id`, every live run) between two steps; its tensors stay. */
  | {type: "pause"; id?: string}
  /** Continue a paused run (or every paused run). */
  | {type: "resume"; id?: string}
  /**
   * Train a run (or every live run) on to its first snapshot at step `to` or later, then hold it as `pause` does
   * (a Step button; the page sends the step it shows plus the steps on the button, so both sides agree on where the
   * run stops even when a snapshot was in flight). A run already there stays held; one that ends first just ends;
   * `pause` or `resume` cancels the step.
   */
  | {type: "step"; to: number; id?: string}
  /** Ask for a `stats` message (tensor count, live runs): for leak checks. */
  | {type: "stats"}
  /**
   * Build `spec` with the engine's TF.js builder (no training), count its trainable parameters, dispose it, and
   * answer `built` — the architecture page's "ResNet-50 built in your browser". `init` "he" (default) draws the
   * weights from the seed as for training; "zeros" only allocates.
   */
  | {type: "build"; id: string; spec: ModelSpec; init?: "he" | "zeros"; seed?: number}
  /**
   * Measure the input gradients of untrained plain and residual MLPs along a line of inputs (the shattered-gradients
   * lab); answered by `shatterProgress` after each net and `shattered` at the end. Nothing trains.
   */
  | {type: "shatter"; id: string; request: ShatteredRequest; backend?: BackendPreference; wasmPaths?: WasmPaths};

/** Messages the worker sends. */
export type WorkerMessage =
  /** The backend now active, and why (after every start that (re)initialised it). */
  | {type: "backend"; report: BackendReport}
  /** A snapshot of a live run (including its last one, whose status is "done" or "diverged"). */
  | {type: "progress"; id: string; snapshot: Snapshot}
  /** A run ended: done, diverged or cancelled; `snapshot` is its last one (null if it never produced one). */
  | {type: "done"; id: string; status: Exclude<RunStatus, "running">; snapshot: Snapshot | null}
  /**
   * Something failed: a run (`id`) or the worker itself (`id` null). A failed run is also reported `done` as cancelled.
   * `fatal` (from the client, never the worker): the worker is gone — it died or stopped answering — and every run on it
   * ended with it.
   */
  | {type: "error"; id: string | null; message: string; fatal?: boolean}
  /** "Still here": sent every second while the worker's event loop is free (between steps). The client keeps it to itself. */
  | {type: "heartbeat"}
  | {type: "stats"; numTensors: number; numBytes: number; liveRuns: string[]; pausedRuns: string[]; backend: string | null}
  /** A model built and disposed: trainable parameters, weight tensors, bytes of weights, milliseconds to build, on which backend. */
  | {type: "built"; id: string; params: number; tensors: number; bytes: number; buildMs: number; backend: string}
  /** Nets of a `shatter` request measured so far. */
  | {type: "shatterProgress"; id: string; done: number; total: number}
  /** A `shatter` request's measurement, and the milliseconds it took in the worker. */
  | {type: "shattered"; id: string; analysis: ShatteredAnalysis; elapsedMs: number; backend: string}
  /** Measurements of a run's lesion study done so far (after its last step; see RunRequest.lesion). */
  | {type: "lesionProgress"; id: string; done: number; total: number}
  /** A run's lesion study, and the milliseconds it took; its last snapshot and `done` follow. */
  | {type: "lesion"; id: string; lesion: NetLesion; elapsedMs: number}
  /** Grid rows of a run's loss landscape measured so far (after its last step; see RunRequest.landscape). */
  | {type: "landscapeProgress"; id: string; done: number; total: number}
  /** A run's loss landscape, and the milliseconds it took; its last snapshot and `done` follow. */
  | {type: "landscape"; id: string; landscape: LandscapeNet; elapsedMs: number};
