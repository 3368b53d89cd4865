/**
 * The loss-landscape lab (Li, Xu, Taylor, Studer & Goldstein 2018): the page's session trains a plain MLP and its
 * residual twin; after the last step the worker measures each net's loss on a grid around its trained weights along two
 * filter-normalised random directions (src/engine/landscape/), and the lab draws both surfaces on one colour scale, the
 * slice through θ and the verdict in words. While the live runs train, the reference run of the same seed and depth
 * (data/landscape.json) is drawn, marked as such; the live result replaces it.
 */
import type {LandscapeReference} from "../../engine/experiments/landscapeSummary.js";
import type {LandscapeAnalysis} from "../../engine/landscape/setup.js";
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {landscapeText} from "../../session/verdictText.js";
import {LiveFigure, type LiveFigureElement} from "../charts/LiveFigure.js";
import {el} from "../dom.js";
import {HeatmapPair, SliceChart} from "./LandscapeCharts.js";
import {gridRows, landscapeProgress, landscapeSentences, sessionLandscape, sharedDomain, sliceRows, sliceSentence, verdictOf, type LandscapeSettings} from "./landscapeRows.js";

/** Reader-visible words of the lab, in one place. */
export const LAB_TEXT = {
  measuring: (done: number, total: number) => `Trained. Measuring the loss around both nets' weights: ${done} of ${total} grid rows…`,
  waiting: "The verdict appears when both nets are trained and their landscapes measured.",
  stopped: "Stopped before the end: no verdict. Press Retrain to run again.",
  failed: "The run failed, so there is no landscape to measure (the message above says why).",
  reference: (seed: number) => `Drawn below until your run finishes: the reference run of seed ${seed} at these settings, made by the project's experiment tool.`,
  noReference: "No reference run has these settings: the charts appear when your run has finished.",
  live: "Drawn below: your run.",
  heatmapTitle: "The loss around the trained weights: plain (left or top) and residual, one colour scale",
  sliceTitle: "The loss along one direction through the trained weights",
  caption: (settings: LandscapeSettings, analysis: LandscapeAnalysis, isReference: boolean) =>
    `plain vs residual MLP-${settings.depth}, width 16, BatchNorm, pre-activation units, trained 300 steps on circles; mean cross-entropy of the first ${analysis.examples} training points at θ + αδ + βη, ` +
    `${analysis.resolution}×${analysis.resolution} grid on [−${analysis.extent}, ${analysis.extent}]², filter-normalised directions · seed ${settings.seed}${isReference ? " · reference run" : ""}`
} as const;

interface View {
  analysis: LandscapeAnalysis;
  settings: LandscapeSettings;
  isReference: boolean;
}

/** The reference analysis of these settings, if data/landscape.json has one. */
export function referenceLandscape(reference: LandscapeReference | null, settings: LandscapeSettings): LandscapeAnalysis | null {
  const found = reference?.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
  return found && found.nets.every((net) => net.depth === settings.depth) ? found : null;
}

/** The verdict line for a session state (and whether it holds), from its runs' landscapes. */
export function landscapeVerdictLine(state: SessionState, seed: number): {text: string; holds: boolean | null; grade: string | null} {
  const analysis = sessionLandscape(state, seed);
  const verdict = analysis ? verdictOf(analysis) : null;
  if (verdict) return {text: landscapeText(verdict), holds: verdict.holds, grade: verdict.grade};
  if (state.phase === "stopped") return {text: LAB_TEXT.stopped, holds: null, grade: null};
  if (state.phase === "failed") return {text: LAB_TEXT.failed, holds: null, grade: null};
  return {text: state.phase === "idle" ? "" : LAB_TEXT.waiting, holds: null, grade: null};
}

/** The lab element for `settings`, live from `session` until `invalidation`. */
export function LandscapeLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LandscapeSettings; reference: LandscapeReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const status = el("p", {class: "rx-landscape__status", role: "status", "aria-live": "polite"});
  const verdict = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const source = el("p", {class: "rx-landscape__source"});
  const figures = el("div", {class: "rx-landscape__figures"});
  const root = el("div", {class: "rx-landscape", "data-drawn": "none"}, [status, verdict, source, figures]);
  const widthOf = () => Math.min(760, root.clientWidth || 640);
  const texts = {heatmap: el("div", {class: "rx-landscape__text"}), slice: el("p", {class: "rx-landscape__slice-text"})};
  let charts: {heatmap: LiveFigureElement<View>; slice: LiveFigureElement<View>} | null = null;
  let current: View | null = null;

  const makeCharts = (view: View) => {
    const caption = LAB_TEXT.caption(view.settings, view.analysis, view.isReference);
    const heatmap = LiveFigure((v: View) => HeatmapPair(gridRows(v.analysis), {width: widthOf(), domain: sharedDomain(gridRows(v.analysis))}), view, {title: LAB_TEXT.heatmapTitle, caption, rows: (v) => gridRows(v.analysis), filename: "loss-landscape"});
    const slice = LiveFigure((v: View) => SliceChart(sliceRows(v.analysis), {width: widthOf()}), view, {title: LAB_TEXT.sliceTitle, caption, rows: (v) => sliceRows(v.analysis), filename: "loss-landscape-slice"});
    figures.replaceChildren(heatmap, texts.heatmap, slice, texts.slice);
    return {heatmap, slice};
  };

  const draw = (view: View | null) => {
    if (charts && view && current && view.isReference !== current.isReference) charts = null; // the captions say which run is drawn
    current = view;
    root.dataset.drawn = view ? (view.isReference ? "reference" : "live") : "none";
    if (!view) {
      figures.replaceChildren();
      charts = null;
      return;
    }
    texts.heatmap.replaceChildren(...landscapeSentences(view.analysis).map((sentence) => el("p", {}, [sentence])));
    texts.slice.textContent = sliceSentence(view.analysis);
    if (!charts) charts = makeCharts(view);
    else for (const chart of Object.values(charts)) chart.update(view);
  };

  const fallback = referenceLandscape(reference, settings);
  let measuringSince: number | null = null;
  const render = (state: SessionState) => {
    const progress = landscapeProgress(state);
    const live = sessionLandscape(state, settings.seed);
    // how long the landscapes took after training (the bench reads it): from the first grid row reported to the result
    if (progress && measuringSince === null) measuringSince = performance.now();
    if (live && measuringSince !== null && !root.dataset.landscapeMs) root.dataset.landscapeMs = String(Math.round(performance.now() - measuringSince));
    const isMeasuring = progress !== null && !live && (state.phase === "running" || state.phase === "paused");
    status.textContent = isMeasuring ? LAB_TEXT.measuring(progress!.done, progress!.total) : "";
    status.hidden = !isMeasuring;
    const line = landscapeVerdictLine(state, settings.seed);
    verdict.textContent = line.text;
    verdict.dataset.verdict = line.holds === null ? state.phase : line.holds ? "holds" : "fails";
    if (line.grade) verdict.dataset.grade = line.grade;
    else delete verdict.dataset.grade;
    const view = live ? {analysis: live, settings, isReference: false} : fallback ? {analysis: fallback, settings, isReference: true} : null;
    source.textContent = live ? LAB_TEXT.live : fallback ? LAB_TEXT.reference(settings.seed) : LAB_TEXT.noReference;
    if (view?.analysis !== current?.analysis) draw(view);
  };
  const resize = new ResizeObserver(() => current && draw(current));
  resize.observe(root);
  invalidation.then(() => resize.disconnect());
  invalidation.then(session.subscribe(render));
  return root;
}
