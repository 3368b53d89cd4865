/** The hero's plain data: its two runs, when it shows its contrast and what it says. */
import {describe, expect, it} from "vitest";
import {HERO_STEPS, heroRuns, heroStatus, showsContrast} from "../../../src/components/hero/heroRuns.ts";
import {presetExperiment} from "../../../src/engine/experiments/presets.ts";
import {depthOf} from "../../../src/engine/spec.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const snapshot = (step: number, trainError: number, extra: Partial<Snapshot> = {}): Snapshot => ({
  step, epoch: 0, loss: 0.5, trainError, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1,
  imagesPerSecond: 0, elapsedMs: 0, status: "running", boundary: null, ...extra
});

describe("heroRuns", () => {
  it("trains the degradation experiment's deep pair: twins of 56 layers that differ only by their shortcuts", () => {
    const [plain, residual] = heroRuns(3);
    expect([plain.id, residual.id]).toEqual(["plain", "residual"]);
    expect(depthOf(plain.spec)).toBe(56);
    expect({...plain.spec, isResidual: true, name: ""}).toEqual({...residual.spec, name: ""});
    const deep = presetExperiment("degradation", {seed: 3}).runs.find((run) => run.id === "residual-56")!;
    expect(residual.spec).toEqual(deep.spec);
    for (const key of ["lr", "momentum", "weightDecay", "batchSize"] as const) expect(residual.config[key]).toBe(deep.config[key]);
    expect(plain.config).toEqual(residual.config);
    expect(plain.config).toMatchObject({seed: 3, steps: HERO_STEPS, boundary: {resolution: 40}});
    expect(plain.data).toEqual({kind: "toy", name: "circles", seed: 3, trainSize: 1000, testSize: 500});
  });
});

describe("showsContrast and heroStatus", () => {
  it("needs the residual net to have learned while the plain net stalls, after step 0", () => {
    expect(showsContrast(snapshot(20, 0.45), snapshot(20, 0.05))).toBe(true);
    expect(showsContrast(snapshot(0, 0.5), snapshot(0, 0.05))).toBe(false);
    expect(showsContrast(snapshot(20, 0.2), snapshot(20, 0.05))).toBe(false);
    expect(showsContrast(snapshot(20, 0.45), snapshot(20, 0.3))).toBe(false);
    expect(showsContrast(undefined, snapshot(20, 0.05))).toBe(false);
  });
  it("says where both nets stand, and names a diverged run", () => {
    expect(heroStatus(undefined, undefined)).toContain("Starting");
    expect(heroStatus(snapshot(30, 0.44), snapshot(30, 0.05))).toMatch(/Step 30 of 200: the plain net misclassifies 44% .* residual net 5%\. Same depth/);
    expect(heroStatus(snapshot(30, NaN, {status: "diverged"}), snapshot(30, 0.05))).toContain("diverged");
  });
});
