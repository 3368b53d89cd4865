/**
 * The reader's own runs on the Results page: the finished runs the degradation lab keeps in this browser
 * (session/runHistory.ts), as final training error vs depth beside the reference runs of the same data set
 * and step count. Read when the page opens; empty until the reader has trained there.
 */
import {CSV_TEXT} from "../charts/text.js";
import {ErrorVsDepthChart, DEPTH_TABLE_COLUMNS, depthTable} from "../charts/ErrorVsDepthChart.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {el} from "../dom.js";
import {depthPoints} from "../degradationLab/degradationResults.js";
import {configurationKey, type ReferenceRun} from "../../session/references.js";
import type {HistoryRun, RunHistory} from "../../session/runHistory.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NAMES_TEXT, YOUR_RUNS_TEXT} from "./text.js";

/** The data set and step count the reader ran most often, and how many runs that is. */
export function mostRunSetting(runs: readonly HistoryRun[]): {data: string; steps: number; count: number} | null {
  const counts = new Map<string, {data: string; steps: number; count: number}>();
  for (const run of runs) {
    const key = `${run.data}|${run.steps}`;
    const entry = counts.get(key) ?? {data: run.data, steps: run.steps, count: 0};
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0] ?? null;
}

/** References on the same data set with the same number of steps, each configuration once (files overlap). */
export function sameSetting(references: readonly ReferenceRun[], {data, steps}: {data: string; steps: number}): ReferenceRun[] {
  const seen = new Set<string>();
  return references.filter((run) => {
    const key = configurationKey(run);
    if ((run.data.kind === "toy" ? run.data.name : run.data.kind) !== data || run.config.steps !== steps || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The chart of the reader's runs (or a line saying there are none yet), redrawn when the history changes. */
export function YourRuns(
  history: RunHistory,
  references: readonly ReferenceRun[],
  {width, invalidation, locale = pageLocale()}: {width: number; invalidation: Promise<unknown>; locale?: Locale}
): HTMLElement {
  const text = localized(YOUR_RUNS_TEXT, locale);
  const root = el("div", {class: "rx-your-runs"});
  const render = () => {
    const setting = mostRunSetting(history.runs);
    // The same note the degradation lab shows: damaged or refused storage, runs left out, a history cut short.
    const note = history.note ? el("p", {class: "rx-history__note", role: "note"}, [history.note]) : null;
    if (!setting) {
      const empty = history.isPersistent ? text.emptyPersistent : text.emptySession;
      root.replaceChildren(...[note, el("p", {class: "rx-lab-placeholder"}, [text.empty(empty)])].filter((node) => node !== null));
      return;
    }
    const points = depthPoints(history.runs, sameSetting(references, setting), setting);
    const others = history.runs.length - setting.count;
    const figure = LiveFigure((shown: typeof points) => ErrorVsDepthChart(shown, {width}), points, {
      title: text.title(localized(NAMES_TEXT, locale).data(setting.data), setting.steps),
      caption: text.caption(setting.count, others),
      filename: text.filename,
      rows: (shown) => depthTable(shown, locale),
      columns: DEPTH_TABLE_COLUMNS,
      columnNames: localized(CSV_TEXT, locale).depthColumns
    });
    root.replaceChildren(...[note, figure].filter((node) => node !== null));
  };
  history.addEventListener("change", render);
  invalidation.then(() => history.removeEventListener("change", render));
  render();
  return root;
}
