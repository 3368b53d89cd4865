/**
 * The shortcut lab's runs: three nets that differ only in their shortcut option, trained with one config from
 * one seed; their parameter counts from the arithmetic (A adds nothing, B two projections, C one per unit).
 */
import {describe, expect, it} from "vitest";
import {shortcutCounts, shortcutRunRequests, shortcutSpec, shortcutVerdict} from "../../../src/components/shortcutLab/shortcutRuns.ts";
import {shortcutTableRows} from "../../../src/components/shortcutLab/ShortcutLab.ts";
import {initialSessionState} from "../../../src/session/sessionState.ts";
import {parseLabParams} from "../../../src/components/controls/urlState.ts";

const settings = (query: string) => parseLabParams("shortcuts", query).values;

describe("shortcutRunRequests", () => {
  it("builds the same net three times, differing only in the shortcut, with one config and one seed", () => {
    const runs = shortcutRunRequests(settings("?depth=14&width=6&unit=preact&steps=200&seed=5"), "/m.bin");
    expect(runs.map((run) => run.id)).toEqual(["A", "B", "C"]);
    const strip = ({shortcut: _shortcut, name: _name, ...rest}: Record<string, unknown>) => rest;
    expect(strip(runs[1].spec as never)).toEqual(strip(runs[0].spec as never));
    expect(strip(runs[2].spec as never)).toEqual(strip(runs[0].spec as never));
    expect(runs[0].spec).toMatchObject({preActivation: true, stages: [{units: 2, width: 6}, {units: 2, width: 12}, {units: 2, width: 24}]});
    expect(new Set(runs.map((run) => run.config)).size).toBe(1);
    expect(runs[0].config).toMatchObject({steps: 200, seed: 5, batchSize: 64, lr: 0.1});
    expect(runs[0].data).toEqual({kind: "mnist", url: "/m.bin"});
  });

  it("counts A < B < C: B adds the two stage-boundary projections, C one projection per unit", () => {
    const values = settings("?depth=8&width=4");
    const [a, b, c] = shortcutCounts(values);
    expect(a.extra).toBe(0);
    // B: 1×1 convolutions 4→8 and 8→16 with BatchNorm after each: (32 + 16) + (128 + 32).
    expect(b.extra).toBe(32 + 16 + 128 + 32);
    // C: also a 4→4 projection with BatchNorm on the first unit.
    expect(c.extra - b.extra).toBe(16 + 8);
    expect(shortcutSpec(values, "C").shortcut).toBe("C");
  });

  it("fills the table from the settings before anything has trained", () => {
    const rows = shortcutTableRows(initialSessionState(), shortcutCounts(settings("")));
    expect(rows.map((row) => [row.option, row.status, row.training_error])).toEqual([["A", "not trained", null], ["B", "not trained", null], ["C", "not trained", null]]);
  });
});

describe("shortcutVerdict", () => {
  const done = (option: "A" | "B" | "C", testError: number | null, isDone = true) => ({option, testError, isDone});
  it("says nothing until all three have finished", () => {
    expect(shortcutVerdict([done("A", 0.06), done("B", 0.07, false), done("C", 0.05)])).toBeNull();
    expect(shortcutVerdict([done("A", 0.06), done("B", null), done("C", 0.05)])).toBeNull();
  });
  it("calls a spread of at most 3 points close, and says a wider one is more than the paper found", () => {
    expect(shortcutVerdict([done("A", 0.069), done("B", 0.065), done("C", 0.058)])).toBe(
      "Final test errors: A 6.9%, B 6.5%, C 5.8% — within 1.1 points of each other: at this scale the three options are as close as the paper found them."
    );
    expect(shortcutVerdict([done("A", 0.57), done("B", 0.5), done("C", 0.31)])).toMatch(/^Final test errors: A 57\.0%, B 50\.0%, C 31\.0% — 26\.0 points apart: more than the options differ in the paper\./);
  });
  it("defaults to the calibrated budget: 300 steps of 64 with the paper's step schedule", () => {
    const [run] = shortcutRunRequests(settings(""), "");
    expect(run.config).toMatchObject({steps: 300, batchSize: 64, schedule: {kind: "step", milestones: [0.5, 0.75], gamma: 0.1}});
  });
});
