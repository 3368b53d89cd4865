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
import {LiveFigure, type LiveFigureElement} from "../charts/LiveFigure.js";
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

interface View {
  analysis: LesionAnalysis;
  settings: LesionSettings;
  isReference: boolean;
}

/** The reference analysis of these settings, if data/lesion.json has one. */
export function referenceAnalysis(reference: LesionReference | null, settings: LesionSettings): LesionAnalysis | null {
  if (!reference || reference.depth !== settings.depth) return null;
  return reference.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
}

/** The verdict line for a session state (and whether it holds), from its runs' lesion studies. */
export function lesionVerdictLine(state: SessionState): {text: string; holds: boolean | null; grade: string | null} {
  const analysis = sessionAnalysis(state);
  const verdict = analysis ? lesionVerdict(analysis) : null;
  if (verdict) return {text: lesionText(verdict), holds: verdict.holds, grade: verdict.grade};
  if (state.phase === "stopped") return {text: LAB_TEXT.stopped, holds: null, grade: null};
  if (state.phase === "failed") return {text: LAB_TEXT.failed, holds: null, grade: null};
  return {text: state.phase === "idle" ? "" : LAB_TEXT.waiting, holds: null, grade: null};
}

/** The lab element for `settings`, live from `session` until `invalidation`. */
export function LesionLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LesionSettings; reference: LesionReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const status = el("p", {class: "rx-lesion__status", role: "status", "aria-live": "polite"});
  const verdict = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const source = el("p", {class: "rx-lesion__source"});
  const figures = el("div", {class: "rx-lesion__figures"});
  const root = el("div", {class: "rx-lesion", "data-drawn": "none"}, [status, verdict, source, figures]);
  const widthOf = () => Math.min(760, root.clientWidth || 640);
  let charts: Record<"single" | "random" | "paths" | "perPath", LiveFigureElement<View>> | null = null;
  let current: View | null = null;
  const texts = {single: el("div", {class: "rx-lesion__single-text"}), random: el("p", {class: "rx-lesion__random-text"}), paths: el("p", {class: "rx-lesion__paths-text"})};

  const makeCharts = (view: View) => {
    const caption = () => LAB_TEXT.caption(current?.settings ?? view.settings, current?.isReference ?? view.isReference);
    const chance = (v: View) => v.analysis.nets[0].chance;
    const figure = (draw: (v: View) => Element, title: string, rows: (v: View) => readonly Record<string, unknown>[], filename: string) => LiveFigure(draw, view, {title, caption: caption(), rows: rows as never, filename});
    const made = {
      single: figure((v) => SingleChart(singleRows(v.analysis), {width: widthOf(), chance: chance(v)}), LAB_TEXT.singleTitle, (v) => singleRows(v.analysis), "lesion-single"),
      random: figure((v) => RandomChart(randomRows(v.analysis), randomMeanRows(v.analysis), {width: widthOf(), chance: chance(v)}), LAB_TEXT.randomTitle, (v) => randomRows(v.analysis), "lesion-random"),
      paths: figure((v) => PathShareChart(pathRows(v.analysis), {width: widthOf()}), LAB_TEXT.pathTitle, (v) => pathRows(v.analysis), "lesion-paths"),
      perPath: figure((v) => PerPathChart(pathRows(v.analysis), {width: widthOf()}), LAB_TEXT.perPathTitle, (v) => pathRows(v.analysis), "lesion-path-gradient")
    };
    figures.replaceChildren(made.single, texts.single, made.random, texts.random, made.paths, texts.paths, made.perPath);
    return made;
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
    texts.single.replaceChildren(...singleSentences(view.analysis).map((sentence) => el("p", {}, [sentence])));
    texts.random.textContent = randomSentence(view.analysis);
    texts.paths.textContent = pathSentence(view.analysis) ?? "";
    if (!charts) charts = makeCharts(view);
    else for (const chart of Object.values(charts)) chart.update(view);
  };

  const fallback = referenceAnalysis(reference, settings);
  let deletingSince: number | null = null;
  const render = (state: SessionState) => {
    const progress = lesionProgress(state);
    // how long the deletions took after training (the bench reads it): from the first measurement reported to the result
    if (progress && deletingSince === null) deletingSince = performance.now();
    if (sessionAnalysis(state) && deletingSince !== null && !root.dataset.lesionMs) root.dataset.lesionMs = String(Math.round(performance.now() - deletingSince));
    const isDeleting = progress !== null && progress.done < progress.total && !sessionAnalysis(state) && (state.phase === "running" || state.phase === "paused");
    status.textContent = isDeleting ? LAB_TEXT.deleting(progress!.done, progress!.total) : "";
    status.hidden = !isDeleting;
    const line = lesionVerdictLine(state);
    verdict.textContent = line.text;
    verdict.dataset.verdict = line.holds === null ? state.phase : line.holds ? "holds" : "fails";
    if (line.grade) verdict.dataset.grade = line.grade;
    else delete verdict.dataset.grade;
    const live = sessionAnalysis(state);
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
