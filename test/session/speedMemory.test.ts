/**
 * What the time estimate learns from a page's sessions: every finished generation of any session it watches, once —
 * the degradation lab's own runs teach its five-seed batch — and not a generation that had finished before it watched.
 */
import {describe, expect, it} from "vitest";
import {SpeedMemory} from "../../src/session/speedMemory.ts";
import {beginGeneration, initialSessionState, type SessionState} from "../../src/session/sessionState.ts";
import {estimateRuns, parallelWorkers, DEFAULT_SPEED} from "../../src/session/estimate.ts";
import {resolveTrainConfig} from "../../src/engine/train/config.ts";
import {degradationRuns, defaultDegradationSettings} from "../../src/components/degradationLab/degradationRuns.ts";
import type {TrainingSession} from "../../src/session/trainingSession.ts";

/** A session that only publishes states. */
function fakeSession(initial: SessionState) {
  let state = initial;
  const listeners = new Set<(state: SessionState) => void>();
  return {
    session: {
      subscribe(listener: (state: SessionState) => void) {
        listeners.add(listener);
        listener(state);
        return () => listeners.delete(listener);
      }
    } as unknown as TrainingSession,
    publish(next: SessionState) {
      state = next;
      for (const listener of listeners) listener(state);
    }
  };
}

const requests = degradationRuns(defaultDegradationSettings()).runs;
const predicted = estimateRuns(requests.map((run) => ({spec: run.spec, config: resolveTrainConfig(run.config)})), {workers: parallelWorkers(globalThis.navigator?.hardwareConcurrency || 1), backend: "default"}).ms;
/** Generation `generation` of the default runs, finished (every run done) after `factor` times the predicted time. */
function finished(generation: number, factor: number): SessionState {
  const started = beginGeneration({...initialSessionState(), generation: generation - 1}, requests, 0);
  return {
    ...started,
    phase: "finished",
    finishedAt: DEFAULT_SPEED.startupMs + factor * predicted,
    backend: {backend: "wasm", reason: "", facts: {}} as SessionState["backend"],
    runs: started.runs.map((run) => ({...run, phase: "done" as const}))
  };
}

describe("SpeedMemory", () => {
  it("learns from every session it watches, each finished generation once, and tells the page", () => {
    const store = new Map<string, string>();
    const storage = {getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value)};
    const lab = fakeSession(initialSessionState());
    const batch = fakeSession(initialSessionState());
    let changes = 0;
    const speed = SpeedMemory([lab.session, batch.session], {storage, onChange: () => changes++});
    expect(speed.calibration).toEqual({});
    lab.publish(finished(1, 0.5));
    expect(speed.calibration["conv/wasm"]).toBeCloseTo(0.5, 6);
    lab.publish(finished(1, 0.5)); // the same generation again: not learned twice
    expect(speed.calibration["conv/wasm"]).toBeCloseTo(0.5, 6);
    batch.publish(finished(1, 2));
    expect(speed.calibration["conv/wasm"]).toBeCloseTo(1, 6); // geometric mean of 0.5 and 2
    expect(JSON.parse(store.get("rx-lab-speed-v1")!)["conv/wasm"]).toBeCloseTo(1, 6);
    expect(changes).toBe(3);
    speed.stop();
    lab.publish(finished(2, 8));
    expect(speed.calibration["conv/wasm"]).toBeCloseTo(1, 6);
  });

  it("does not learn again a generation that had finished before it watched (a redrawn panel)", () => {
    const store = new Map<string, string>();
    const storage = {getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value)};
    const lab = fakeSession(finished(3, 4));
    const speed = SpeedMemory(lab.session, {storage});
    expect(speed.calibration).toEqual({});
    lab.publish(finished(4, 1));
    expect(speed.calibration["conv/wasm"]).toBeCloseTo(1, 6); // not the mean with generation 3's 4
  });
});
