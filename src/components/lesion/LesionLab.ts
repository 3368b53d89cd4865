/**
 * The lesion lab (Veit, Wilber & Belongie 2016): the page's session trains a plain MLP and its residual twin; after the
 * last step the worker deletes their units without retraining (src/engine/lesion/) and the lab draws what that did —
 * one unit at a time, k at random, and the residual net's paths — with the verdict in words. While the live runs train,
 * the reference run of the same seed and depth (data/lesion.json) is drawn, marked as such; the live result replaces it.
 */
import {withNetNames} from "../charts/netCells.js";
import type {LesionReference} from "../../engine/experiments/lesionSummary.js";
import type {LesionAnalysis} from "../../engine/lesion/setup.js";
import {lesionVerdict} from "../../engine/lesion/verdict.js";
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {lesionText} from "../../session/verdictText.js";
import {AnalysisLab, verdictLine, type AnalysisView, type VerdictLine} from "../charts/AnalysisLab.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {el} from "../dom.js";
import {localized, pageLocale} from "../../i18n/locale.js";
import type {Row} from "../export/csv.js";
import {PathShareChart, PerPathChart, RandomChart, SingleChart} from "./LesionCharts.js";
import {lesionProgress, pathRows, pathSentence, randomMeanRows, randomRows, randomSentence, sessionAnalysis, singleRows, singleSentences, type LesionSettings} from "./lesionRows.js";
import {LESION_CSV_TEXT, LESION_LAB_TEXT} from "./text.js";

type View = AnalysisView<LesionAnalysis, LesionSettings>;

/** The reference analysis of these settings, if data/lesion.json has one. */
export function referenceAnalysis(reference: LesionReference | null, settings: LesionSettings): LesionAnalysis | null {
  if (!reference || reference.depth !== settings.depth) return null;
  return reference.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
}

/** The verdict line for a session state (and whether it holds), from its runs' lesion studies. */
export function lesionVerdictLine(state: SessionState, analysis = sessionAnalysis(state)): VerdictLine {
  return verdictLine(state, analysis ? lesionVerdict(analysis) : null, lesionText, localized(LESION_LAB_TEXT));
}

/** The lab element for `settings`, live from `session` until `invalidation`. */
export function LesionLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LesionSettings; reference: LesionReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const locale = pageLocale();
  const text = localized(LESION_LAB_TEXT, locale);
  const csv = localized(LESION_CSV_TEXT, locale);
  const texts = {single: el("div", {class: "rx-lesion__single-text"}), random: el("p", {class: "rx-lesion__random-text"}), paths: el("p", {class: "rx-lesion__paths-text"})};
  const makeFigures = (view: View, widthOf: () => number) => {
    const caption = text.caption(view.settings, view.isReference);
    const chance = (v: View) => v.analysis.nets[0].chance;
    const figure = <R extends Row>(draw: (v: View) => Element, title: string, rows: (v: View) => readonly R[], filename: string, columnNames: Record<keyof R & string, string>) =>
      LiveFigure(draw, view, {title, caption, rows: (v) => withNetNames(rows(v), locale), columnNames, filename});
    const single = figure((v) => SingleChart(singleRows(v.analysis), {width: widthOf(), chance: chance(v)}), text.singleTitle, (v) => singleRows(v.analysis), text.singleFilename, csv.singleColumns);
    const random = figure((v) => RandomChart(randomRows(v.analysis), randomMeanRows(v.analysis), {width: widthOf(), chance: chance(v)}), text.randomTitle, (v) => randomRows(v.analysis), text.randomFilename, csv.randomColumns);
    const paths = figure((v) => PathShareChart(pathRows(v.analysis), {width: widthOf()}), text.pathTitle, (v) => pathRows(v.analysis), text.pathFilename, csv.pathColumns);
    const perPath = figure((v) => PerPathChart(pathRows(v.analysis), {width: widthOf()}), text.perPathTitle, (v) => pathRows(v.analysis), text.perPathFilename, csv.pathColumns);
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
      words: {busy: text.deleting, reference: text.reference, noReference: text.noReference, live: text.live},
      makeFigures,
      describe
    },
    invalidation
  );
}
