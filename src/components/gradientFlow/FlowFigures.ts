/**
 * The gradient-flow lab's live figures, each fed by the page's training session and the step scrubber and each
 * exportable: the per-unit gradient norms of both nets (GradientNormFigure) and the identity's two terms on the
 * residual net (IdentityFigure). `bindScrubber` hands the scrubber the steps received so far.
 */
import {withNetNames} from "../charts/netCells.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import type {SessionState, TrainingSession} from "../../session/trainingSession.js";
import {el} from "../dom.js";
import {localized, pageLocale} from "../../i18n/locale.js";
import {describeFlow, unitsForDepth, type FlowSettings} from "./flowRuns.js";
import {gradientRows, identityRows, measuredSteps, snapshotAt, type FlowTrace, type GradientRow, type IdentityRow} from "./flowRows.js";
import {identitySentences, profileSentences} from "./flowText.js";
import {decadeDomain, GradientNormChart, logDomain} from "./GradientNormChart.js";
import {IdentityChart} from "./IdentityChart.js";
import type {StepScrubberElement} from "./StepScrubber.js";
import {FLOW_CSV_TEXT, FLOW_FIGURES_TEXT} from "./text.js";

/** What the views need from the page. */
export interface FlowViewOptions {
  width: number;
  settings: FlowSettings;
  /** The cell's invalidation: the view stops listening when it resolves. */
  invalidation: Promise<unknown>;
}

function traces(state: SessionState): FlowTrace[] {
  const stopped = new Set(["diverged", "failed", "cancelled"]);
  return state.runs.map((run) => ({id: run.id, snapshots: run.snapshots, hasStopped: stopped.has(run.phase)}));
}

/** Keeps the scrubber's steps in step with the session; returns the scrubber. */
export function bindScrubber(scrubber: StepScrubberElement, session: TrainingSession): StepScrubberElement {
  const unsubscribe = session.subscribe((state) => scrubber.update(measuredSteps(traces(state)), Math.max(0, ...state.runs.map((run) => run.totalSteps))));
  session.addEventListener("dispose", unsubscribe);
  return scrubber;
}

/** Calls `draw` now, on every session change and on every scrubber move, until `invalidation`. */
function follow(session: TrainingSession, scrubber: StepScrubberElement, invalidation: Promise<unknown>, draw: (state: SessionState, step: number | null) => void) {
  const redraw = () => draw(session.value, scrubber.value);
  const unsubscribe = session.subscribe(redraw);
  scrubber.addEventListener("input", redraw);
  invalidation.then(() => {
    unsubscribe();
    scrubber.removeEventListener("input", redraw);
  });
}

interface NormView {
  rows: GradientRow[];
  initial: GradientRow[];
  step: number;
  diverged: string[];
  domain: [number, number];
  sentences: string[];
}

/** ‖∂L/∂x_l‖ per unit of the plain and the residual net at the scrubber's step, with a sentence per net. */
export function GradientNormFigure(session: TrainingSession, scrubber: StepScrubberElement, {width, settings, invalidation}: FlowViewOptions): HTMLElement {
  const units = unitsForDepth(settings.depth);
  const locale = pageLocale();
  const text = localized(FLOW_FIGURES_TEXT, locale);
  const empty: NormView = {rows: [], initial: [], step: 0, diverged: [], domain: [1e-3, 1], sentences: []};
  const draw = (view: NormView) =>
    el("div", {}, [
      GradientNormChart(view.rows, view.initial, {width, units, step: view.step, diverged: view.diverged, domain: view.domain}),
      el("div", {class: "flow-readout"}, view.sentences.map((line) => el("p", {}, [line])))
    ]);
  const figure = LiveFigure(draw, empty, {
    title: text.normsTitle,
    caption: describeFlow(settings),
    filename: text.normsFilename,
    rows: (view) => withNetNames([...view.rows, ...(view.step > 0 ? view.initial : [])], locale),
    columnNames: localized(FLOW_CSV_TEXT, locale).gradientColumns
  });
  figure.classList.add("flow-norms");
  follow(session, scrubber, invalidation, (state, step) => {
    const runs = traces(state);
    const shown = step ?? 0;
    const all = runs.flatMap((run) => run.snapshots.flatMap((snapshot) => gradientRows(run.id, snapshot)));
    figure.update({
      rows: runs.flatMap((run) => gradientRows(run.id, snapshotAt(run, shown))),
      initial: runs.flatMap((run) => gradientRows(run.id, snapshotAt(run, 0))),
      step: shown,
      diverged: state.runs.filter((run) => run.phase === "diverged").map((run) => run.label),
      domain: logDomain(all),
      sentences: state.runs.map((run) => profileSentences([{label: run.label, snapshot: snapshotAt(run, shown), isDiverged: run.phase === "diverged"}])[0])
    });
  });
  return figure;
}

interface IdentityView {
  rows: IdentityRow[];
  step: number;
  domain?: [number, number] | null;
  sentences: string[];
}

/** The identity's two terms per unit of the residual net at the scrubber's step. */
export function IdentityFigure(session: TrainingSession, scrubber: StepScrubberElement, {width, settings, invalidation}: FlowViewOptions): HTMLElement {
  const units = unitsForDepth(settings.depth);
  const text = localized(FLOW_FIGURES_TEXT);
  const draw = (view: IdentityView) =>
    el("div", {}, [
      IdentityChart(view.rows, {width, units, step: view.step, domain: view.domain}),
      el("div", {class: "flow-readout"}, view.sentences.map((line) => el("p", {}, [line])))
    ]);
  const initial: IdentityView = {rows: [], step: 0, sentences: identitySentences(undefined, settings.unit === "preact")};
  const figure = LiveFigure(draw, initial, {
    title: text.identityTitle,
    caption: describeFlow(settings),
    filename: text.identityFilename,
    rows: (view) => view.rows,
    columnNames: localized(FLOW_CSV_TEXT).identityColumns
  });
  figure.classList.add("flow-identity");
  follow(session, scrubber, invalidation, (state, step) => {
    const residual = state.runs.find((run) => run.id === "residual");
    const shown = step ?? 0;
    const snapshot = snapshotAt(residual, shown);
    const all = (residual?.snapshots ?? []).flatMap((s) => identityRows(s));
    figure.update({
      rows: identityRows(snapshot),
      step: shown,
      domain: decadeDomain(all.flatMap((row) => [row.total, row.direct, row.residual])),
      sentences: identitySentences(snapshot, settings.unit === "preact")
    });
  });
  return figure;
}

/** Resolves once any of `targets` comes near the viewport (the lab trains only when the reader gets there). */
export function whenNearViewport(targets: readonly (Element | null)[]): Promise<void> {
  const elements = targets.filter((target): target is Element => target !== null);
  if (elements.length === 0 || typeof IntersectionObserver === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      resolve();
    }, {rootMargin: "400px 0px"});
    elements.forEach((element) => observer.observe(element));
  });
}
