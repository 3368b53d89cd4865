/**
 * The Lab page's Train button and what surrounds it: how long the run will take (said before it starts, see
 * ./estimate.ts), the training itself (the configured net and, if asked, its twin, through the page's training
 * session), and the rule that a run always matches the settings on screen — changing any setting while a run
 * trains stops it (its curves stay, marked "cancelled") and says so. Finished runs teach the estimate this
 * browser's speed.
 */
import {el} from "../controls/dom.js";
import type {SessionState} from "../labs/sessionState.js";
import type {TrainingSession} from "../labs/trainingSession.js";
import type {UrlState} from "../urlState.js";
import {resolveTrainConfig} from "../../engine/train/config.js";
import {calibrationKey, estimateRuns, roughDuration, loadCalibration, measuredFactor, saveCalibration, type KeyValueStore} from "./estimate.js";
import {labRunRequests, type LabSettings} from "./labRuns.js";

/** Runs longer than this are called slow, and the button says how long they take. */
const SLOW_MS = 60_000;

/** Options of {@link LabRunPanel}. */
export interface LabRunPanelOptions {
  /** URL of the build's MNIST subset (`FileAttachment("data/mnist-14.bin").href`). */
  mnistUrl: string;
  /** Framework's invalidation for the cell: listeners are removed when it resolves. */
  invalidation: Promise<unknown>;
  /** Where this browser's measured speed is kept (default localStorage, if available). */
  storage?: KeyValueStore | null;
  /** Processor cores (default navigator.hardwareConcurrency): runs on different workers overlap. */
  cores?: number;
}

function defaultStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The estimate for the settings on screen, in words, and whether the run counts as slow. */
export function describeEstimate(settings: LabSettings, {backend, calibration, cores}: {backend: string; calibration: Record<string, number>; cores: number}) {
  const runs = labRunRequests(settings, "").map((run) => ({spec: run.spec, config: resolveTrainConfig(run.config)}));
  const estimate = estimateRuns(runs, {workers: Math.min(4, cores), backend, calibration});
  const nets = runs.length === 1 ? "this net" : `these ${runs.length} nets`;
  const text = `Training ${nets} takes ${roughDuration(estimate.ms)} here (${estimate.basis}).`;
  return {text, ms: estimate.ms, isSlow: estimate.ms > SLOW_MS};
}

/** The button, the estimate and the notes; trains through `session`. */
export function LabRunPanel(state: UrlState<"lab">, session: TrainingSession, options: LabRunPanelOptions): HTMLElement {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const cores = options.cores ?? (globalThis.navigator?.hardwareConcurrency || 1);
  let calibration = loadCalibration(storage);
  const button = el("button", {type: "button", class: "rx-lab-train"}, ["Train"]);
  const estimate = el("p", {class: "rx-lab-estimate", role: "status", "aria-live": "polite"});
  const note = el("p", {class: "rx-lab-note", role: "status", hidden: true});

  const expectedBackend = () => session.value.backend?.backend ?? (state.values.backend === "auto" ? "wasm" : state.values.backend);
  const renderEstimate = () => {
    const {text, isSlow, ms} = describeEstimate(state.values, {backend: expectedBackend(), calibration, cores});
    estimate.textContent = text;
    estimate.dataset.slow = String(isSlow);
    button.textContent = isSlow ? `Train (${roughDuration(ms)})` : "Train";
  };
  button.addEventListener("click", () => {
    const settings = state.values;
    note.hidden = true;
    session.start(labRunRequests(settings, options.mnistUrl), {backend: settings.backend});
  });
  const onSettingsChange = () => {
    renderEstimate();
    const phase = session.value.phase;
    if (phase !== "running" && phase !== "paused") return;
    session.stop();
    note.textContent = "The settings changed, so the run was stopped: its curves stay as they were. Press Train to train the new settings.";
    note.hidden = false;
  };
  state.addEventListener("change", onSettingsChange);

  const learned = new Set<string>();
  const learnSpeed = (sessionState: SessionState) => {
    const backend = sessionState.backend?.backend;
    for (const run of sessionState.runs) {
      const last = run.snapshots.at(-1);
      const key = `${sessionState.generation}:${run.id}`;
      if (!backend || run.phase !== "done" || !last || learned.has(key)) continue;
      learned.add(key);
      const factor = measuredFactor(run.request.spec, resolveTrainConfig(run.request.config), last.elapsedMs, last.step);
      if (factor !== null) calibration = saveCalibration(storage, calibrationKey(run.request.spec, backend), factor);
    }
    if (sessionState.phase !== "running") renderEstimate();
  };
  const unsubscribe = session.subscribe(learnSpeed);
  options.invalidation.then(() => {
    state.removeEventListener("change", onSettingsChange);
    unsubscribe();
  });
  renderEstimate();
  return el("div", {class: "rx-lab-run"}, [el("div", {class: "rx-lab-run__row"}, [button]), estimate, note]);
}
