/**
 * The degradation lab's views, each live from the page's training session or run history and each cleaned up on
 * the cell's `invalidation`: the error curves of the four nets (with their reference runs), the verdict in words,
 * and the final-training-error-vs-depth chart with its Clear button. `recordHistory` adds every finished run of the
 * session to the history. The page (src/degradation.md) composes them with the controls and the progress panel.
 */
import {CSV_TEXT} from "../charts/text.js";
import {ErrorCurves, updateCurves} from "../charts/ErrorCurves.js";
import {DEPTH_TABLE_COLUMNS, depthTable, ErrorVsDepthChart} from "../charts/ErrorVsDepthChart.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {CURVE_TABLE_COLUMNS, curveFromReference, curveTable, sessionCurves, type RunCurve} from "../charts/curves.js";
import {el} from "../dom.js";
import {depthPoints, historyEntry} from "./degradationResults.js";
import {SessionVerdict} from "../verdict/SessionVerdict.js";
import {degradationVerdict} from "../../engine/experiments/verdict.js";
import {isSlowSetting, sameSettingsAt, type DegradationSettings} from "./degradationRuns.js";
import {comparableReferences, type ReferenceRun} from "../../session/references.js";
import type {RunHistory} from "../../session/runHistory.js";
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {localized} from "../../i18n/locale.js";
import {DEGRADATION_LAB_TEXT, DEGRADATION_RUNS_TEXT} from "./text.js";

/** Adds each run of `session` to `history` once, when it ends done or diverged. Returns the unsubscribe function. */
export function recordHistory(session: TrainingSession, history: RunHistory): () => void {
  const recorded = new Set<string>(); // run ids of `generation` already added
  let generation = -1;
  return session.subscribe((state) => {
    if (state.generation !== generation) {
      generation = state.generation;
      recorded.clear();
    }
    const entries = state.runs.flatMap((run) => {
      const id = run.id;
      const entry = recorded.has(id) ? null : historyEntry(run, state.backend?.backend ?? "unknown", Date.now());
      if (entry) recorded.add(id);
      return entry ? [entry] : [];
    });
    if (entries.length > 0) history.add(entries);
  });
}

/** What every view needs. */
interface ViewOptions {
  width: number;
  /** The cell's invalidation promise: the view stops listening when it resolves. */
  invalidation: Promise<unknown>;
}

/** Training and test error of the four nets, one panel per depth, reference runs dashed; redrawn as snapshots arrive. */
export function DegradationCurves(
  session: TrainingSession,
  {references, caption, width, invalidation}: ViewOptions & {references: readonly (ReferenceRun | null)[]; caption: string}
): HTMLElement {
  const text = localized(DEGRADATION_LAB_TEXT);
  const referenceCurves = references.flatMap((run) => (run ? [curveFromReference(run)] : []));
  const chartOptions = {width, facetByDepth: true, height: width < 560 ? 200 : 260};
  const figure = LiveFigure((runs: RunCurve[]) => ErrorCurves(runs, chartOptions), referenceCurves, {
    redraw: (chart, runs) => updateCurves(chart, runs, {...chartOptions, metric: "error"}),
    title: text.curvesTitle,
    caption,
    filename: text.curvesFilename,
    rows: curveTable,
    columns: CURVE_TABLE_COLUMNS,
    columnNames: localized(CSV_TEXT).curveColumns
  });
  figure.classList.add("rx-degradation-curves");
  const stop = session.subscribe((state) => figure.update([...referenceCurves, ...sessionCurves(state)]));
  invalidation.then(stop);
  return figure;
}

/**
 * The verdict once the four runs are over, compared with the verdict of the reference runs of the same settings
 * when there are four; until then, what to watch for.
 */
export function DegradationVerdict(session: TrainingSession, {references, invalidation}: {references: readonly (ReferenceRun | null)[]; invalidation: Promise<unknown>}): HTMLElement {
  const matched = references.filter((run): run is ReferenceRun => run !== null);
  const reference = matched.length === 4 ? degradationVerdict(matched) : null;
  return SessionVerdict(session, {reference, noVerdict: localized(DEGRADATION_LAB_TEXT).noVerdict, invalidation});
}

/**
 * The degradation curve the reader builds: final training error vs depth for every finished run of the current data
 * set and step count (any seed), with the reference runs of the same settings as rings, and a Clear button.
 */
export function DegradationDepthChart(
  history: RunHistory,
  {references, settings, width, invalidation}: ViewOptions & {references: readonly ReferenceRun[]; settings: DegradationSettings}
): HTMLElement {
  const text = localized(DEGRADATION_LAB_TEXT);
  const {data, steps} = settings;
  const comparable = comparableReferences(references, sameSettingsAt(settings));
  const family = localized(DEGRADATION_RUNS_TEXT).family(data === "mnist");
  const caption = text.depthCaption(family, steps, comparable.length > 0);
  const pointsNow = () => depthPoints(history.runs, comparable, {data, steps});
  const figure = LiveFigure((points) => ErrorVsDepthChart(points, {width}), pointsNow(), {
    title: text.depthTitle,
    caption,
    filename: text.depthFilename,
    rows: depthTable,
    columns: DEPTH_TABLE_COLUMNS,
    columnNames: localized(CSV_TEXT).depthColumns
  });
  const note = el("p", {class: "rx-history__note", role: "status"});
  const count = el("span", {class: "rx-history__count"});
  const clear = el("button", {type: "button", class: "rx-history__clear"}, [text.clearRuns]);
  clear.addEventListener("click", () => history.clear());
  const render = () => {
    const own = history.runs.filter((run) => run.data === data && run.steps === steps).length;
    const other = history.runs.length - own;
    figure.update(pointsNow());
    count.textContent = text.runCount(own, other, history.isPersistent);
    clear.disabled = history.runs.length === 0;
    note.textContent = history.note ?? "";
    note.hidden = !history.note;
  };
  // Changes that come together (four runs ending at once) are drawn once, in a task of their own.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(render, 0);
  };
  history.addEventListener("change", schedule);
  invalidation.then(() => {
    clearTimeout(pending);
    history.removeEventListener("change", schedule);
  });
  render();
  return el("div", {class: "rx-history", "data-data": data}, [figure, el("div", {class: "rx-history__row"}, [count, clear]), note]);
}

/** For conv-net settings slower than the default, a note saying so (and whether reference runs exist); empty and hidden otherwise. */
export function SlowSettingsNote(settings: DegradationSettings, {hasReferences}: {hasReferences: boolean}): HTMLElement {
  const note = el("p", {class: "rx-lab-note", role: "note"});
  if (isSlowSetting(settings)) note.textContent = localized(DEGRADATION_LAB_TEXT).slowNote(hasReferences);
  note.hidden = note.textContent === "";
  return note;
}
