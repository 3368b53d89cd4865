/**
 * What a page's training session teaches the time estimate: every run that finishes measures how much faster or
 * slower this browser is than the default speeds (./estimate.ts), per net family and backend, and the factor is
 * kept in localStorage for the next estimate — on this page and on every other page with a Train button.
 */
import type {SessionState} from "./sessionState.js";
import type {TrainingSession} from "./trainingSession.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import {calibrationKey, loadCalibration, measuredFactor, saveCalibration, type Calibration, type KeyValueStore} from "./estimate.js";

/** localStorage when the browser allows it, else null (estimates then stay uncorrected). */
export function defaultStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The speed learned so far (`onChange`, an option, is called when the session is not running, to redraw an estimate). */
export interface SpeedMemory {
  readonly calibration: Calibration;
  stop(): void;
}

/** Learns from `session` until `stop()`; `storage` default localStorage. */
export function SpeedMemory(session: TrainingSession, {storage = defaultStorage(), onChange}: {storage?: KeyValueStore | null; onChange?: () => void} = {}): SpeedMemory {
  let calibration = loadCalibration(storage);
  const learned = new Set<string>();
  let isSubscribed = false;
  const learn = (state: SessionState) => {
    const backend = state.backend?.backend;
    for (const run of state.runs) {
      const last = run.snapshots.at(-1);
      const key = `${state.generation}:${run.id}`;
      if (!backend || run.phase !== "done" || !last || learned.has(key)) continue;
      learned.add(key);
      const factor = measuredFactor(run.request.spec, resolveTrainConfig(run.request.config), last.elapsedMs, last.step);
      if (factor !== null) calibration = saveCalibration(storage, calibrationKey(run.request.spec, backend), factor);
    }
    if (isSubscribed && state.phase !== "running") onChange?.();
  };
  const stop = session.subscribe(learn); // calls learn once at once: no onChange then, the caller is still setting up
  isSubscribed = true;
  return {
    get calibration() {
      return calibration;
    },
    stop
  };
}
