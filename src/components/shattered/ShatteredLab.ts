/**
 * The shattered-gradients lab (Balduzzi et al. 2017): asks the training worker to measure untrained plain and residual
 * MLPs at every depth of the sweep (a few seconds; progress after each net), then draws the gradient along the line and
 * its autocorrelation for the depth the reader picks, the sweep of r₁ against depth, and the verdict in words.
 * Moving the depth only redraws; a new seed measures again. TF.js runs in the worker only.
 */
import {withNetNames} from "../charts/netCells.js";
import type {ShatteredAnalysis} from "../../engine/shattered/setup.js";
import {SHATTERED_DEFAULTS, SHATTERED_DEPTHS} from "../../engine/shattered/setup.js";
import {shatteredVerdict, VERDICT_DEPTH} from "../../engine/shattered/verdict.js";
import {shatteredText} from "../../session/verdictText.js";
import type {TrainingClient} from "../../workers/client.js";
import {LiveFigure, type LiveFigureElement} from "../charts/LiveFigure.js";
import {el} from "../dom.js";
import {AcfChart, GradientChart, SweepChart} from "./ShatteredCharts.js";
import {acfRows, depthSentence, gradientRows, sweepRows, sweepSentence} from "./shatteredRows.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SHATTERED_CSV_TEXT, SHATTERED_LAB_TEXT} from "./text.js";
import {backendName} from "../../session/backendText.js";
import type {BackendPreference} from "../../workers/protocol.js";

/** What the lab reads from its controls. */
export interface ShatteredSettings {
  depth: number;
  seed: number;
}

interface View {
  analysis: ShatteredAnalysis;
  depth: number;
}

/** The lab element, driven by `controls` (its `.value` and `input` events) until `invalidation`. */
export function ShatteredLab(
  controls: HTMLElement & {value: ShatteredSettings},
  {connect, invalidation, locale = pageLocale()}: {connect: () => TrainingClient; invalidation: Promise<unknown>; locale?: Locale}
): HTMLElement {
  const text = localized(SHATTERED_LAB_TEXT, locale);
  const csv = localized(SHATTERED_CSV_TEXT, locale);
  const bar = el("progress", {class: "rx-progress__bar", max: 1, value: 0, "aria-label": text.progress});
  const status = el("p", {class: "rx-shattered__status", role: "status", "aria-live": "polite"});
  const progress = el("div", {class: "rx-progress rx-shattered__progress", "data-phase": "idle"}, [bar, status]);
  const verdict = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const depthText = el("p", {class: "rx-shattered__depth-text"});
  const sweepText = el("p", {class: "rx-shattered__sweep-text"});
  const figures = el("div", {class: "rx-shattered__figures"});
  const root = el("div", {class: "rx-shattered"}, [progress, verdict, figures, sweepText]);
  const widthOf = () => Math.min(760, root.clientWidth || 640);
  let current: View | null = null;
  let charts: {gradient: LiveFigureElement<View>; acf: LiveFigureElement<View>; sweep: LiveFigureElement<View>} | null = null;
  let generation = 0;

  const makeCharts = (view: View) => {
    const caption = () => text.caption({...SHATTERED_DEFAULTS, seed: current?.analysis.seed ?? view.analysis.seed});
    const gradient = LiveFigure((v: View) => GradientChart(gradientRows(v.analysis, v.depth), {width: widthOf(), depth: v.depth, locale}), view, {title: text.gradientTitle, caption: caption(), rows: (v) => withNetNames(gradientRows(v.analysis, v.depth), locale), columnNames: csv.gradientColumns, filename: text.gradientFile, locale});
    const acf = LiveFigure((v: View) => AcfChart(acfRows(v.analysis, v.depth), {width: widthOf(), depth: v.depth, locale}), view, {title: text.acfTitle, caption: caption(), rows: (v) => withNetNames(acfRows(v.analysis, v.depth), locale), columnNames: csv.acfColumns, filename: text.acfFile, locale});
    const sweep = LiveFigure((v: View) => SweepChart(sweepRows(v.analysis), {width: widthOf(), depth: v.depth, verdictDepth: VERDICT_DEPTH, locale}), view, {title: text.sweepTitle, caption: caption(), rows: (v) => withNetNames(sweepRows(v.analysis), locale), columnNames: csv.sweepColumns, filename: text.sweepFile, locale});
    figures.replaceChildren(gradient, depthText, acf, sweep);
    return {gradient, acf, sweep};
  };

  const render = () => {
    if (!current) return;
    const {analysis, depth} = current;
    const judged = shatteredVerdict(analysis);
    if (judged) {
      verdict.textContent = shatteredText(judged, locale);
      verdict.dataset.verdict = judged.holds ? "holds" : "fails";
      verdict.dataset.grade = judged.grade;
    }
    depthText.textContent = depthSentence(analysis, depth, locale);
    sweepText.textContent = sweepSentence(analysis, locale);
    root.dataset.depth = String(depth);
    if (!charts) charts = makeCharts(current);
    else for (const figure of Object.values(charts)) figure.update(current);
  };

  const measure = async (seed: number) => {
    const mine = ++generation;
    progress.dataset.phase = "running";
    bar.value = 0;
    status.textContent = text.measuring(0, SHATTERED_DEPTHS.length * 2);
    try {
      const report = await connect().shatter({seed, depths: SHATTERED_DEPTHS}, (done, total) => {
        if (mine !== generation) return;
        bar.value = done / total;
        status.textContent = text.measuring(done, total);
      });
      if (mine !== generation) return;
      current = {analysis: report.analysis, depth: controls.value.depth};
      progress.dataset.phase = "finished";
      root.dataset.elapsedMs = String(Math.round(report.elapsedMs));
      bar.value = 1;
      status.textContent = text.measured(report.analysis.nets.length, (report.elapsedMs / 1000).toFixed(1), {
        id: report.backend,
        name: backendName(report.backend as BackendPreference, locale) ?? report.backend
      });
      render();
    } catch (error) {
      if (mine !== generation) return;
      progress.dataset.phase = "error";
      status.textContent = text.failed(error instanceof Error ? error.message : String(error));
    }
  };

  const onInput = () => {
    const {seed, depth} = controls.value;
    if (!current || current.analysis.seed !== seed) {
      if (progress.dataset.phase !== "running" || seed !== pendingSeed) void measure((pendingSeed = seed));
    } else {
      current = {...current, depth};
      render();
    }
  };
  let pendingSeed = controls.value.seed;
  controls.addEventListener("input", onInput);
  const resize = new ResizeObserver(() => charts && current && Object.values(charts).forEach((figure) => figure.update(current!)));
  resize.observe(root);
  invalidation.then(() => {
    generation++;
    controls.removeEventListener("input", onInput);
    resize.disconnect();
  });
  void measure(pendingSeed);
  return root;
}
