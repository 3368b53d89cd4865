/**
 * The training session against fake worker clients: runs are dealt to workers, wire ids carry the generation so
 * stale messages are dropped, updates are throttled (ends at once), pause/stop reach every worker, and
 * invalidation terminates them.
 */
import {describe, expect, it, vi} from "vitest";
import {createTrainingSession, errorMessages, isStepping, mergeStats, parseWireId} from "../../src/session/trainingSession.ts";
import type {TrainingClient, WorkerStats} from "../../src/workers/client.ts";
import type {RunRequest, WorkerMessage} from "../../src/workers/protocol.ts";
import {mlpSpec} from "../../src/engine/spec.ts";
import type {Snapshot} from "../../src/engine/train/snapshot.ts";

/** A client that records what the session sends and lets the test speak for the worker. */
function fakeClient() {
  const listeners = new Set<(message: WorkerMessage) => void>();
  const sent: Array<{type: string; ids?: string[]; id?: string; replace?: boolean; to?: number}> = [];
  const client: TrainingClient & {emit(message: WorkerMessage): void; sent: typeof sent; terminated: boolean} = {
    sent,
    terminated: false,
    start: (runs: RunRequest[], options = {}) => void sent.push({type: "start", ids: runs.map((run) => run.id), replace: options.replace}),
    cancel: (id: string) => void sent.push({type: "cancel", id}),
    cancelAll: () => void sent.push({type: "cancelAll"}),
    pause: () => void sent.push({type: "pause"}),
    resume: () => void sent.push({type: "resume"}),
    step: (to: number, id?: string) => void sent.push({type: "step", to, id}),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: async () => ({type: "stats", numTensors: 3, numBytes: 12, liveRuns: ["a"], pausedRuns: [], backend: "wasm"}) as WorkerStats,
    build: async () => {
      throw new Error("not used");
    },
    shatter: async () => {
      throw new Error("not used");
    },
    backend: null,
    isRunning: true,
    terminate() {
      client.terminated = true;
    },
    emit(message) {
      for (const listener of listeners) listener(message);
    }
  };
  return client;
}

const snapshot = (step: number, status: Snapshot["status"] = "running"): Snapshot => ({
  step, epoch: 0, loss: 0.5, trainError: 0.2, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status, boundary: null
});

const runs = ["shallow-plain", "shallow-residual", "deep-plain", "deep-residual"].map((id, i) => ({
  id, label: id, spec: mlpSpec({units: 3, isResidual: i % 2 === 1}), data: {kind: "toy", name: "circles", seed: 1} as const, config: {steps: 20}
}));

describe("createTrainingSession", () => {
  it("deals the runs to its workers with generation-tagged ids, and replaces them on every start", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    session.start(runs);
    expect(a.sent).toEqual([{type: "start", ids: ["1:shallow-plain", "1:deep-plain"], replace: true}]);
    expect(b.sent).toEqual([{type: "start", ids: ["1:shallow-residual", "1:deep-residual"], replace: true}]);
    session.start(runs.slice(0, 1));
    expect(a.sent.at(-1)).toEqual({type: "start", ids: ["2:shallow-plain"], replace: true});
    expect(b.sent.at(-1)).toEqual({type: "cancelAll"});
    expect(parseWireId("12:deep-plain")).toEqual({generation: 12, id: "deep-plain"});
    expect(parseWireId("no generation")).toBeNull();
  });

  it("ignores the late messages of a replaced generation", async () => {
    const a = fakeClient();
    const session = createTrainingSession({clients: [a], throttleMs: 0});
    session.start(runs.slice(0, 1));
    session.start(runs.slice(0, 1));
    a.emit({type: "progress", id: "1:shallow-plain", snapshot: snapshot(10)});
    a.emit({type: "done", id: "1:shallow-plain", status: "cancelled", snapshot: null});
    expect(session.value.runs[0].snapshots).toEqual([]);
    expect(session.value.runs[0].phase).toBe("starting");
    a.emit({type: "progress", id: "2:shallow-plain", snapshot: snapshot(0)});
    expect(session.value.runs[0].snapshots.length).toBe(1);
  });

  it("fires input at most every throttleMs while snapshots stream, and at once when a run ends", () => {
    vi.useFakeTimers();
    try {
      const a = fakeClient();
      let clock = 0;
      const session = createTrainingSession({clients: [a], throttleMs: 200, now: () => clock});
      const seen: number[] = [];
      session.addEventListener("input", () => seen.push(clock));
      session.start(runs.slice(0, 1));
      vi.advanceTimersByTime(0);
      for (let step = 0; step < 10; step++) {
        clock += 50;
        a.emit({type: "progress", id: "1:shallow-plain", snapshot: snapshot(step)});
        vi.advanceTimersByTime(50);
      }
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen.length).toBeLessThanOrEqual(5);
      const before = seen.length;
      a.emit({type: "done", id: "1:shallow-plain", status: "done", snapshot: snapshot(20, "done")});
      vi.advanceTimersByTime(0);
      expect(seen.length).toBe(before + 1);
      expect(session.value.phase).toBe("finished");
    } finally {
      vi.useRealTimers();
    }
  });

  it("pauses, resumes and stops every worker; stop cancels exactly the current runs", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    session.start(runs);
    session.pause();
    expect(session.value.phase).toBe("paused");
    session.resume();
    session.stop();
    expect(a.sent.filter((m) => m.type !== "start")).toEqual([{type: "pause"}, {type: "resume"}, {type: "cancel", id: "1:shallow-plain"}, {type: "cancel", id: "1:deep-plain"}]);
    expect(b.sent.filter((m) => m.type === "cancel").map((m) => m.id)).toEqual(["1:shallow-residual", "1:deep-residual"]);
    session.retrain();
    expect(a.sent.at(-1)).toEqual({type: "start", ids: ["2:shallow-plain", "2:deep-plain"], replace: true});
  });

  it("steps every worker: the session holds, its runs train to the step and hold, Resume clears the step", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    const wire = (id: string) => `${session.value.generation}:${id}`;
    session.start(runs);
    a.emit({type: "progress", id: wire("shallow-plain"), snapshot: snapshot(10)});
    session.step(20);
    // Each run is sent to the step it shows plus 20, on its own worker.
    expect(a.sent.filter((m) => m.type === "step")).toEqual([{type: "step", to: 30, id: "1:shallow-plain"}, {type: "step", to: 20, id: "1:deep-plain"}]);
    expect(b.sent.filter((m) => m.type === "step")).toEqual([{type: "step", to: 20, id: "1:shallow-residual"}, {type: "step", to: 20, id: "1:deep-residual"}]);
    expect(session.value.phase).toBe("paused");
    expect(isStepping(session.value)).toBe(true);
    expect(session.value.runs.find((run) => run.id === "shallow-plain")).toMatchObject({phase: "running", stepTo: 30});
    expect(session.value.runs.find((run) => run.id === "deep-plain")).toMatchObject({phase: "running", stepTo: 20});
    a.emit({type: "progress", id: wire("shallow-plain"), snapshot: snapshot(20)});
    a.emit({type: "progress", id: wire("shallow-plain"), snapshot: snapshot(30)});
    expect(session.value.runs.find((run) => run.id === "shallow-plain")).toMatchObject({phase: "paused", stepTo: null});
    for (const id of ["deep-plain", "shallow-residual", "deep-residual"]) (id === "deep-plain" ? a : b).emit({type: "progress", id: wire(id), snapshot: snapshot(20)});
    expect(isStepping(session.value)).toBe(false);
    expect(session.value.runs.every((run) => run.phase === "paused")).toBe(true);
    session.resume();
    expect(session.value.phase).toBe("running");
    expect(session.value.runs.every((run) => run.phase === "running" && run.stepTo === null)).toBe(true);
    session.stop();
    for (const [i, id] of runs.map((run) => run.id).entries()) (i % 2 === 0 ? a : b).emit({type: "done", id: wire(id), status: "cancelled", snapshot: null});
    expect(session.value.phase).toBe("stopped");
    session.step(); // nothing to step once stopped
    expect(a.sent.filter((m) => m.type === "step")).toHaveLength(2);
  });

  it("a worker failure fails only the runs that worker held", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    session.start(runs);
    b.emit({type: "error", id: null, message: "the training worker failed to start"});
    expect(session.value.runs.map((run) => run.phase)).toEqual(["starting", "failed", "starting", "failed"]);
  });

  it("a worker that has gone fails every unfinished run it held, running or not, with one message", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    session.start(runs);
    for (const id of ["1:shallow-plain", "1:deep-plain"]) a.emit({type: "progress", id, snapshot: snapshot(10)});
    b.emit({type: "progress", id: "1:shallow-residual", snapshot: snapshot(10)});
    a.emit({type: "error", id: null, message: "gone", fatal: true});
    expect(session.value.runs.map((run) => run.phase)).toEqual(["failed", "running", "failed", "starting"]);
    a.emit({type: "done", id: "1:shallow-plain", status: "cancelled", snapshot: null});
    expect(session.value.runs[0].phase).toBe("failed");
    expect(session.value.errors).toEqual(["gone"]);
    expect(errorMessages(session.value)).toEqual(["gone"]);
  });

  it("says a message reported by several workers once", () => {
    const [a, b] = [fakeClient(), fakeClient()];
    const session = createTrainingSession({clients: [a, b], throttleMs: 0});
    session.start(runs);
    a.emit({type: "error", id: null, message: "the training worker failed to start"});
    b.emit({type: "error", id: null, message: "the training worker failed to start"});
    expect(session.value.phase).toBe("failed");
    expect(errorMessages(session.value)).toEqual(["the training worker failed to start"]);
  });

  it("sums the workers' stats, and terminates them on invalidation", async () => {
    const [a, b] = [fakeClient(), fakeClient()];
    let invalidate!: () => void;
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const session = createTrainingSession({clients: [a, b], throttleMs: 0, invalidation});
    session.start(runs);
    const stats = session.stats(); // waits until every worker has a backend (asked earlier, a worker answers with an error)
    for (const client of [a, b]) client.emit({type: "backend", report: {backend: "wasm", reason: "test"}});
    expect(await stats).toEqual({type: "stats", numTensors: 6, numBytes: 24, liveRuns: ["a", "a"], pausedRuns: [], backend: "wasm"});
    expect(mergeStats([])).toMatchObject({numTensors: 0, backend: null});
    let disposed = false;
    session.addEventListener("dispose", () => (disposed = true));
    invalidate();
    await invalidation;
    await Promise.resolve();
    expect([a.terminated, b.terminated, disposed]).toEqual([true, true, true]);
    session.start(runs);
    expect(a.sent.filter((m) => m.type === "start").length).toBe(1);
  });
});
