/** The shattered lab's rows and sentences say exactly what the analysis holds; the verdict sentence quotes its numbers. */
import {describe, expect, it} from "vitest";
import type {ShatteredAnalysis} from "../../../src/engine/shattered/setup.ts";
import {shatteredVerdict} from "../../../src/engine/shattered/verdict.ts";
import {acfRows, depthSentence, gradientRows, sweepFindings, sweepRows, sweepSentence} from "../../../src/components/shattered/shatteredRows.ts";
import {shatteredText} from "../../../src/session/verdictText.ts";

const net = (depth: number, isResidual: boolean, r1: number) => ({depth, isResidual, gradient: [1, 2, 3], acf: [1, r1, 0.1]});
const analysis: ShatteredAnalysis = {
  kind: "shattered", seed: 4, width: 16, points: 3, from: -2, to: 2, depths: [2, 20, 56],
  nets: [net(2, false, 0.99), net(2, true, 0.99), net(20, false, 0.05), net(20, true, 0.61), net(56, false, 0.02), net(56, true, 0.3)]
};

describe("shattered rows and sentences", () => {
  it("gives one gradient row per input and net, on the line's inputs", () => {
    const rows = gradientRows(analysis, 20);
    expect(rows.map((row) => [row.net, row.input])).toEqual([["plain", -2], ["plain", 0], ["plain", 2], ["residual", -2], ["residual", 0], ["residual", 2]]);
    expect(acfRows(analysis, 56).filter((row) => row.lag === 1).map((row) => row.autocorrelation)).toEqual([0.02, 0.3]);
    expect(sweepRows(analysis).filter((row) => row.net === "residual").map((row) => row.lag1)).toEqual([0.99, 0.61, 0.3]);
  });

  it("says the depth's numbers, and that at 2 layers the twins are one net", () => {
    expect(depthSentence(analysis, 20)).toBe("At 20 layers, r₁ = 0.05 for the plain net and 0.61 for the residual net: the residual net's gradient is far smoother.");
    expect(depthSentence(analysis, 2)).toMatch(/same net: r₁ = 0\.99 for both/);
    expect(sweepSentence(analysis)).toBe("Across the sweep, the plain net's falls below 0.5 at 20 layers, the residual net's falls below 0.5 at 56 layers.");
  });

  it("words the verdict with both r₁ and its thresholds", () => {
    const text = shatteredText(shatteredVerdict(analysis)!);
    expect(text).toMatch(/^Shattered, and kept whole by the shortcuts/);
    expect(text).toContain("at 20 layers: plain 0.05, residual 0.61 (shattered: plain at most 0.3, residual at least 0.2 above it)");
  });

  it("computes the sweep's findings from the reference means: where each family first reaches white noise", () => {
    const summary = {command: "", verdictDepth: 20, seeds: [], held: 0, failing: [], sweep: [{depth: 2, plain: 0.99, residual: 0.99}, {depth: 14, plain: 0.14, residual: 0.69}, {depth: 38, plain: -0.03, residual: 0.19}, {depth: 56, plain: 0.02, residual: 0.07}]};
    const [plain, residual, deep] = sweepFindings(summary, 0.3);
    expect(plain).toContain("falls from 0.99 at 2 layers to 0.14 at 14");
    expect(residual).toContain("at 14 layers its r₁ is still 0.69");
    expect(residual).toContain("first reaching 0.30 or below at 38 layers (0.19)");
    expect(deep).toContain("at 56 layers its mean r₁ is 0.07, against 0.02");
    expect(sweepFindings({...summary, sweep: summary.sweep.map((row) => ({...row, plain: 0.9}))}, 0.3)).toEqual([]); // no shattering: nothing claimed
  });
});
