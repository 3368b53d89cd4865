/** "Run 5 seeds": the batch's runs are the lab's four per seed, and its rows and sentence follow each seed's verdict. */
import {describe, expect, it} from "vitest";
import {defaultDegradationSettings, degradationRuns} from "../../../src/components/degradationLab/degradationRuns.ts";
import {batchSeeds, seedBatchRuns, seedBatchSummary, seedRows} from "../../../src/components/degradationLab/seedBatchRuns.ts";
import {applyMessage, beginGeneration, initialSessionState, type SessionState} from "../../../src/session/sessionState.ts";
import {resolveTrainConfig} from "../../../src/engine/train/config.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const SETTINGS = {...defaultDegradationSettings(), steps: 20};

function snapshot(step: number, loss: number, status: Snapshot["status"] = "running"): Snapshot {
  return {step, epoch: 0, loss, trainError: 0.1, testError: 0.3, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status, boundary: null};
}

/** The batch with the given final losses per seed and net label ("plain-56"); seeds missing from `losses` stay running. */
function batchState(losses: Record<number, Record<string, number>>): SessionState {
  const runs = seedBatchRuns(SETTINGS);
  let state = beginGeneration(initialSessionState(), runs, 0);
  for (const run of runs) {
    const seed = resolveTrainConfig(run.config).seed;
    const loss = losses[seed]?.[run.label!.split(" · ")[0]];
    state = applyMessage(state, run.id, {type: "progress", id: "", snapshot: snapshot(0, 0.7)}, 1);
    if (loss === undefined) continue;
    const status = Number.isNaN(loss) ? "diverged" : "done";
    for (const step of [10, 20]) state = applyMessage(state, run.id, {type: "progress", id: "", snapshot: snapshot(step, loss, step === 20 ? status : "running")}, 1);
    state = applyMessage(state, run.id, {type: "done", id: "", status, snapshot: null}, 1);
  }
  return state;
}

const CURED = {"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.67, "residual-56": 0.08};
const NONE = {"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.12, "residual-56": 0.08};

describe("the five-seed batch", () => {
  it("trains the lab's four runs for its seed and the next four, the same nets as the lab's", () => {
    expect(batchSeeds(1)).toEqual([1, 2, 3, 4, 5]);
    expect(batchSeeds(999_999)).toEqual([999_995, 999_996, 999_997, 999_998, 999_999]);
    const runs = seedBatchRuns(SETTINGS);
    expect(runs).toHaveLength(20);
    expect(new Set(runs.map((run) => run.id)).size).toBe(20);
    const seed3 = runs.filter((run) => run.id.startsWith("s3/"));
    expect(seed3.map((run) => ({...run, id: run.id.slice(3), label: run.label!.replace(" · seed 3", "")}))).toEqual(degradationRuns({...SETTINGS, seed: 3}).runs);
  });

  it("gives each finished seed its four losses and verdict, and counts the seeds that show the effect", () => {
    const running = batchState({1: CURED, 2: CURED});
    const rows = seedRows(running);
    expect(rows.map((row) => row.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].losses).toEqual({shallowPlain: 0.11, shallowResidual: 0.07, deepPlain: 0.67, deepResidual: 0.08});
    expect(rows[0].verdict?.grade).toBe("cured");
    expect(rows[2]).toMatchObject({verdict: null, losses: {shallowPlain: null, deepPlain: null}});
    expect(seedBatchSummary(rows)).toBe("2 of 5 seeds finished; degradation shown and cured on 2 so far.");

    const done = seedRows(batchState({1: CURED, 2: CURED, 3: NONE, 4: CURED, 5: {...CURED, "plain-56": Number.NaN}}));
    expect(done.map((row) => row.verdict?.grade)).toEqual(["cured", "cured", "none", "cured", "diverged"]);
    expect(done[4].losses.deepPlain).toBe(Number.POSITIVE_INFINITY);
    expect(seedBatchSummary(done)).toBe("Degradation shown and cured on 3 of 5 seeds (1, 2, 4). On seed 3: no degradation; seed 5: diverged.");
  });

  it("says nothing before the batch has started", () => {
    expect(seedBatchSummary(seedRows(initialSessionState()))).toBe("");
  });
});
