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
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {HeatmapPair, SliceChart} from "./LandscapeCharts.js";
import {gridRows, landscapeCsvRows, landscapeProgress, landscapeSentences, sessionLandscape, sharedDomain, sliceRows, sliceSentence, verdictOf, type LandscapeSettings} from "./landscapeRows.js";
import {LANDSCAPE_CSV_TEXT, LANDSCAPE_LAB_TEXT} from "./text.js";

type View = AnalysisView<LandscapeAnalysis, LandscapeSettings>;

/** The reference analysis of these settings, if data/landscape.json has one. */
export function referenceLandscape(reference: LandscapeReference | null, settings: LandscapeSettings): LandscapeAnalysis | null {
  const found = reference?.analyses.find((entry) => entry.seed === settings.seed)?.analysis ?? null;
  return found && found.nets.every((net) => net.depth === settings.depth) ? found : null;
}

/** The verdict line for a session state (and whether it holds), from its runs' landscapes. */
export function landscapeVerdictLine(state: SessionState, seed: number, analysis = sessionLandscape(state, seed), locale: Locale = pageLocale()): VerdictLine {
  return verdictLine(state, analysis ? verdictOf(analysis) : null, landscapeText, localized(LANDSCAPE_LAB_TEXT, locale));
}

/** The caption of a view's figures: the runs drawn, the grid and the seed. */
function captionOf(view: View, locale: Locale): string {
  const {settings, analysis, isReference} = view;
  return localized(LANDSCAPE_LAB_TEXT, locale).caption({depth: settings.depth, examples: analysis.examples, resolution: analysis.resolution, extent: analysis.extent, seed: settings.seed, isReference});
}

/** The lab element for `settings`, live from `session` until `invalidation`, in the page's language. */
export function LandscapeLab(session: TrainingSession, {settings, reference, invalidation}: {settings: LandscapeSettings; reference: LandscapeReference | null; invalidation: Promise<unknown>}): HTMLElement {
  const locale = pageLocale();
  const text = localized(LANDSCAPE_LAB_TEXT, locale);
  const {columns} = localized(LANDSCAPE_CSV_TEXT, locale);
  const texts = {heatmap: el("div", {class: "rx-landscape__text"}), slice: el("p", {class: "rx-landscape__slice-text"})};
  const makeFigures = (view: View, widthOf: () => number) => {
    const caption = captionOf(view, locale);
    const heatmap = LiveFigure((v: View) => HeatmapPair(gridRows(v.analysis), {width: widthOf(), domain: sharedDomain(gridRows(v.analysis)), locale}), view, {title: text.heatmapTitle, caption, rows: (v) => landscapeCsvRows(gridRows(v.analysis), locale), columnNames: columns, filename: text.heatmapFile});
    const slice = LiveFigure((v: View) => SliceChart(sliceRows(v.analysis), {width: widthOf(), locale}), view, {title: text.sliceTitle, caption, rows: (v) => landscapeCsvRows(sliceRows(v.analysis), locale), columnNames: columns, filename: text.sliceFile});
    return {charts: [heatmap, slice], nodes: [heatmap, texts.heatmap, slice, texts.slice]};
  };
  const describe = (view: View) => {
    texts.heatmap.replaceChildren(...landscapeSentences(view.analysis, 2, locale).map((sentence) => el("p", {}, [sentence])));
    texts.slice.textContent = sliceSentence(view.analysis, locale);
  };
  return AnalysisLab(
    session,
    {
      name: "rx-landscape",
      settings,
      fallback: referenceLandscape(reference, settings),
      analysisOf: (state) => sessionLandscape(state, settings.seed),
      progressOf: landscapeProgress,
      verdictOf: (state, live) => landscapeVerdictLine(state, settings.seed, live, locale),
      words: {busy: text.measuring, reference: text.reference, noReference: text.noReference, live: text.live},
      makeFigures,
      describe
    },
    invalidation
  );
}
