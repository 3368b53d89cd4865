/** The gradient-flow lab's plain data: runs, rows, figures, sentences, and the scrubber's arithmetic. */
import {describe, expect, it} from "vitest";
import {describeFlow, flowRuns, unitsForDepth} from "../../../src/components/gradientFlow/flowRuns.ts";
import {formatMagnitude, gradientRows, identityRows, measuredSteps, profileFigures} from "../../../src/components/gradientFlow/flowRows.ts";
import {identitySentences, profileSentences} from "../../../src/components/gradientFlow/flowText.ts";
import {decades, formatTick, logDomain} from "../../../src/components/gradientFlow/GradientNormChart.ts";
import {nextIndex, stepLabel} from "../../../src/components/gradientFlow/StepScrubber.ts";
import {depthOf} from "../../../src/engine/spec.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const snapshot = (step: number, extra: Partial<Snapshot> = {}): Snapshot => ({
  step, epoch: 0, loss: 0.5, trainError: 0.2, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1,
  imagesPerSecond: 0, elapsedMs: 0, status: "running", boundary: null, ...extra
});
const terms = (unit: number, total: number, direct: number, residual: number) => ({unit, to: 3, total, direct, residual, isExact: true});

describe("flowRuns", () => {
  it("builds plain and residual MLP twins of the chosen depth on circles, probing gradients at ~60 snapshots", () => {
    const runs = flowRuns({depth: 56, unit: "preact", batchNorm: true, steps: 300, seed: 4});
    expect(runs.map((run) => run.id)).toEqual(["plain", "residual"]);
    expect(runs.map((run) => depthOf(run.spec))).toEqual([56, 56]);
    expect(runs.map((run) => run.spec.isResidual)).toEqual([false, true]);
    expect(runs[1].spec).toMatchObject({units: 27, width: 16, batchNorm: true, preActivation: true});
    expect(runs[0].config).toMatchObject({steps: 300, seed: 4, snapshotEvery: 5, measureGradients: true, lr: 0.1});
    expect(runs[0].data).toEqual({kind: "toy", name: "circles", seed: 4});
    expect(flowRuns({depth: 14, unit: "original", batchNorm: false, steps: 40, seed: 1})[1].spec).toMatchObject({units: 6, preActivation: false, batchNorm: false});
    expect(flowRuns({depth: 14, unit: "preact", batchNorm: true, steps: 40, seed: 1})[0].config.snapshotEvery).toBe(1);
  });
  it("maps the table's depths 6n + 2 to whole MLP units and says what trains", () => {
    for (const depth of [8, 14, 20, 56, 110]) expect(2 * unitsForDepth(depth) + 2).toBe(depth);
    expect(describeFlow({depth: 56, unit: "preact", batchNorm: true, steps: 300, seed: 1})).toContain("MLP-56");
  });
});

describe("rows and figures", () => {
  const a = snapshot(0, {gradNorms: [40, 4, 0.4]});
  const b = snapshot(10, {gradNorms: [0.1, 1e-5, 0.5]});
  it("lists the steps every run has measured, unless a run stopped before them", () => {
    const c = snapshot(20, {gradNorms: [1, 1, 1]});
    expect(measuredSteps([{id: "plain", snapshots: [a, b, c]}, {id: "residual", snapshots: [a, b]}])).toEqual([0, 10]);
    expect(measuredSteps([{id: "plain", snapshots: [a, b, c]}, {id: "residual", snapshots: [a, b], hasStopped: true}])).toEqual([0, 10, 20]);
    expect(measuredSteps([{id: "plain", snapshots: [a, snapshot(5)]}, {id: "residual", snapshots: [a]}])).toEqual([0]);
  });
  it("gives one row per probe point, the last at the head's input, without non-finite norms", () => {
    expect(gradientRows("plain", a).map((row) => [row.unit, row.isHead, row.norm])).toEqual([[0, false, 40], [1, false, 4], [2, true, 0.4]]);
    expect(gradientRows("plain", snapshot(3, {gradNorms: [NaN, 1, Infinity]})).map((row) => row.unit)).toEqual([1]);
    expect(gradientRows("plain", undefined)).toEqual([]);
  });
  it("measures the profile relative to the head's gradient", () => {
    expect(profileFigures(a)).toEqual({firstOverHead: 100, minOverHead: 1, minUnit: 2});
    expect(profileFigures(b)).toMatchObject({firstOverHead: 0.2, minUnit: 1});
    expect(profileFigures(snapshot(1, {gradNorms: [NaN, 1]}))).toBeNull();
  });
  it("keeps the identity's terms with their step", () => {
    expect(identityRows(snapshot(7, {identity: [terms(0, 2, 1, 1.5)]}))).toEqual([{step: 7, ...terms(0, 2, 1, 1.5)}]);
  });
  it("writes magnitudes briefly and log ticks as powers of ten", () => {
    expect(formatMagnitude(420000)).toBe("4.2·10⁵");
    expect(formatMagnitude(0.00012)).toBe("1.2·10⁻⁴");
    expect(formatMagnitude(3.44)).toBe("3.4");
    expect(formatMagnitude(420)).toBe("420");
    expect(formatTick(1e-3)).toBe("10⁻³");
    expect(formatTick(1)).toBe("1");
    expect(formatTick(3)).toBe("");
    expect(logDomain(gradientRows("plain", b))).toEqual([1e-5, 1]);
    expect(decades([1e-6, 1e6])).toHaveLength(7);
  });
});

describe("sentences", () => {
  it("describe each net's profile, a zero gradient and a divergence", () => {
    expect(profileSentences([{label: "plain-56", snapshot: snapshot(10, {gradNorms: [0.1, 1e-5, 0.5]}), isDiverged: false}])[0]).toBe(
      "plain-56: at the first unit the gradient is 0.2× the head's; the weakest anywhere is at unit 1, 2.0·10⁻⁵×."
    );
    expect(profileSentences([{label: "plain-56", snapshot: snapshot(10, {gradNorms: [0, 0, 0]}), isDiverged: false}])[0]).toContain("exactly zero");
    expect(profileSentences([{label: "residual-56", snapshot: snapshot(10, {gradNorms: [NaN, NaN], status: "diverged"}), isDiverged: true}])[0]).toContain("diverged");
  });
  it("quote the terms at the first unit, the floor of total over direct, and whether the split is exact", () => {
    const s = snapshot(20, {identity: [terms(0, 5, 0.01, 5), terms(1, 0.02, 0.01, 0.012), terms(2, 0.0099, 0.01, 0.002)]});
    const [first, second, third] = identitySentences(s, true);
    expect(first).toBe("Step 20, unit 0: direct term 0.01, through the weights 5, total 5.");
    expect(second).toContain("larger one at 2 of 3 units");
    expect(second).toContain("below 0.99× the direct term");
    expect(third).toContain("exact");
    expect(identitySentences(s, false)[2]).toContain("approximation");
  });
});

describe("the scrubber's arithmetic", () => {
  it("follows the latest step, or stays on the reader's step", () => {
    expect(nextIndex([0, 5, 10], 5, true)).toBe(2);
    expect(nextIndex([0, 5, 10], 5, false)).toBe(1);
    expect(nextIndex([0, 5, 10], 7, false)).toBe(2);
    expect(nextIndex([], null, true)).toBe(-1);
  });
  it("labels the step", () => {
    expect(stepLabel(0, 300, false)).toContain("initialisation");
    expect(stepLabel(150, 300, true)).toBe("Step 150 of 300 (latest)");
    expect(stepLabel(null, 300, true)).toContain("Waiting");
  });
});
