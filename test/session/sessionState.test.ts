/** The training session's state as plain data: generations, worker messages, pause, progress and ETA. */
import {describe, expect, it} from "vitest";
import {
  applyMessage,
  beginGeneration,
  errorMessages,
  failAll,
  initialSessionState,
  sessionProgress,
  setPaused,
  type LabelledRun,
  type SessionState
} from "../../src/session/sessionState.ts";
import {backendSummary, backendWarningFor} from "../../src/session/backendText.ts";
import {sessionCurves} from "../../src/components/charts/curves.ts";
import {mlpSpec} from "../../src/engine/spec.ts";
import type {Snapshot} from "../../src/engine/train/snapshot.ts";

const DATA = {kind: "toy", name: "circles", seed: 1} as const;

function request(id: string, isResidual: boolean, steps = 100): LabelledRun {
  return {id, label: id, spec: mlpSpec({units: 3, isResidual}), data: DATA, config: {steps, seed: 1}};
}

function snapshot(step: number, status: Snapshot["status"] = "running", loss = 0.5): Snapshot {
  return {step, epoch: 0, loss, trainError: 0.25, testError: step % 50 === 0 ? 0.3 : null, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1000, elapsedMs: step, status, boundary: null};
}

function started(): SessionState {
  return beginGeneration(initialSessionState(), [request("plain", false), request("residual", true)], 1000);
}

describe("session state", () => {
  it("a start opens a new generation whose runs wait for their first snapshot", () => {
    const state = started();
    expect(state.generation).toBe(1);
    expect(state.phase).toBe("running");
    expect(state.runs.map((run) => [run.id, run.phase, run.totalSteps])).toEqual([["plain", "starting", 100], ["residual", "starting", 100]]);
    expect(beginGeneration(state, [request("plain", false)], 2000).generation).toBe(2);
  });

  it("collects snapshots per run, restarts the list at step 0, and ends finished when every run is done", () => {
    let state = started();
    state = applyMessage(state, "plain", {type: "progress", id: "x", snapshot: snapshot(0)}, 1100);
    state = applyMessage(state, "plain", {type: "progress", id: "x", snapshot: snapshot(10)}, 1200);
    expect(state.runs[0].snapshots.map((s) => s.step)).toEqual([0, 10]);
    expect(state.runs[0].phase).toBe("running");
    state = applyMessage(state, "plain", {type: "progress", id: "x", snapshot: snapshot(0)}, 1300);
    expect(state.runs[0].snapshots.map((s) => s.step)).toEqual([0]);
    state = applyMessage(state, "plain", {type: "done", id: "x", status: "done", snapshot: snapshot(100, "done")}, 1400);
    expect(state.phase).toBe("running");
    state = applyMessage(state, "residual", {type: "done", id: "x", status: "diverged", snapshot: snapshot(40, "diverged", Number.NaN)}, 1500);
    expect(state.runs.map((run) => run.phase)).toEqual(["done", "diverged"]);
    expect(state.phase).toBe("finished");
    expect(state.finishedAt).toBe(1500);
  });

  it("a cancelled run makes the session stopped; a run error is kept as a message for the reader", () => {
    let state = started();
    state = applyMessage(state, "plain", {type: "error", id: "x", message: "out of memory"}, 1100);
    state = applyMessage(state, "plain", {type: "done", id: "x", status: "cancelled", snapshot: null}, 1100);
    expect(state.runs[0].phase).toBe("failed");
    state = applyMessage(state, "residual", {type: "done", id: "x", status: "cancelled", snapshot: null}, 1200);
    expect(state.phase).toBe("stopped");
    expect(errorMessages(state)).toEqual(["plain: out of memory"]);
  });

  it("runs that failed for the same reason share one sentence", () => {
    let state = started();
    state = applyMessage(state, "plain", {type: "error", id: "x", message: "the digits could not be loaded"}, 1100);
    state = applyMessage(state, "residual", {type: "error", id: "x", message: "the digits could not be loaded"}, 1100);
    expect(errorMessages(state)).toEqual(["plain and residual: the digits could not be loaded"]);
    state = applyMessage(state, "residual", {type: "error", id: "x", message: "out of memory"}, 1200);
    expect(errorMessages(state)).toEqual(["plain: the digits could not be loaded", "residual: out of memory"]);
  });

  it("a worker failure fails the runs it could not start (of those it held, or all) and says why", () => {
    const some = failAll(started(), "no TF.js backend could start", 1100, ["residual"]);
    expect(some.runs.map((run) => run.phase)).toEqual(["starting", "failed"]);
    const all = failAll(started(), "the training worker failed to start", 1100);
    expect(all.phase).toBe("failed");
    expect(errorMessages(all)).toEqual(["the training worker failed to start"]);
    const streaming = applyMessage(started(), "plain", {type: "progress", id: "x", snapshot: snapshot(10)}, 1100);
    const afterOther = failAll(streaming, "stats failed", 1200);
    expect(afterOther.runs.map((run) => run.phase)).toEqual(["running", "failed"]);
    expect(errorMessages(afterOther)).toEqual(["stats failed"]);
  });

  it("warns when the backend is not the one asked for, or a better one failed", () => {
    expect(backendWarningFor({backend: "wasm", reason: "wasm (…), chosen automatically"}, "auto")).toBeNull();
    expect(backendWarningFor({backend: "cpu", reason: "cpu (plain JavaScript), fallback; not webgl: no WebGL here"}, "webgl")).toBe(
      "The graphics card (WebGL) was requested but cannot be used here, so training runs on plain JavaScript instead."
    );
    expect(backendWarningFor({backend: "cpu", reason: "cpu (plain JavaScript), chosen automatically; wasm failed: boom"}, "auto")).toMatch(/^A faster way to compute failed here/);
    // Words for readers: no kernel names, no renderer strings (those stay in the technical details).
    const wasm = {backend: "wasm" as const, reason: "wasm (WebAssembly with SIMD; …; project kernels: ResnetBatchNormTrainGrad, …), chosen automatically", facts: {simd: true, kernelThreads: 2, choice: "automatic" as const}};
    expect(backendSummary(wasm)).toBe("Computed in this browser with WebAssembly (fast vector instructions, 2 threads).");
    const oneThread = {...wasm, facts: {...wasm.facts, kernelThreads: 1}};
    expect(backendSummary(oneThread, "frame")).toMatch(/1 thread\)\. It uses one thread because this page is shown inside another page/);
    expect(backendSummary(oneThread, "blocked")).toMatch(/host does not allow sharing memory/);
    expect(backendSummary(oneThread, "isolated")).toBe("Computed in this browser with WebAssembly (fast vector instructions, 1 thread).");
    expect(backendSummary(wasm, "frame")).toBe(backendSummary(wasm)); // several threads: nothing to explain
    expect(backendSummary({backend: "webgl", reason: "webgl (WebGL on SwiftShader Device (Subzero) (0x0000C0DE))", facts: {gpu: "SwiftShader Device", choice: "automatic"}})).not.toMatch(/SwiftShader|0x/);
    const state = applyMessage(beginGeneration(initialSessionState(), [], 0, "webgl"), null, {type: "backend", report: {backend: "cpu", reason: "fallback"}}, 0);
    expect(state.backendWarning).toMatch(/^The graphics card \(WebGL\) was requested/);
  });

  it("counts steps over the runs, estimates the time left from the time so far, and stops the clock while paused", () => {
    let state = started(); // at t = 1000
    expect(sessionProgress(state, 1000)).toMatchObject({stepsDone: 0, stepsTotal: 200, fraction: 0, etaMs: null, step: 0, steps: 100});
    state = applyMessage(state, "plain", {type: "progress", id: "x", snapshot: snapshot(50)}, 3000);
    state = applyMessage(state, "residual", {type: "progress", id: "x", snapshot: snapshot(50)}, 3000);
    expect(sessionProgress(state, 3000)).toMatchObject({stepsDone: 100, fraction: 0.5, elapsedMs: 2000, etaMs: 2000, step: 50});
    state = setPaused(state, true, 3000);
    expect(state.runs.map((run) => run.phase)).toEqual(["paused", "paused"]);
    expect(sessionProgress(state, 60_000).elapsedMs).toBe(2000);
    state = setPaused(state, false, 10_000);
    expect(state.phase).toBe("running");
    expect(sessionProgress(state, 11_000).elapsedMs).toBe(3000);
  });

  it("gives chart curves labelled as the caller labelled the runs", () => {
    const state = applyMessage(started(), "residual", {type: "progress", id: "x", snapshot: snapshot(0)}, 1100);
    const curves = sessionCurves(state);
    expect(curves.map((curve) => [curve.id, curve.label, curve.isResidual, curve.depth, curve.isReference, curve.points.length])).toEqual([
      ["plain", "plain", false, 8, false, 0],
      ["residual", "residual", true, 8, false, 1]
    ]);
  });
});
