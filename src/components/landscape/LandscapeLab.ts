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
import {AnalysisLab, verdictLine, type AnalysisView, type VerdictLine} from "../charts/AnalysisLab.js";
import {LiveFigure} from "../charts/LiveFigure.js";
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

type View = AnalysisView<LandscapeAnalysis, LandscapeSettings>;

/** The reference analysis of these settings, if data/landscape.json has one. */
export function referenceLandscape(reference: LandscapeReference | null, settings: LandscapeSettings): LandscapeAnalysis | null {
  const found = reference?.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
  return found && found.nets.every((net) => net.depth === settings.depth) ? found : null;
}

/** The verdict line for a session state (and whether it holds), from its runs' landscapes. */
export function landscapeVerdictLine(state: SessionState, seed: number, analysis = sessionLandscape(state, seed)): VerdictLine {
  return verdictLine(state, analysis ? verdictOf(analysis) : null, landscapeText, LAB_TEXT);
}

/** The lab element for `settings`, live from `session` until `invalidation`. */
export function LandscapeLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LandscapeSettings; reference: LandscapeReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const texts = {heatmap: el("div", {class: "rx-landscape__text"}), slice: el("p", {class: "rx-landscape__slice-text"})};
  const makeFigures = (view: View, widthOf: () => number) => {
    const caption = LAB_TEXT.caption(view.settings, view.analysis, view.isReference);
    const heatmap = LiveFigure((v: View) => HeatmapPair(gridRows(v.analysis), {width: widthOf(), domain: sharedDomain(gridRows(v.analysis))}), view, {title: LAB_TEXT.heatmapTitle, caption, rows: (v) => gridRows(v.analysis), filename: "loss-landscape"});
    const slice = LiveFigure((v: View) => SliceChart(sliceRows(v.analysis), {width: widthOf()}), view, {title: LAB_TEXT.sliceTitle, caption, rows: (v) => sliceRows(v.analysis), filename: "loss-landscape-slice"});
    return {charts: [heatmap, slice], nodes: [heatmap, texts.heatmap, slice, texts.slice]};
  };
  const describe = (view: View) => {
    texts.heatmap.replaceChildren(...landscapeSentences(view.analysis).map((sentence) => el("p", {}, [sentence])));
    texts.slice.textContent = sliceSentence(view.analysis);
  };
  return AnalysisLab(
    session,
    {
      name: "rx-landscape",
      settings,
      fallback: referenceLandscape(reference, settings),
      analysisOf: (state) => sessionLandscape(state, settings.seed),
      progressOf: landscapeProgress,
      verdictOf: (state, live) => landscapeVerdictLine(state, settings.seed, live),
      words: {busy: LAB_TEXT.measuring, reference: LAB_TEXT.reference, noReference: LAB_TEXT.noReference, live: LAB_TEXT.live},
      makeFigures,
      describe
    },
    invalidation
  );
}
