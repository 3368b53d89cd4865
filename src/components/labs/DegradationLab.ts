/**
 * The degradation lab's views, each live from the page's training session or run history and each cleaned up on
 * the cell's `invalidation`: the error curves of the four nets (with their reference runs), the verdict in words,
 * and the final-training-error-vs-depth chart with its Clear button. `recordHistory` adds every finished run of the
 * session to the history. The page (src/degradation.md) composes them with the controls and the progress panel.
 */
import {ErrorCurves} from "../charts/ErrorCurves.js";
import {DEPTH_TABLE_COLUMNS, depthTable, ErrorVsDepthChart} from "../charts/ErrorVsDepthChart.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {CURVE_TABLE_COLUMNS, curveFromReference, curveTable, type RunCurve} from "../charts/curves.js";
import {el} from "../controls/dom.js";
import {compareWithReference, depthPoints, historyEntry, sessionVerdict, verdictText} from "./degradationResults.js";
import type {DegradationVerdict} from "../../engine/experiments/summary.js";
import type {ReferenceRun} from "./references.js";
import type {RunHistory} from "./runHistory.js";
import {sessionCurves, type SessionState} from "./sessionState.js";
import type {TrainingSession} from "./trainingSession.js";

/** Adds each run of `session` to `history` once, when it ends done or diverged. Returns the unsubscribe function. */
export function recordHistory(session: TrainingSession, history: RunHistory): () => void {
  const recorded = new Set<string>();
  return session.subscribe((state) => {
    for (const run of state.runs) {
      const id = `${state.generation}:${run.id}`;
      if (recorded.has(id)) continue;
      const entry = historyEntry(run, state.backend?.backend ?? "unknown", Date.now());
      if (!entry) continue;
      recorded.add(id);
      history.add(entry);
    }
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
  const referenceCurves = references.flatMap((run) => (run ? [curveFromReference(run)] : []));
  const draw = (runs: RunCurve[]) => ErrorCurves(runs, {width, facetByDepth: true, height: width < 560 ? 200 : 260});
  const figure = LiveFigure(draw, referenceCurves, {
    title: "Training error (thin) and test error (bold): plain vs residual",
    caption,
    filename: "degradation-error-curves",
    rows: curveTable,
    columns: CURVE_TABLE_COLUMNS
  });
  figure.classList.add("rx-degradation-curves");
  const stop = session.subscribe((state) => figure.update([...referenceCurves, ...sessionCurves(state)]));
  invalidation.then(stop);
  return figure;
}

/** The engine's degradation verdict in words once the four runs are over; until then, what to watch for. */
export function DegradationVerdict(session: TrainingSession, {reference, invalidation}: {reference: DegradationVerdict | null; invalidation: Promise<unknown>}): HTMLElement {
  const text = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const render = (state: SessionState) => {
    const verdict = sessionVerdict(state);
    text.dataset.verdict = verdict ? (verdict.holds ? "holds" : "fails") : state.phase;
    if (verdict) {
      text.textContent = [verdictText(verdict), compareWithReference(verdict, reference)].filter(Boolean).join(" ");
    } else if (state.phase === "finished") {
      text.textContent = "Choose two different depths for a verdict.";
    } else if (state.phase === "running" || state.phase === "paused") {
      text.textContent = "The verdict appears when all four runs have finished.";
    } else {
      text.textContent = state.phase === "stopped" ? "Stopped before the end: no verdict. Press Retrain to run again." : "";
    }
  };
  invalidation.then(session.subscribe(render));
  return text;
}

/** The degradation curve the reader builds: final training error vs depth for every finished run, with Clear. */
export function DegradationDepthChart(
  history: RunHistory,
  {references, data, steps, caption, width, invalidation}: ViewOptions & {references: readonly ReferenceRun[]; data: string; steps: number; caption: string}
): HTMLElement {
  const pointsNow = () => depthPoints(history.runs, references, {data, steps});
  const figure = LiveFigure((points) => ErrorVsDepthChart(points, {width}), pointsNow(), {
    title: "Final training error vs depth: plain vs residual",
    caption,
    filename: "degradation-error-vs-depth",
    rows: depthTable,
    columns: DEPTH_TABLE_COLUMNS
  });
  const note = el("p", {class: "rx-history__note", role: "status"});
  const count = el("span", {class: "rx-history__count"});
  const clear = el("button", {type: "button", class: "rx-history__clear"}, ["Clear my runs"]);
  clear.addEventListener("click", () => history.clear());
  const render = () => {
    const own = history.runs.filter((run) => run.data === data && run.steps === steps).length;
    const other = history.runs.length - own;
    figure.update(pointsNow());
    count.textContent = `${own} run${own === 1 ? "" : "s"} of yours with these settings${other ? ` (${other} more with other data or step counts, not shown)` : ""}${history.isPersistent ? ", kept in this browser." : "."}`;
    clear.disabled = history.runs.length === 0;
    note.textContent = history.note ?? "";
    note.hidden = !history.note;
  };
  history.addEventListener("change", render);
  invalidation.then(() => history.removeEventListener("change", render));
  render();
  return el("div", {class: "rx-history", "data-data": data}, [figure, el("div", {class: "rx-history__row"}, [count, clear]), note]);
}
