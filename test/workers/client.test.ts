/**
 * The training client's watchdog against a fake Worker and a fake clock: a busy worker that falls silent is declared
 * gone (its runs end, one fatal message, pending stats reject) and the next start gets a fresh worker; a cancel that a
 * stuck worker does not answer within a second terminates it, and the runs that were not cancelled start again.
 */
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {createTrainingClient} from "../../src/workers/client.ts";
import type {RunRequest, WorkerMessage, WorkerRequest} from "../../src/workers/protocol.ts";
import {CANCEL_MS, MIN_SILENCE_MS, silenceLimit, watch} from "../../src/workers/watchdog.ts";
import {mlpSpec} from "../../src/engine/spec.ts";

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: {data: WorkerMessage}) => void) | null = null;
  onerror: ((event: {message: string}) => void) | null = null;
  received: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: WorkerMessage) {
    this.onmessage?.({data: message});
  }
}

const run = (id: string): RunRequest => ({id, spec: mlpSpec({units: 1}), data: {kind: "toy", name: "circles", seed: 1}, config: {steps: 10}});

describe("the watchdog's rule", () => {
  it("waits at least 20 s, and four times the longest gap seen; a cancel a second", () => {
    expect(silenceLimit(0)).toBe(MIN_SILENCE_MS);
    expect(silenceLimit(8000)).toBe(32_000);
    const base = {now: 30_000, lastHeardAt: 0, longestGapMs: 1000, cancelDeadlines: []};
    expect(watch({...base, isBusy: true})).toBe("silent");
    expect(watch({...base, isBusy: false})).toBe("alive");
    expect(watch({...base, now: 10_000, isBusy: true})).toBe("alive");
    expect(watch({...base, now: 10_000, isBusy: true, cancelDeadlines: [9_000 + CANCEL_MS - 1]})).toBe("stuck");
  });
});

describe("the training client", () => {
  beforeEach(() => {
    vi.useFakeTimers({toFake: ["setInterval", "clearInterval", "setTimeout", "clearTimeout", "performance"]});
    FakeWorker.made = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("declares a silent busy worker gone, ends its runs with one message, rejects stats, and restarts on the next start", async () => {
    const client = createTrainingClient({workerUrl: "w.js"});
    const messages: WorkerMessage[] = [];
    client.subscribe((message) => messages.push(message));
    client.start([run("a"), run("b")]);
    const first = FakeWorker.made[0];
    first.say({type: "heartbeat"});
    vi.advanceTimersByTime(1000);
    first.say({type: "heartbeat"});
    const stats = client.stats();
    vi.advanceTimersByTime(MIN_SILENCE_MS + 500);
    await expect(stats).rejects.toThrow(/stopped responding/);
    expect(first.terminated).toBe(true);
    expect(messages.filter((message) => message.type !== "heartbeat")).toEqual([
      {type: "error", id: null, message: expect.stringMatching(/^The training worker stopped responding/), fatal: true},
      {type: "done", id: "a", status: "cancelled", snapshot: null},
      {type: "done", id: "b", status: "cancelled", snapshot: null}
    ]);
    expect(client.isRunning).toBe(false);
    await expect(client.stats()).resolves.toMatchObject({numTensors: 0, liveRuns: []});
    client.start([run("c")]);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1].received.map((request) => request.type)).toEqual(["start"]);
    client.terminate();
  });

  it("lets a worker take long steps: silence is measured against the longest gap it has left", () => {
    const client = createTrainingClient({workerUrl: "w.js"});
    client.start([run("a")]);
    const worker = FakeWorker.made[0];
    vi.advanceTimersByTime(15_000); // a 15 s step
    worker.say({type: "heartbeat"});
    vi.advanceTimersByTime(50_000); // under 4 × 15 s
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(11_000);
    expect(worker.terminated).toBe(true);
    client.terminate();
  });

  it("terminates a worker stuck in a step when a cancel goes unanswered for a second, and restarts the other runs", () => {
    const client = createTrainingClient({workerUrl: "w.js"});
    const done: string[] = [];
    client.subscribe((message) => message.type === "done" && done.push(message.id));
    client.start([run("old")]);
    client.start([run("new")], {replace: true});
    const stuck = FakeWorker.made[0];
    vi.advanceTimersByTime(CANCEL_MS - 100);
    expect(stuck.terminated).toBe(false);
    vi.advanceTimersByTime(400);
    expect(stuck.terminated).toBe(true);
    expect(done).toEqual(["old"]);
    const fresh = FakeWorker.made[1];
    expect(fresh.received).toEqual([expect.objectContaining({type: "start", runs: [expect.objectContaining({id: "new"})], replace: false})]);
    // A worker that answers its cancel in time is kept.
    fresh.say({type: "progress", id: "new", snapshot: {} as never});
    client.cancel("new");
    fresh.say({type: "done", id: "new", status: "cancelled", snapshot: null});
    vi.advanceTimersByTime(5000);
    expect(fresh.terminated).toBe(false);
    client.terminate();
  });
});
