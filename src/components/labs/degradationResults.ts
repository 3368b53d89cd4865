/**
 * What the degradation lab makes of finished runs: history entries for the error-vs-depth chart, the points of that
 * chart (the reader's runs and comparable reference runs), and the engine's degradation verdict in words. Pure: no DOM.
 */
import {summarizeRun, type FinalFigures} from "../../engine/experiments/summary.js";
import {degradationVerdict, type DegradationVerdict} from "../../engine/experiments/verdict.js";
import {depthOf, type ModelSpec} from "../../engine/spec.js";
import {resolveTrainConfig} from "../../engine/train/config.js";
import type {DepthPoint} from "../charts/ErrorVsDepthChart.js";
import {familyName} from "../charts/palette.js";
import type {HistoryRun} from "./runHistory.js";
import {configurationKey, type ReferenceRun} from "./references.js";
import type {SessionRun, SessionState} from "./sessionState.js";

/** A run's final figures from its snapshots (the CLI's own summary: means over the last 10% of the steps). */
export function finalFigures(run: SessionRun): FinalFigures | null {
  if (run.snapshots.length === 0) return null;
  return summarizeRun(run.snapshots, resolveTrainConfig(run.request.config)).final;
}

/** The name of a run's data set ("circles", "mnist"). */
export function dataName(run: Pick<SessionRun, "request">): string {
  return run.request.data.kind === "mnist" ? "mnist" : run.request.data.name;
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
export function depthPoints(history: readonly HistoryRun[], references: readonly ReferenceRun[], {data, steps}: {data: string; steps: number}): DepthPoint[] {
  const own = history
    .filter((run) => run.data === data && run.steps === steps)
    .map((run) => ({depth: run.depth, isResidual: run.isResidual, value: run.finalTrainError ?? Number.NaN, isReference: false, label: `${familyName(run.isResidual)}-${run.depth} · seed ${run.seed}`}));
  const reference = references.map((run) => ({
    depth: depthOf(run.spec),
    isResidual: run.spec.isResidual,
    value: run.final.status === "diverged" ? Number.NaN : run.final.trainError,
    isReference: true,
    label: `${familyName(run.spec.isResidual)}-${depthOf(run.spec)} · seed ${run.config.seed} (reference)`
  }));
  return [...reference, ...own];
}

/** The verdict on the current generation, once all four runs are over (null before, or without two depths). */
export function sessionVerdict(state: SessionState): DegradationVerdict | null {
  if (state.phase !== "finished" || state.runs.length !== 4) return null;
  const results = state.runs.map((run) => {
    const final = finalFigures(run);
    const loss = run.phase === "diverged" || !final ? Number.POSITIVE_INFINITY : final.loss;
    return {spec: run.request.spec as ModelSpec, final: {...(final ?? ({status: "diverged", trainError: Number.NaN} as FinalFigures)), loss}};
  });
  return degradationVerdict(results);
}

const nats = (loss: number) => (Number.isFinite(loss) ? loss.toFixed(3) : "no number (it diverged)");

/** The verdict in words, for the reader. */
export function verdictText(verdict: DegradationVerdict): string {
  const {shallowDepth: s, deepDepth: d, losses, margin} = verdict;
  const facts =
    `final training loss: plain-${s} ${nats(losses.shallowPlain)}, plain-${d} ${nats(losses.deepPlain)}, ` +
    `residual-${s} ${nats(losses.shallowResidual)}, residual-${d} ${nats(losses.deepResidual)} (margin ${margin.toFixed(3)}).`;
  if (verdict.holds) {
    return `Degradation reproduced: the ${d}-layer plain net ends clearly above the ${s}-layer plain net, while its residual twin does not — ${facts}`;
  }
  if (!verdict.plainDegrades) {
    return `No degradation at these settings: the ${d}-layer plain net does not end clearly above the ${s}-layer one — ${facts}`;
  }
  return `Both ${d}-layer nets end clearly above the ${s}-layer plain net: at this budget the deep residual net did not get going either (a longer run or another seed usually fixes it) — ${facts}`;
}

/** "The reference run of these settings (seed 1) gave the same verdict." or a difference, or null without references. */
export function compareWithReference(verdict: DegradationVerdict, reference: DegradationVerdict | null): string | null {
  if (!reference) return null;
  if (reference.holds === verdict.holds && reference.plainDegrades === verdict.plainDegrades) return "The reference run of these settings in data/ reached the same verdict.";
  return `The reference run of these settings in data/ reached a different verdict (${reference.holds ? "degradation reproduced" : "not reproduced"}): the backend can change the last digits of a run, and a borderline run can tip.`;
}
