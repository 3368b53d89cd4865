/**
 * The Lab page's live charts, drawn from its training session: training and test error (thin and bold, the
 * paper's style), training loss, and for 2-D data the decision boundaries. Each is an exportable figure whose
 * caption names the settings and seed of the runs drawn; a new Train rebuilds the figures with the new caption,
 * snapshots redraw them in place.
 */
import {ErrorCurves, LossChart} from "../charts/ErrorCurves.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {CURVE_TABLE_COLUMNS, curveTable, sessionCurves, type RunCurve} from "../charts/curves.js";
import {el} from "../dom.js";
import type {SessionRun, SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {BoundaryChart, boundaryPanelRows, type BoundaryPanel} from "../boundary/BoundaryChart.js";
import {trainingPoints, type DataPoint} from "../boundary/boundaryData.js";
import {describeRequest} from "../../session/runCaption.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {LAB_PAGE_TEXT} from "./text.js";
import {CSV_TEXT} from "../charts/text.js";
import {BOUNDARY_CSV_TEXT} from "../boundary/text.js";

/** Training points shown over a decision boundary (the first ones of the split: enough to see the shape). */
const BOUNDARY_POINTS = 300;
/** While training, decision boundaries are redrawn at most this often (each redraw is two Plot figures)… */
const BOUNDARY_REDRAW_MS = 1000;
/** …and the curves at most this often: the main thread stays free for the reader. */
const CURVES_REDRAW_MS = 400;

/** The latest boundary of each run. */
export function boundaryPanels(state: SessionState): BoundaryPanel[] {
  return state.runs.map((run: SessionRun) => {
    const withBoundary = run.snapshots.filter((snapshot) => snapshot.boundary !== null).at(-1);
    return {label: run.label, boundary: withBoundary?.boundary ?? null, phase: run.phase, step: withBoundary?.step ?? 0};
  });
}

/** The training points of a run's toy data set, drawn from its seed as the worker drew them (none for MNIST). */
export function runTrainingPoints(run: SessionRun | undefined): DataPoint[] {
  const data = run?.request.data;
  return data?.kind === "toy" ? trainingPoints(data, BOUNDARY_POINTS) : [];
}

/** The figures of one generation of runs, and how to redraw them. */
function generationFigures(state: SessionState, width: number, locale: Locale) {
  const text = localized(LAB_PAGE_TEXT, locale);
  const csv = localized(CSV_TEXT, locale);
  const caption = state.runs[0] ? describeRequest(state.runs.map((run) => run.request), state.backend?.backend ?? state.preference, locale) : "";
  const height = width < 560 ? 200 : 260;
  const errors = LiveFigure((runs: RunCurve[]) => ErrorCurves(runs, {width, height, emptyText: text.empty, locale}), [] as RunCurve[], {
    title: text.errorsTitle,
    caption,
    filename: text.errorsFile,
    locale,
    rows: (runs) => curveTable(runs, locale),
    columns: CURVE_TABLE_COLUMNS,
    columnNames: csv.curveColumns
  });
  const losses = LiveFigure((runs: RunCurve[]) => LossChart(runs, {width, height, emptyText: text.empty, locale}), [] as RunCurve[], {
    title: text.lossTitle,
    caption,
    filename: text.lossFile,
    locale,
    rows: (runs) => curveTable(runs, locale),
    columns: CURVE_TABLE_COLUMNS,
    columnNames: csv.curveColumns
  });
  const data = state.runs[0]?.request.data;
  const points = runTrainingPoints(state.runs[0]);
  const boundaries = data?.kind === "toy"
    ? LiveFigure((panels: BoundaryPanel[]) => BoundaryChart(panels, points, {width, data: data.name, locale}), boundaryPanels(state), {
        title: text.boundariesTitle,
        caption,
        filename: text.boundariesFile,
        locale,
        rows: boundaryPanelRows,
        columnNames: localized(BOUNDARY_CSV_TEXT, locale).panelColumns
      })
    : null;
  // Redraw only what changed: a Plot figure costs milliseconds of main thread, the session notifies often.
  let drawnCurves = "";
  let drawnBoundaries = "";
  let curvesDrawnAt = -Infinity;
  let boundaryDrawnAt = -Infinity;
  const update = (next: SessionState) => {
    const curvesKey = next.runs.map((run) => `${run.snapshots.length}:${run.phase}`).join("|");
    const isLive = next.phase === "running";
    if (curvesKey !== drawnCurves && (!isLive || performance.now() - curvesDrawnAt >= CURVES_REDRAW_MS)) {
      drawnCurves = curvesKey;
      curvesDrawnAt = performance.now();
      const curves = sessionCurves(next);
      errors.update(curves);
      losses.update(curves);
    }
    const panels = boundaryPanels(next);
    const boundaryKey = panels.map((panel) => `${panel.step}:${panel.phase}`).join("|");
    if (boundaries && boundaryKey !== drawnBoundaries && (!isLive || performance.now() - boundaryDrawnAt >= BOUNDARY_REDRAW_MS)) {
      drawnBoundaries = boundaryKey;
      boundaryDrawnAt = performance.now();
      boundaries.update(panels);
    }
  };
  return {figures: [errors, ...(boundaries ? [boundaries] : []), losses], update};
}

/** The charts, live from `session` until `invalidation` (Framework's, for the cell that displays them). */
export function LabCharts(
  session: TrainingSession,
  {width, invalidation, locale = pageLocale()}: {width: number; invalidation: Promise<unknown>; locale?: Locale}
): HTMLElement {
  const text = localized(LAB_PAGE_TEXT, locale);
  const root = el("div", {class: "rx-lab-charts"});
  let key = "";
  let current: ReturnType<typeof generationFigures> | null = null;
  const placeholder = el("p", {class: "rx-lab-placeholder"}, [text.placeholder]);
  const stop = session.subscribe((state) => {
    if (state.runs.length === 0) return root.replaceChildren(placeholder);
    // A new Train, or the backend reported for it: the captions change, so the figures are made anew.
    const next = `${state.generation}|${state.backend?.backend ?? ""}`;
    if (next !== key || !current) {
      key = next;
      current = generationFigures(state, width, locale);
      root.replaceChildren(...current.figures);
      root.dataset.generation = String(state.generation);
    }
    current.update(state);
  });
  invalidation.then(stop);
  return root;
}
