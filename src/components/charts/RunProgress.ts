/**
 * The progress panel of a training session: a progress bar with "step 120 of 300" and the time left, Pause/Resume,
 * Step (train a few more steps, the number on the button, then pause) and Stop (and Retrain, if asked for), one status chip per run ("running", "done", "diverged", "cancelled",
 * "failed"), where the numbers are computed (in words; the technical account behind a disclosure), a warning when
 * it fell back, and any error — all updated in place from the session, so the buttons never move under the pointer.
 *
 *   const session = createTrainingSession({workerUrl, wasmPaths, invalidation});
 *   display(RunProgress(session, {retrain: true, invalidation}));
 */
import {el} from "../dom.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {errorMessages, isStepping, sessionProgress, stepSize, type RunPhase, type SessionProgress, type SessionState} from "../../session/sessionState.js";
import {backendSummary, ISOLATION_EVENT, type IsolationState} from "../../session/backendText.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {PROGRESS_TEXT} from "./text.js";

/** Options of {@link RunProgress}. */
export interface RunProgressOptions {
  /**
   * Framework's invalidation for the cell that displays the panel: it stops listening and ticking when that resolves
   * (a cell that re-runs on every settings change would otherwise leave a live panel behind each time).
   */
  invalidation: Promise<unknown>;
  /** Show a Retrain button (calls `session.retrain()`). Default false. */
  retrain?: boolean;
  /** How often the time shown is refreshed while training, ms (default 1000). */
  tickMs?: number;
  /** Above this much time left (ms, default 5 min) a hint says so and suggests smaller settings. */
  longRunMs?: number;
  /** Language of the panel's words (default: the page's). */
  locale?: Locale;
}

/** "8 s", "1 min 5 s", "13 min" ("8 秒", "1 分 5 秒", "13 分钟"). */
export function formatDuration(ms: number, locale: Locale = pageLocale()): string {
  const text = localized(PROGRESS_TEXT, locale);
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return text.seconds(seconds);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return text.minutesSeconds(minutes, seconds % 60);
  return text.minutes(Math.round(seconds / 60));
}

/** The status line, e.g. "Training 4 nets · step 120 of 300 · about 8 s left". */
export function progressText(state: SessionState, progress: SessionProgress, locale: Locale = pageLocale()): string {
  const text = localized(PROGRESS_TEXT, locale);
  const duration = (ms: number) => formatDuration(ms, locale);
  const nets = text.nets(state.runs.length);
  const step = text.stepOf(progress.step, progress.steps);
  switch (state.phase) {
    case "idle":
      return text.idle;
    case "running":
      if (progress.stepsDone === 0) return text.starting(nets);
      return text.running(nets, step, progress.etaMs === null ? text.estimating : text.timeLeft(duration(progress.etaMs)));
    case "paused": {
      const targets = state.runs.flatMap((run) => (run.stepTo !== null && run.phase === "running" ? [run.stepTo] : []));
      return targets.length > 0 ? text.steppingTo(Math.min(...targets), progress.steps) : text.pausedAt(step);
    }
    case "finished":
      return text.finished(nets, progress.steps, duration(progress.elapsedMs));
    case "stopped":
      return text.stoppedAt(step, duration(progress.elapsedMs));
    case "failed":
      return text.failed;
  }
}

/** What a reader is told when training will take long. */
export function longRunHint(etaMs: number, locale: Locale = pageLocale()): string {
  return localized(PROGRESS_TEXT, locale).longRun(formatDuration(etaMs, locale));
}

/** A run's status chip, e.g. "plain-8: running". */
function chipText(label: string, phase: RunPhase, locale: Locale): string {
  const text = localized(PROGRESS_TEXT, locale);
  return text.chip(label, text.phases[phase]);
}

/** The Step button's label: "Step 20", the steps one press trains. */
export function stepLabel(steps: number, locale: Locale = pageLocale()): string {
  return localized(PROGRESS_TEXT, locale).stepBy(steps);
}

/**
 * Shows a lab's Pause/Resume and Step buttons for a state (the progress panel's and the Overview demo's): Resume
 * while paused, both usable only while the runs are live, Step also not while a step is under way.
 */
export function renderPauseAndStep(pause: HTMLButtonElement, step: HTMLButtonElement, state: SessionState, locale: Locale = pageLocale()): void {
  const text = localized(PROGRESS_TEXT, locale);
  const isActive = state.phase === "running" || state.phase === "paused";
  pause.textContent = state.phase === "paused" ? text.resume : text.pause;
  pause.disabled = !isActive;
  const steps = stepSize(state);
  step.textContent = state.runs.length > 0 ? stepLabel(steps, locale) : text.step;
  step.title = text.stepTitle(steps);
  step.disabled = !isActive || isStepping(state);
}

function button(label: string, onClick: () => void, action?: string): HTMLButtonElement {
  const element = el("button", {type: "button", class: "rx-progress__button", "data-rx-action": action}, [label]);
  element.addEventListener("click", onClick);
  return element;
}

/** The panel's parts, redrawn from a state by `render`. */
function parts(session: TrainingSession, {retrain = false}: Pick<RunProgressOptions, "retrain">, locale: Locale) {
  const words = localized(PROGRESS_TEXT, locale);
  const bar = el("progress", {class: "rx-progress__bar", max: 1, value: 0, "aria-label": words.bar});
  const text = el("span", {class: "rx-progress__text", role: "status", "aria-live": "polite"});
  const pause = button(words.pause, () => (session.value.phase === "paused" ? session.resume() : session.pause()), "pause");
  const step = button(stepLabel(20, locale), () => session.step(), "step");
  const stop = button(words.stop, () => session.stop(), "stop");
  const again = retrain ? [button(words.retrain, () => session.retrain(), "retrain")] : [];
  const chips = el("ul", {class: "rx-progress__runs", "aria-label": words.runs});
  const hint = el("p", {class: "rx-progress__hint", role: "note", hidden: true});
  const backendText = el("span", {class: "rx-progress__backend-text"});
  const backendDetails = el("code", {class: "rx-progress__backend-reason"});
  const backend = el("div", {class: "rx-progress__backend", hidden: true}, [
    backendText,
    " ",
    el("details", {class: "rx-progress__details"}, [el("summary", {}, [words.details]), backendDetails])
  ]);
  const warning = el("p", {class: "rx-progress__warning", role: "alert", hidden: true});
  const errors = el("div", {class: "rx-progress__errors", role: "alert", hidden: true});
  const root = el("div", {class: "rx-progress"}, [
    el("div", {class: "rx-progress__row"}, [bar, ...again, pause, step, stop]),
    text,
    hint,
    chips,
    backend,
    warning,
    errors
  ]);
  return {root, bar, text, hint, pause, step, stop, chips, backend, backendText, backendDetails, warning, errors};
}

/** The progress panel, live from `session` until the cell is invalidated or the session disposed. */
export function RunProgress(session: TrainingSession, options: RunProgressOptions): HTMLElement {
  const {locale = pageLocale()} = options;
  const p = parts(session, options, locale);
  const render = (state: SessionState) => {
    const progress = sessionProgress(state, performance.now());
    const isActive = state.phase === "running" || state.phase === "paused";
    p.root.dataset.phase = state.phase;
    p.bar.value = progress.fraction;
    p.text.textContent = progressText(state, progress, locale);
    const isLong = state.phase === "running" && progress.etaMs !== null && progress.etaMs > (options.longRunMs ?? 5 * 60_000);
    p.hint.hidden = !isLong;
    p.hint.textContent = isLong ? longRunHint(progress.etaMs!, locale) : "";
    renderPauseAndStep(p.pause, p.step, state, locale);
    p.stop.disabled = !isActive;
    p.chips.replaceChildren(
      ...state.runs.map((run) => el("li", {class: `rx-progress__run is-${run.phase}`, "data-run": run.id}, [chipText(run.label, run.phase, locale)]))
    );
    p.backend.hidden = state.backend === null;
    if (state.backend) p.backend.dataset.backend = state.backend.backend;
    p.backendText.textContent = state.backend ? backendSummary(state.backend, document.documentElement.dataset.isolation as IsolationState | undefined, locale) : "";
    p.backendDetails.textContent = state.backend?.reason ?? "";
    p.warning.textContent = state.backendWarning ?? "";
    p.warning.hidden = state.backendWarning === null;
    const messages = errorMessages(state);
    p.errors.replaceChildren(...messages.map((message) => el("p", {}, [message])));
    p.errors.hidden = messages.length === 0;
  };
  const unsubscribe = session.subscribe(render);
  const rerender = () => render(session.value); // the backend note says why one thread once the page knows
  document.addEventListener(ISOLATION_EVENT, rerender);
  const ticker = setInterval(() => {
    if (session.value.phase === "running") render(session.value); // the ETA counts down between snapshots
  }, options.tickMs ?? 1000);
  const stopTicking = () => {
    clearInterval(ticker);
    unsubscribe();
    document.removeEventListener(ISOLATION_EVENT, rerender);
  };
  session.addEventListener("dispose", stopTicking);
  options.invalidation.then(() => {
    stopTicking();
    session.removeEventListener("dispose", stopTicking);
  });
  return p.root;
}
