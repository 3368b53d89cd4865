/**
 * What the degradation lab makes of finished runs: history entries for the error-vs-depth chart and the points of
 * that chart (the reader's runs and comparable reference runs). Pure: no DOM. (The verdict and its words are the
 * session layer's: src/session/runResults.ts and verdictText.ts.)
 */
import {depthOf} from "../../engine/spec.js";
import {resolveTrainConfig} from "../../engine/train/config.js";
import type {DepthPoint} from "../charts/ErrorVsDepthChart.js";
import type {HistoryRun} from "../../session/runHistory.js";
import {configurationKey, type ReferenceRun} from "../../session/references.js";
import type {SessionRun} from "../../session/sessionState.js";
import {finalFigures} from "../../session/runResults.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {DEGRADATION_RUNS_TEXT} from "./text.js";

/** The name of a run's data set ("circles", "mnist"). */
export function dataName(run: Pick<SessionRun, "request">): string {
  const data = run.request.data;
  return data.kind === "toy" ? data.name : data.kind;
}

/** A finished run (done or diverged) as a history entry, or null for any other run. */
export function historyEntry(run: SessionRun, backend: string, finishedAt: number): HistoryRun | null {
  if (run.phase !== "done" && run.phase !== "diverged") return null;
  const final = finalFigures(run);
  const isFinite = run.phase === "done" && final !== null && Number.isFinite(final.loss) && Number.isFinite(final.trainError);
  return {
    key: configurationKey(run.request),
    data: dataName(run),
    steps: run.totalSteps,
    seed: resolveTrainConfig(run.request.config).seed,
    depth: depthOf(run.request.spec),
    isResidual: run.request.spec.isResidual,
    status: isFinite ? "done" : "diverged",
    finalTrainError: isFinite ? final!.trainError : null,
    finalLoss: isFinite ? final!.loss : null,
    finalTestError: isFinite && final!.testError !== null && Number.isFinite(final!.testError) ? final!.testError : null,
    backend,
    finishedAt
  };
}

/** The points of the error-vs-depth chart: the reader's runs of this data set and step count, then comparable references. */
export function depthPoints(
  history: readonly HistoryRun[],
  references: readonly ReferenceRun[],
  {data, steps}: {data: string; steps: number},
  locale: Locale = pageLocale()
): DepthPoint[] {
  const text = localized(DEGRADATION_RUNS_TEXT, locale);
  const own = history
    .filter((run) => run.data === data && run.steps === steps)
    .map((run) => ({depth: run.depth, isResidual: run.isResidual, value: run.finalTrainError ?? Number.NaN, isReference: false, label: text.pointLabel(text.netName(run.isResidual, run.depth), run.seed, false)}));
  const reference = references.map((run) => ({
    depth: depthOf(run.spec),
    isResidual: run.spec.isResidual,
    value: run.final.status === "diverged" ? Number.NaN : run.final.trainError,
    isReference: true,
    label: text.pointLabel(text.netName(run.spec.isResidual, depthOf(run.spec)), run.config.seed, true)
  }));
  return [...reference, ...own];
}
