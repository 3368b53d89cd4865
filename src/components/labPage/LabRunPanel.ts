/**
 * The Lab page's Train button and what surrounds it: how long the run will take (said before it starts, see
 * session/estimate.ts) and whether it may start at all (refused when it would not fit in memory, asked for when it
 * takes more than a few minutes: ../admissionGate.ts), the training itself (the configured net and, if asked, its twin, through the page's training
 * session), and the rule that a run always matches the settings on screen — changing any setting while a run
 * trains stops it (its curves stay, marked "cancelled"), says so and offers to restart with the new settings.
 * Finished runs teach the estimate this browser's speed.
 */
import {el} from "../dom.js";
import {defaultMaxWorkers, type TrainingSession} from "../../session/trainingSession.js";
import type {UrlState} from "../controls/urlState.js";
import {admission, describeEstimate, roughDuration, type KeyValueStore} from "../../session/estimate.js";
import {AdmissionGate} from "../admissionGate.js";
import {labRunRequests} from "./labRuns.js";
import {SpeedMemory} from "../../session/speedMemory.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {LAB_PAGE_TEXT} from "./text.js";

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
  /** Language of the panel's words and the runs' names (default: the page's). */
  locale?: Locale;
}

/** The button, the estimate and the notes; trains through `session`. */
export function LabRunPanel(state: UrlState<"lab">, session: TrainingSession, options: LabRunPanelOptions): HTMLElement {
  const cores = options.cores ?? (globalThis.navigator?.hardwareConcurrency || 1);
  const locale = options.locale ?? pageLocale();
  const text = localized(LAB_PAGE_TEXT, locale);
  const button = el("button", {type: "button", class: "rx-lab-train"}, [text.train]);
  const estimate = el("p", {class: "rx-lab-estimate", role: "status", "aria-live": "polite"});
  const noteText = el("span", {});
  const restart = el("button", {type: "button", class: "rx-lab-restart"}, [text.restart]);
  const note = el("p", {class: "rx-lab-note", role: "status", hidden: true}, [noteText, " ", restart]);

  const expectedBackend = () => session.value.backend?.backend ?? (state.values.backend === "auto" ? "wasm" : state.values.backend);
  const gate = AdmissionGate();
  const renderEstimate = () => {
    const runs = labRunRequests(state.values, options.mnistUrl, locale);
    const {text: estimateText, isSlow, ms} = describeEstimate(runs, {backend: expectedBackend(), calibration: speed.calibration, cores, locale});
    estimate.textContent = estimateText;
    estimate.dataset.slow = String(isSlow);
    gate.update(admission(runs, ms, {workers: defaultMaxWorkers()}));
    button.disabled = gate.isRefused;
    button.textContent = isSlow ? text.trainFor(roughDuration(ms, locale)) : text.train;
  };
  const train = () => {
    const settings = state.values;
    note.hidden = true;
    gate.request(() => session.start(labRunRequests(settings, options.mnistUrl, locale), {backend: settings.backend}));
  };
  button.addEventListener("click", train);
  restart.addEventListener("click", train);
  const onSettingsChange = () => {
    renderEstimate();
    const phase = session.value.phase;
    if (phase !== "running" && phase !== "paused") return;
    session.stop();
    noteText.textContent = text.stopped;
    note.hidden = false;
  };
  state.addEventListener("change", onSettingsChange);

  const speed = SpeedMemory(session, {storage: options.storage, onChange: () => renderEstimate()});
  options.invalidation.then(() => {
    state.removeEventListener("change", onSettingsChange);
    speed.stop();
  });
  renderEstimate();
  return el("div", {class: "rx-lab-run"}, [el("div", {class: "rx-lab-run__row"}, [button]), estimate, gate.root, note]);
}
