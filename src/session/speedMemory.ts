/**
 * What a page's training session teaches the time estimate: every generation of runs that finishes measures how much
 * faster or slower this browser is than the default speeds (./estimate.ts) — its wall-clock time against the
 * estimate of the same runs, so runs that shared the cores are counted as they ran — per net family and backend, and
 * the factor is kept in localStorage for the next estimate, on this page and on every other page with a Train button.
 */
import type {SessionState} from "./sessionState.js";
import type {TrainingSession} from "./trainingSession.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import {calibrationKey, DEFAULT_SPEED, estimateRuns, loadCalibration, parallelWorkers, saveCalibration, type Calibration, type KeyValueStore} from "./estimate.js";
import {sessionProgress} from "./sessionState.js";

/** localStorage when the browser allows it, else null (estimates then stay uncorrected). */
export function defaultStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The browser's logical processors (1 where unknown). */
function cores(): number {
  return (typeof navigator !== "undefined" && navigator.hardwareConcurrency) || 1;
}

/**
 * How much slower (> 1) or faster this browser trained a finished generation than the default speeds predict for it:
 * its training time (start-up excluded) over the estimate of the same runs on the same cores. Null when too short to
 * say (under 2 s) or when its runs are of two families.
 */
export function generationFactor(state: SessionState, cores: number): number | null {
  const runs = state.runs.map((run) => ({spec: run.request.spec, config: resolveTrainConfig(run.request.config)}));
  if (runs.length === 0 || new Set(runs.map((run) => run.spec.family)).size !== 1) return null;
  const elapsed = sessionProgress(state, state.finishedAt ?? 0).elapsedMs - DEFAULT_SPEED.startupMs;
  const predicted = estimateRuns(runs, {workers: parallelWorkers(cores), backend: "default"}).ms;
  return elapsed >= 2000 && predicted > 0 ? elapsed / predicted : null;
}

/** The speed learned so far (`onChange`, an option, is called when the session is not running, to redraw an estimate). */
export interface SpeedMemory {
  readonly calibration: Calibration;
  stop(): void;
}

/**
 * Learns from `session` — or from each of several sessions of one page (the degradation lab's own runs teach its
 * five-seed batch's estimate) — until `stop()`; `storage` default localStorage.
 */
export function SpeedMemory(sessions: TrainingSession | readonly TrainingSession[], {storage = defaultStorage(), onChange}: {storage?: KeyValueStore | null; onChange?: () => void} = {}): SpeedMemory {
  let calibration = loadCalibration(storage);
  let isSubscribed = false;
  const learner = () => {
    let learnedGeneration: number | null = null; // null until the first call, which is the state at subscription
    return (state: SessionState) => {
      // A generation that had finished before we subscribed was learned then, by whoever watched it: not twice.
      if (learnedGeneration === null) learnedGeneration = state.phase === "finished" ? state.generation : -1;
      const backend = state.backend?.backend;
      if (backend && state.phase === "finished" && state.generation !== learnedGeneration && state.runs.every((run) => run.phase === "done")) {
        learnedGeneration = state.generation;
        const factor = generationFactor(state, cores());
        if (factor !== null) calibration = saveCalibration(storage, calibrationKey(state.runs[0].request.spec, backend), factor);
      }
      if (isSubscribed && state.phase !== "running") onChange?.();
    };
  };
  // subscribe calls the learner once at once: no onChange then, the caller is still setting up
  const stops = (Array.isArray(sessions) ? sessions : [sessions as TrainingSession]).map((session) => session.subscribe(learner()));
  isSubscribed = true;
  return {
    get calibration() {
      return calibration;
    },
    stop: () => stops.forEach((stop) => stop())
  };
}
