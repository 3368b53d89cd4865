/**
 * The pure parts of the frame shared by the lesion and loss-landscape labs: the measurements counted over the runs,
 * and the verdict line before and after there is a verdict.
 */
import {describe, expect, it} from "vitest";
import {runsProgress, verdictLine} from "../../../src/components/charts/AnalysisLab.ts";
import type {SessionState} from "../../../src/session/sessionState.ts";

const WORDS = {waiting: "wait", stopped: "stopped", failed: "failed"};
const state = (phase: string, runs: Record<string, unknown>[] = []) => ({phase, runs}) as unknown as SessionState;

describe("the analysis labs' frame", () => {
  it("sums the runs' progress, and has none before a run reports one", () => {
    expect(runsProgress(state("running", [{lesionProgress: null}, {lesionProgress: null}]), "lesionProgress")).toBeNull();
    expect(runsProgress(state("running", [{lesionProgress: {done: 3, total: 9}}, {lesionProgress: null}]), "lesionProgress")).toEqual({done: 3, total: 9});
    expect(runsProgress(state("running", [{landscapeProgress: {done: 21, total: 21}}, {landscapeProgress: {done: 4, total: 21}}]), "landscapeProgress")).toEqual({done: 25, total: 42});
  });

  it("says the verdict when there is one, else what the phase means", () => {
    const text = (verdict: {holds: boolean; grade: string}) => `${verdict.grade}: ${verdict.holds}`;
    expect(verdictLine(state("finished"), {holds: true, grade: "strong"}, text, WORDS)).toEqual({text: "strong: true", holds: true, grade: "strong"});
    expect(verdictLine(state("stopped"), null, text, WORDS)).toEqual({text: "stopped", holds: null, grade: null});
    expect(verdictLine(state("failed"), null, text, WORDS)).toEqual({text: "failed", holds: null, grade: null});
    expect(verdictLine(state("running"), null, text, WORDS).text).toBe("wait");
    expect(verdictLine(state("idle"), null, text, WORDS).text).toBe("");
  });
});
