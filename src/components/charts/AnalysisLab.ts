/**
 * The frame shared by the labs that measure something on the trained nets after their last step (the lesion study,
 * the loss landscape): a status line while the worker measures, the verdict line, a line that says which run is drawn,
 * and the lab's figures — the reference run of the reader's settings (from `data/`) until the live result replaces it.
 * Each lab gives what differs: where its analysis and progress live in the session state, its verdict, its words and
 * its charts. The root's `data-drawn` says what is drawn ("none", "reference", "live"); its `data-analysis-ms`, once
 * the live result is in, how long the part after training took (from the first measurement reported; the bench reads it).
 */
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {el} from "../dom.js";
import type {LiveFigureElement} from "./LiveFigure.js";

/** What the lab draws: an analysis, the settings it was made with, and whether it is the reference run. */
export interface AnalysisView<A, S> {
  analysis: A;
  settings: S;
  isReference: boolean;
}

/** Measurements done and to do, over the session's runs (null before any has begun). */
export type AnalysisProgress = {done: number; total: number} | null;

/** The sum of the runs' progress under `key` (null before any run has reported one). */
export function runsProgress(state: SessionState, key: "lesionProgress" | "landscapeProgress"): AnalysisProgress {
  const started = state.runs.filter((run) => run[key]);
  if (started.length === 0) return null;
  return {done: started.reduce((sum, run) => sum + run[key]!.done, 0), total: started.reduce((sum, run) => sum + run[key]!.total, 0)};
}

/** The words of a verdict line that has no verdict yet. */
export interface PendingWords {
  waiting: string;
  stopped: string;
  failed: string;
}

/** A verdict line: its text, whether the verdict holds (null: no verdict yet) and its grade. */
export interface VerdictLine {
  text: string;
  holds: boolean | null;
  grade: string | null;
}

/** The verdict line for a session state: the verdict's own words when there is one, else what the phase means. */
export function verdictLine<V extends {holds: boolean; grade: string}>(state: SessionState, verdict: V | null, text: (verdict: V) => string, words: PendingWords): VerdictLine {
  if (verdict) return {text: text(verdict), holds: verdict.holds, grade: verdict.grade};
  if (state.phase === "stopped") return {text: words.stopped, holds: null, grade: null};
  if (state.phase === "failed") return {text: words.failed, holds: null, grade: null};
  return {text: state.phase === "idle" ? "" : words.waiting, holds: null, grade: null};
}

/** What one lab gives the frame. */
export interface AnalysisLabParts<A, S extends {seed: number}> {
  /** The class of the root; its parts are `${name}__status`, `__source` and `__figures`. */
  name: string;
  settings: S;
  /** The reference run's analysis of these settings, if there is one. */
  fallback: A | null;
  /** The live analysis of both nets, once both are measured. */
  analysisOf: (state: SessionState) => A | null;
  progressOf: (state: SessionState) => AnalysisProgress;
  /** The verdict line, given the live analysis `analysisOf` found (null before it is in). */
  verdictOf: (state: SessionState, analysis: A | null) => VerdictLine;
  words: {busy: (done: number, total: number) => string; reference: (seed: number) => string; noReference: string; live: string};
  /** Builds the figures for a first view (charts that `update`, and the nodes to show in order), given the width to draw at. */
  makeFigures: (view: AnalysisView<A, S>, widthOf: () => number) => {charts: LiveFigureElement<AnalysisView<A, S>>[]; nodes: Node[]};
  /** Writes the sentences that describe a view (called before its charts are made or updated). */
  describe: (view: AnalysisView<A, S>) => void;
}

/** The lab element, live from `session` until `invalidation`. */
export function AnalysisLab<A, S extends {seed: number}>(session: TrainingSession, parts: AnalysisLabParts<A, S>, invalidation: Promise<unknown>): HTMLElement {
  const {name, settings, fallback} = parts;
  const status = el("p", {class: `${name}__status`, role: "status", "aria-live": "polite"});
  const verdict = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const source = el("p", {class: `${name}__source`});
  const figures = el("div", {class: `${name}__figures`});
  const root = el("div", {class: name, "data-drawn": "none"}, [status, verdict, source, figures]);
  const widthOf = () => Math.min(760, root.clientWidth || 640);
  let charts: LiveFigureElement<AnalysisView<A, S>>[] | null = null;
  let current: AnalysisView<A, S> | null = null;

  const draw = (view: AnalysisView<A, S> | null) => {
    if (charts && view && current && view.isReference !== current.isReference) charts = null; // the captions say which run is drawn
    current = view;
    root.dataset.drawn = view ? (view.isReference ? "reference" : "live") : "none";
    if (!view) {
      figures.replaceChildren();
      charts = null;
      return;
    }
    parts.describe(view);
    if (charts) for (const chart of charts) chart.update(view);
    else {
      const made = parts.makeFigures(view, widthOf);
      charts = made.charts;
      figures.replaceChildren(...made.nodes);
    }
  };

  let measuringSince: number | null = null;
  const render = (state: SessionState) => {
    const progress = parts.progressOf(state);
    const live = parts.analysisOf(state);
    if (progress && measuringSince === null) measuringSince = performance.now();
    if (live && measuringSince !== null && !root.dataset.analysisMs) root.dataset.analysisMs = String(Math.round(performance.now() - measuringSince));
    const isMeasuring = progress !== null && progress.done < progress.total && !live && (state.phase === "running" || state.phase === "paused");
    status.textContent = isMeasuring ? parts.words.busy(progress!.done, progress!.total) : "";
    status.hidden = !isMeasuring;
    const line = parts.verdictOf(state, live);
    verdict.textContent = line.text;
    verdict.dataset.verdict = line.holds === null ? state.phase : line.holds ? "holds" : "fails";
    if (line.grade) verdict.dataset.grade = line.grade;
    else delete verdict.dataset.grade;
    const view = live ? {analysis: live, settings, isReference: false} : fallback ? {analysis: fallback, settings, isReference: true} : null;
    source.textContent = live ? parts.words.live : fallback ? parts.words.reference(settings.seed) : parts.words.noReference;
    if (view?.analysis !== current?.analysis) draw(view);
  };
  const resize = new ResizeObserver(() => current && draw(current));
  resize.observe(root);
  invalidation.then(() => resize.disconnect());
  invalidation.then(session.subscribe(render));
  return root;
}
