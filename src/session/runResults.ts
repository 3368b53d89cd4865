/**
 * What a session's finished runs amount to: each run's final figures (the experiment CLI's own summary: means over
 * the last 10% of the steps) and the verdict of the judge on the whole generation — the same judge the CLI applies
 * to the reference runs (src/engine/experiments/verdict.ts). Pure: no DOM.
 */
import {summarizeRun, type FinalFigures} from "../engine/experiments/summary.js";
import {judgeRuns, type JudgedRun, type RunsVerdict} from "../engine/experiments/verdict.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import type {SessionRun, SessionState} from "./sessionState.js";

/** A run's final figures from its snapshots (null before the first one). */
export function finalFigures(run: SessionRun): FinalFigures | null {
  if (run.snapshots.length === 0) return null;
  return summarizeRun(run.snapshots, resolveTrainConfig(run.request.config)).final;
}

/** A finished run as the judge reads it (a diverged run has an infinite loss). */
export function judgedRun(run: SessionRun): JudgedRun {
  const final = finalFigures(run);
  const isDiverged = run.phase === "diverged" || !final;
  return {
    spec: run.request.spec,
    final: {status: isDiverged ? "diverged" : "done", loss: isDiverged ? Number.POSITIVE_INFINITY : final.loss, trainError: final?.trainError ?? Number.NaN, testError: final?.testError ?? null}
  };
}

/** The verdict on the current generation once every run has finished (null before, after a stop, or for a set of runs the judge has no verdict on). */
export function sessionVerdict(state: SessionState): RunsVerdict | null {
  if (state.phase !== "finished") return null;
  return judgeRuns(state.runs.map(judgedRun));
}
