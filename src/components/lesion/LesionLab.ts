/**
 * The lesion lab (Veit, Wilber & Belongie 2016): the page's session trains a plain MLP and its residual twin; after the
 * last step the worker deletes their units without retraining (src/engine/lesion/) and the lab draws what that did —
 * one unit at a time, k at random, and the residual net's paths — with the verdict in words. While the live runs train,
 * the reference run of the same seed and depth (data/lesion.json) is drawn, marked as such; the live result replaces it.
 */
import type {LesionReference} from "../../engine/experiments/lesionSummary.js";
import type {LesionAnalysis} from "../../engine/lesion/setup.js";
import {LESION_DEFAULTS} from "../../engine/lesion/setup.js";
import {lesionVerdict} from "../../engine/lesion/verdict.js";
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {lesionText} from "../../session/verdictText.js";
import {AnalysisLab, verdictLine, type AnalysisView, type VerdictLine} from "../charts/AnalysisLab.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {el} from "../dom.js";
import {PathShareChart, PerPathChart, RandomChart, SingleChart} from "./LesionCharts.js";
import {lesionProgress, pathRows, pathSentence, randomMeanRows, randomRows, randomSentence, sessionAnalysis, singleRows, singleSentences, type LesionSettings} from "./lesionRows.js";

/** Reader-visible words of the lab, in one place. */
export const LAB_TEXT = {
  deleting: (done: number, total: number) => `Trained. Deleting units from the two nets and measuring them again: ${done} of ${total} measurements…`,
  waiting: "The verdict appears when both nets are trained and their units deleted.",
  stopped: "Stopped before the end: no verdict. Press Retrain to run again.",
  failed: "The run failed, so there is nothing to delete units from (the message above says why).",
  reference: (seed: number) => `Drawn below until your run finishes: the reference run of seed ${seed} at these settings, made by the project's experiment tool.`,
  noReference: "No reference run has these settings: the charts appear when your run has finished (a few seconds).",
  live: "Drawn below: your run.",
  singleTitle: "Test error with one unit deleted",
  randomTitle: "Test error with k units deleted at random",
  pathTitle: "The unravelled residual net: how long its paths are, and where the gradient comes from",
  perPathTitle: "Gradient through a single path, by its length",
  caption: (settings: LesionSettings, isReference: boolean) =>
    `plain vs residual MLP-${settings.depth}, width 16, BatchNorm, pre-activation units, trained 300 steps on circles; units deleted after training, test error on the 1,000 test points; ` +
    `${LESION_DEFAULTS.draws} draws for each k; ${LESION_DEFAULTS.pathSamples} sampled paths per length · seed ${settings.seed}${isReference ? " · reference run" : ""}`
} as const;

type View = AnalysisView<LesionAnalysis, LesionSettings>;

/** The reference analysis of these settings, if data/lesion.json has one. */
export function referenceAnalysis(reference: LesionReference | null, settings: LesionSettings): LesionAnalysis | null {
  if (!reference || reference.depth !== settings.depth) return null;
  return reference.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
}

/** The verdict line for a session state (and whether it holds), from its runs' lesion studies. */
export function lesionVerdictLine(state: SessionState, analysis = sessionAnalysis(state)): VerdictLine {
  return verdictLine(state, analysis ? lesionVerdict(analysis) : null, lesionText, LAB_TEXT);
}

/** The lab element for `settings`, live from `session` until `invalidation`. */
export function LesionLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LesionSettings; reference: LesionReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const texts = {single: el("div", {class: "rx-lesion__single-text"}), random: el("p", {class: "rx-lesion__random-text"}), paths: el("p", {class: "rx-lesion__paths-text"})};
  const makeFigures = (view: View, widthOf: () => number) => {
    const caption = LAB_TEXT.caption(view.settings, view.isReference);
    const chance = (v: View) => v.analysis.nets[0].chance;
    const figure = (draw: (v: View) => Element, title: string, rows: (v: View) => readonly Record<string, unknown>[], filename: string) => LiveFigure(draw, view, {title, caption, rows: rows as never, filename});
    const single = figure((v) => SingleChart(singleRows(v.analysis), {width: widthOf(), chance: chance(v)}), LAB_TEXT.singleTitle, (v) => singleRows(v.analysis), "lesion-single");
    const random = figure((v) => RandomChart(randomRows(v.analysis), randomMeanRows(v.analysis), {width: widthOf(), chance: chance(v)}), LAB_TEXT.randomTitle, (v) => randomRows(v.analysis), "lesion-random");
    const paths = figure((v) => PathShareChart(pathRows(v.analysis), {width: widthOf()}), LAB_TEXT.pathTitle, (v) => pathRows(v.analysis), "lesion-paths");
    const perPath = figure((v) => PerPathChart(pathRows(v.analysis), {width: widthOf()}), LAB_TEXT.perPathTitle, (v) => pathRows(v.analysis), "lesion-path-gradient");
    return {charts: [single, random, paths, perPath], nodes: [single, texts.single, random, texts.random, paths, texts.paths, perPath]};
  };
  const describe = (view: View) => {
    texts.single.replaceChildren(...singleSentences(view.analysis).map((sentence) => el("p", {}, [sentence])));
    texts.random.textContent = randomSentence(view.analysis);
    texts.paths.textContent = pathSentence(view.analysis) ?? "";
  };
  return AnalysisLab(
    session,
    {
      name: "rx-lesion",
      settings,
      fallback: referenceAnalysis(reference, settings),
      analysisOf: sessionAnalysis,
      progressOf: lesionProgress,
      verdictOf: lesionVerdictLine,
      words: {busy: LAB_TEXT.deleting, reference: LAB_TEXT.reference, noReference: LAB_TEXT.noReference, live: LAB_TEXT.live},
      makeFigures,
      describe
    },
    invalidation
  );
}
