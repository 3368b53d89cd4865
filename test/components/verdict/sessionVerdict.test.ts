/** The verdict line of a lab: what it says before, during and after its runs. */
import {describe, expect, it} from "vitest";
import {verdictLine} from "../../../src/components/verdict/SessionVerdict.ts";
import {applyMessage, beginGeneration, initialSessionState, type LabelledRun, type SessionState} from "../../../src/session/sessionState.ts";
import {mlpSpec} from "../../../src/engine/spec.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const run = (id: string, isResidual: boolean): LabelledRun => ({id, label: id, spec: mlpSpec({units: 50, isResidual}), data: {kind: "toy", name: "spirals", seed: 1}, config: {steps: 20}});
const snapshot = (step: number, trainError: number, status: Snapshot["status"]): Snapshot => ({
  step, epoch: 0, loss: 0.69, trainError, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status, boundary: null
});

function twins(errors: [number, number]): SessionState {
  const runs = [run("residual", true), run("plain", false)];
  let state = beginGeneration(initialSessionState(), runs, 0);
  runs.forEach((request, i) => {
    for (const step of [0, 10, 20]) state = applyMessage(state, request.id, {type: "progress", id: "", snapshot: snapshot(step, errors[i], step === 20 ? "done" : "running")}, 1);
    state = applyMessage(state, request.id, {type: "done", id: "", status: "done", snapshot: null}, 1);
  });
  return state;
}

describe("the verdict line", () => {
  it("waits while runs train, says why there is none after a stop, and judges finished runs", () => {
    const started = beginGeneration(initialSessionState(), [run("residual", true), run("plain", false)], 0);
    expect(verdictLine(started).text).toBe("The verdict appears when all runs have finished.");
    expect(verdictLine({...started, phase: "stopped"}).text).toBe("Stopped before the end: no verdict. Press Retrain to run again.");
    expect(verdictLine({...started, phase: "stopped"}, {againButton: "Train"}).text).toBe("Stopped before the end: no verdict. Press Train to run again.");
    const neither = verdictLine(twins([0.5, 0.5]));
    expect(neither.verdict?.grade).toBe("neither");
    expect(neither.text).toMatch(/^Neither net has learned yet/);
    expect(verdictLine(twins([0.02, 0.5])).text).toMatch(/^Only the residual net learned/);
  });
});
