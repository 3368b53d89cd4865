/**
 * Training curves as the charts draw them: one `RunCurve` per run (live or reference), built from the worker's
 * snapshots or from an experiment file's `curve`, and flattened into rows for Plot and for CSV. Pure: no DOM.
 */
import type {CurvePoint} from "../../engine/experiments/summary.js";
import {depthOf, type ModelSpec} from "../../engine/spec.js";
import type {RunStatus, Snapshot} from "../../engine/train/snapshot.js";
import type {RunPhase, SessionState} from "../../session/sessionState.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {localNetName} from "../../session/netName.js";
import {familyName} from "./palette.js";
import {NET_TEXT} from "../../session/text.js";
import {CSV_TEXT, CURVES_TEXT} from "./text.js";

export type {CurvePoint, RunPhase};

/** One run's curve and what a chart needs to label it. */
export interface RunCurve {
  /** Unique among the runs drawn together, e.g. "plain-56" or "ref:plain-56". */
  id: string;
  /** Shown to the reader, e.g. "plain-56". */
  label: string;
  isResidual: boolean;
  /** Weighted layers (depthOf(spec)). */
  depth: number;
  /** A run made by the experiment CLI and kept in data/, not trained on this page. */
  isReference: boolean;
  phase: RunPhase;
  /** Steps the run was asked for (the x axis reaches this far). */
  totalSteps: number;
  /** Snapshots so far, step 0 first: training loss and error of the mini-batches since the previous point, test error where evaluated. */
  points: readonly CurvePoint[];
}

/** "plain-56" / "residual-20" ("普通-56" / "残差-20" on Chinese pages): the short name the site uses for a net. */
export function netLabel(spec: ModelSpec, locale: Locale = pageLocale()): string {
  return localNetName(`${familyName(spec.isResidual)}-${depthOf(spec)}`, locale);
}

/** A live run's curve from its snapshots so far. */
export function curveFromSnapshots(
  id: string,
  spec: ModelSpec,
  snapshots: readonly Snapshot[],
  {totalSteps, phase, label = netLabel(spec)}: {totalSteps: number; phase: RunPhase; label?: string}
): RunCurve {
  const points = snapshots.map(({step, loss, trainError, testError}) => ({step, loss, trainError, testError}));
  return {id, label, isResidual: spec.isResidual, depth: depthOf(spec), isReference: false, phase, totalSteps, points};
}

/**
 * A run of an experiment file (data/*.json) as a reference curve, id prefixed "ref:" (always the English name, e.g.
 * "ref:plain-56") and label suffixed "(reference)".
 */
export function curveFromReference(
  run: {id: string; spec: ModelSpec; config: {steps: number}; curve: readonly CurvePoint[]; final: {status: RunStatus}},
  locale: Locale = pageLocale()
): RunCurve {
  return {
    id: `ref:${netLabel(run.spec, "en")}`,
    label: localized(CURVES_TEXT, locale).referenceRun(netLabel(run.spec, locale)),
    isResidual: run.spec.isResidual,
    depth: depthOf(run.spec),
    isReference: true,
    phase: run.final.status === "running" ? "done" : run.final.status,
    totalSteps: run.config.steps,
    points: run.curve
  };
}

/** The current runs of a session as chart curves (ids and labels as the lab gave them). */
export function sessionCurves(state: SessionState): RunCurve[] {
  return state.runs.map((run) => curveFromSnapshots(run.id, run.request.spec, run.snapshots, {totalSteps: run.totalSteps, phase: run.phase, label: run.label}));
}

/** What a curve chart plots on y. */
export type CurveMetric = "error" | "loss";

/** One drawn point: a run's training or test value at one step. */
export interface CurveRow {
  run: string;
  label: string;
  net: "plain" | "residual";
  depth: number;
  source: "live" | "reference";
  /** "train": thin line (mini-batch training value); "test": bold line (held-out split, evaluation mode). */
  series: "train" | "test";
  step: number;
  /** Error as a fraction (0…1) or cross-entropy in nats; always finite. */
  value: number;
}

/**
 * The points a chart draws, long format. Error is training error (thin) and test error (bold); loss is training
 * loss (thin) and — where an experiment file has none — no test line. Non-finite values (a diverged run) are left
 * out, so a diverged run ends where its numbers stopped being numbers instead of breaking the axis.
 */
export function curveRows(runs: readonly RunCurve[], metric: CurveMetric = "error"): CurveRow[] {
  const rows: CurveRow[] = [];
  for (const run of runs) {
    const base = {run: run.id, label: run.label, net: familyName(run.isResidual), depth: run.depth, source: run.isReference ? "reference" : "live"} as const;
    for (const point of run.points) {
      const train = metric === "error" ? point.trainError : point.loss;
      if (Number.isFinite(train)) rows.push({...base, series: "train", step: point.step, value: train});
      if (metric === "error" && point.testError !== null && Number.isFinite(point.testError)) {
        rows.push({...base, series: "test", step: point.step, value: point.testError});
      }
    }
  }
  return rows;
}

/** The last point of a run that has finite numbers (where a "diverged" mark goes), or null. */
export function lastFinitePoint(run: RunCurve, metric: CurveMetric = "error"): {step: number; value: number} | null {
  for (let i = run.points.length - 1; i >= 0; i--) {
    const value = metric === "error" ? run.points[i].trainError : run.points[i].loss;
    if (Number.isFinite(value)) return {step: run.points[i].step, value};
  }
  return null;
}

/** One CSV line of {@link curveTable}: a run's snapshot (null where not measured). */
export type CurveTableRow = {
  run: string;
  source: string;
  net: string;
  depth: number;
  status: string;
  step: number;
  train_loss: number | null;
  train_error: number | null;
  test_error: number | null;
};

/**
 * One CSV line per snapshot of every run: what the curves chart drew, in wide format (empty where not measured).
 * The word-valued cells (source, net, status) are in `locale` — English: "live"/"reference", "plain"/"residual", the
 * run's phase; the headers are `localized(CSV_TEXT, locale).curveColumns` (pass them as `columnNames`).
 */
export function curveTable(runs: readonly RunCurve[], locale: Locale = pageLocale()): CurveTableRow[] {
  const words = localized(CSV_TEXT, locale);
  const nets = localized(NET_TEXT, locale);
  return runs.flatMap((run) =>
    run.points.map((point) => ({
      run: run.label,
      source: words.sources[run.isReference ? "reference" : "live"],
      net: nets[familyName(run.isResidual)],
      depth: run.depth,
      status: words.statuses[run.phase],
      step: point.step,
      train_loss: Number.isFinite(point.loss) ? point.loss : null,
      train_error: Number.isFinite(point.trainError) ? point.trainError : null,
      test_error: point.testError !== null && Number.isFinite(point.testError) ? point.testError : null
    }))
  );
}

/** Columns of {@link curveTable}, in order. */
export const CURVE_TABLE_COLUMNS = ["run", "source", "net", "depth", "status", "step", "train_loss", "train_error", "test_error"] as const satisfies readonly (keyof CurveTableRow)[];
