/** The training worker's scheduler, driven in Node exactly as the worker drives it (messages in, messages out). */
import * as tf from "@tensorflow/tfjs-core";
import {describe, expect, it} from "vitest";
import {imagenetSpec, mlpSpec} from "../../src/engine/spec.ts";
import type {RunRequest, WorkerMessage} from "../../src/workers/protocol.ts";
import {createScheduler} from "../../src/workers/scheduler.ts";

function harness() {
  const messages: WorkerMessage[] = [];
  const scheduler = createScheduler({post: (message) => messages.push(message), loadMnist: () => Promise.reject(new Error("no MNIST in this test"))});
  const until = async (condition: () => boolean, timeoutMs = 60_000) => {
    const started = Date.now();
    while (!condition()) {
      if (Date.now() - started > timeoutMs) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const done = (id: string) => messages.filter((m) => m.type === "done" && m.id === id);
  return {messages, scheduler, until, done};
}

const data = {kind: "toy", name: "circles", seed: 1, trainSize: 128, testSize: 64} as const;
function runs(depths: number[], steps: number, prefix = ""): RunRequest[] {
  return depths.flatMap((units) => [false, true].map((isResidual) => ({
    id: `${prefix}${isResidual ? "res" : "plain"}-${units}`,
    spec: mlpSpec({units, width: 8, isResidual, batchNorm: true}),
    data,
    config: {steps, batchSize: 16, snapshotEvery: 5, evalEvery: 10, seed: 1}
  })));
}

describe("the training worker's scheduler", () => {
  it("runs a lesion study after a run's last step, reports each measurement, then the study, then the last snapshot; a cancel stops it", async () => {
    const {messages, scheduler, until, done} = harness();
    const lesion = {draws: 2, pathSamples: 2, pathBatch: 8, seed: 1};
    const pair = runs([3], 10).map((run) => ({...run, spec: {...run.spec, preActivation: true}, lesion}));
    await scheduler.handle({type: "start", runs: pair, backend: "cpu"});
    await until(() => pair.every((run) => done(run.id).length === 1));
    for (const run of pair) {
      const mine = messages.filter((m) => "id" in m && m.id === run.id);
      const types = mine.map((m) => m.type);
      const study = mine.find((m) => m.type === "lesion");
      expect(study).toMatchObject({lesion: {id: run.id, units: 3, isResidual: run.id.startsWith("res")}});
      const ticks = mine.filter((m): m is Extract<WorkerMessage, {type: "lesionProgress"}> => m.type === "lesionProgress");
      expect(ticks.length).toBeGreaterThan(5);
      expect(ticks.map((m) => m.done)).toEqual(ticks.map((_, i) => i + 1));
      expect(ticks.at(-1)!.done).toBe(ticks.at(-1)!.total);
      expect(types.indexOf("lesion")).toBeLessThan(types.lastIndexOf("progress"));
      expect(types.at(-1)).toBe("done");
    }
    await scheduler.handle({type: "stats"});
    expect(messages.at(-1)).toMatchObject({type: "stats", liveRuns: []});
    const before = tf.memory().numTensors;
    // Cancelled in the middle of its study: no lesion message, the run ends cancelled, nothing leaks.
    const single = {...pair[1], id: "cut"};
    await scheduler.handle({type: "start", runs: [single], backend: "cpu"});
    await until(() => messages.some((m) => m.type === "lesionProgress" && m.id === "cut" && m.done >= 3));
    await scheduler.handle({type: "cancel", id: "cut"});
    await until(() => done("cut").length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done("cut")[0]).toMatchObject({status: "cancelled"});
    expect(messages.some((m) => m.type === "lesion" && m.id === "cut")).toBe(false);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("measures a run's loss landscape after its last step, reports each grid row, then the landscape, then the last snapshot", async () => {
    const {messages, scheduler, until, done} = harness();
    const landscape = {seed: 1, examples: 16, resolution: 3, extent: 1, sliceResolution: 3};
    const pair = runs([2], 10, "land-").map((run) => ({...run, landscape}));
    const before = tf.memory().numTensors;
    await scheduler.handle({type: "start", runs: pair, backend: "cpu"});
    await until(() => pair.every((run) => done(run.id).length === 1));
    for (const run of pair) {
      const mine = messages.filter((m) => "id" in m && m.id === run.id);
      const types = mine.map((m) => m.type);
      expect(mine.find((m) => m.type === "landscape")).toMatchObject({landscape: {id: run.id, landscape: {resolution: 3}}});
      expect(mine.filter((m) => m.type === "landscapeProgress").map((m) => (m as {done: number}).done)).toEqual([1, 2, 3, 4]);
      expect(types.indexOf("landscape")).toBeLessThan(types.lastIndexOf("progress"));
      expect(done(run.id)[0]).toMatchObject({status: "done"});
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it("answers stats before any backend exists, without initialising one", async () => {
    const {messages, scheduler} = harness();
    await scheduler.handle({type: "stats"});
    expect(messages).toEqual([{type: "stats", numTensors: 0, numBytes: 0, liveRuns: [], pausedRuns: [], backend: null}]);
  });

  it("trains a plain/residual pair at two depths round-robin, so all four curves advance together", async () => {
    const {messages, scheduler, until, done} = harness();
    await scheduler.handle({type: "start", runs: runs([1, 3], 20), backend: "cpu"});
    const ids = runs([1, 3], 20).map((run) => run.id);
    await until(() => ids.every((id) => done(id).length === 1));
    expect(messages[0]).toMatchObject({type: "backend", report: {backend: "cpu"}});
    const progress = messages.filter((m) => m.type === "progress");
    expect(progress.map((m) => m.snapshot.step).slice(0, 8)).toEqual([0, 0, 0, 0, 5, 5, 5, 5]);
    for (const id of ids) expect(done(id)[0]).toMatchObject({status: "done", snapshot: {step: 20, status: "done"}});
    await scheduler.handle({type: "stats"});
    expect(messages.at(-1)).toMatchObject({type: "stats", liveRuns: []});
  });

  it("survives rapid restarts: stale runs are cancelled, only the last start trains to the end, no tensor leaks", async () => {
    const {messages, scheduler, until, done} = harness();
    await scheduler.handle({type: "start", runs: runs([1], 4, "warm-"), backend: "cpu"});
    await until(() => done("warm-plain-1").length + done("warm-res-1").length === 2);
    const before = tf.memory().numTensors;
    const pending = [];
    for (let round = 0; round < 8; round++) pending.push(scheduler.handle({type: "start", runs: runs([2], 30), backend: "cpu", replace: true}));
    await Promise.all(pending);
    await until(() => done("plain-2").length === 8 && done("res-2").length === 8);
    for (const id of ["plain-2", "res-2"]) {
      const statuses = done(id).map((m) => (m.type === "done" ? m.status : ""));
      expect(statuses.slice(0, 7)).toEqual(new Array(7).fill("cancelled"));
      expect(statuses[7]).toBe("done");
    }
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("stops a cancelled run within one step and keeps training the others", async () => {
    const {messages, scheduler, until, done} = harness();
    await scheduler.handle({type: "start", runs: runs([2], 400), backend: "cpu"});
    await until(() => messages.some((m) => m.type === "progress" && m.id === "plain-2" && m.snapshot.step >= 5));
    const before = messages.filter((m) => m.type === "progress" && m.id === "plain-2").length;
    await scheduler.handle({type: "cancel", id: "plain-2"});
    expect(done("plain-2")).toHaveLength(1);
    await until(() => messages.some((m) => m.type === "progress" && m.id === "res-2" && m.snapshot.step >= 40));
    expect(messages.filter((m) => m.type === "progress" && m.id === "plain-2").length).toBeLessThanOrEqual(before + 1);
    await scheduler.handle({type: "cancelAll"});
    await until(() => done("res-2").length === 1);
  });

  it("pauses and resumes runs between steps", async () => {
    const {messages, scheduler, until, done} = harness();
    await scheduler.handle({type: "start", runs: runs([1], 200), backend: "cpu"});
    await until(() => messages.some((m) => m.type === "progress" && m.snapshot.step >= 5));
    await scheduler.handle({type: "pause"});
    await new Promise((resolve) => setTimeout(resolve, 50));
    const count = messages.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messages.length).toBe(count);
    await scheduler.handle({type: "stats"});
    expect(messages.at(-1)).toMatchObject({type: "stats", pausedRuns: ["plain-1", "res-1"]});
    await scheduler.handle({type: "resume"});
    await until(() => done("plain-1").length === 1 && done("res-1").length === 1);
    expect(done("res-1")[0]).toMatchObject({status: "done"});
  });

  it("steps paused runs on to the step asked for, holds them there, keeps a run already there held, and ends a run stepped past its end", async () => {
    const {messages, scheduler, until, done} = harness();
    const steps = (id: string) => messages.flatMap((m) => (m.type === "progress" && m.id === id ? [m.snapshot.step] : []));
    await scheduler.handle({type: "start", runs: runs([1], 200), backend: "cpu"});
    await until(() => steps("res-1").some((step) => step >= 10));
    await scheduler.handle({type: "pause"});
    await new Promise((resolve) => setTimeout(resolve, 50));
    const held = Object.fromEntries(["plain-1", "res-1"].map((id) => [id, steps(id).at(-1)!]));
    for (const id of ["plain-1", "res-1"]) await scheduler.handle({type: "step", to: held[id] + 20, id});
    await until(() => ["plain-1", "res-1"].every((id) => steps(id).at(-1)! >= held[id] + 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const id of ["plain-1", "res-1"]) expect(steps(id).at(-1), id).toBe(held[id] + 20); // not one snapshot further
    await scheduler.handle({type: "stats"});
    expect(messages.at(-1)).toMatchObject({type: "stats", pausedRuns: ["plain-1", "res-1"]});
    const count = messages.length;
    await scheduler.handle({type: "step", to: held["res-1"] + 20, id: "res-1"}); // already there: stays held
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messages.length).toBe(count);
    await scheduler.handle({type: "step", to: 500});
    await until(() => done("plain-1").length === 1 && done("res-1").length === 1);
    expect(done("res-1")[0]).toMatchObject({status: "done"});
    expect(steps("res-1").at(-1)).toBe(200);
  });

  it("builds a model only to count it: ResNet-18 has torchvision's 11,689,512 parameters", async () => {
    const {messages, scheduler} = harness();
    const before = tf.memory().numTensors;
    await scheduler.handle({type: "build", id: "r18", spec: imagenetSpec({depth: 18}), init: "zeros"});
    expect(messages.at(-1)).toMatchObject({type: "built", id: "r18", params: 11_689_512, tensors: 102});
    expect(tf.memory().numTensors).toBe(before);
  });

  it("measures the shattered-gradients nets at initialisation: progress after each net, then the analysis, no tensors left", async () => {
    const {messages, scheduler} = harness();
    await scheduler.handle({type: "shatter", id: "s1", request: {seed: 1, depths: [4, 8], width: 4, points: 16}, backend: "cpu"});
    const before = tf.memory().numTensors;
    expect(messages.filter((m) => m.type === "shatterProgress").map((m) => m.type === "shatterProgress" && m.done)).toEqual([1, 2, 3, 4]);
    const answer = messages.at(-1)!;
    expect(answer).toMatchObject({type: "shattered", id: "s1", backend: "cpu"});
    if (answer.type === "shattered") expect(answer.analysis.nets.map((net) => net.gradient.length)).toEqual([16, 16, 16, 16]);
    await scheduler.handle({type: "shatter", id: "s2", request: {seed: 1, depths: [4], width: 4, points: 16}, backend: "cpu"});
    expect(tf.memory().numTensors).toBe(before);
  });

  it("reports a run that cannot start as an error and a cancelled run, and goes on", async () => {
    const {messages, scheduler, until, done} = harness();
    const bad: RunRequest = {id: "bad", spec: mlpSpec({units: 1, classes: 3}), data, config: {steps: 5}};
    const mnist: RunRequest = {id: "mnist", spec: mlpSpec({units: 1, inputDim: 196, classes: 10}), data: {kind: "mnist"}, config: {steps: 5}};
    await scheduler.handle({type: "start", runs: [bad, mnist, ...runs([1], 5)], backend: "cpu"});
    await until(() => ["bad", "mnist", "plain-1", "res-1"].every((id) => done(id).length === 1));
    expect(messages.filter((m) => m.type === "error").map((m) => m.type === "error" && m.message)).toEqual([expect.stringMatching(/3 classes/), "no MNIST in this test"]);
    expect(done("plain-1")[0]).toMatchObject({status: "done"});
  });
});
