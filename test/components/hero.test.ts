/** The hero's plain data: its two runs, when it shows its contrast, what it says, and its boundary helpers. */
import {describe, expect, it} from "vitest";
import {boundaryConfidence, boundaryRows, classOneProbabilities, trainingPoints} from "../../src/components/hero/boundary.ts";
import {HERO_STEPS, heroRuns, heroStatus, showsContrast} from "../../src/components/hero/heroRuns.ts";
import {presetExperiment} from "../../src/engine/experiments/presets.ts";
import {depthOf} from "../../src/engine/spec.ts";
import {toyDataset} from "../../src/engine/data/toy2d.ts";
import type {Snapshot} from "../../src/engine/train/snapshot.ts";

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

describe("boundary helpers", () => {
  const boundary = {resolution: 2, extent: [-1, 1] as [number, number], classes: 2, probabilities: [0.9, 0.1, 0.2, 0.8, 0.5, 0.5, 0.3, 0.7]};
  it("reads the probability of class 1 cell by cell, row 0 at the bottom", () => {
    expect([...classOneProbabilities(boundary)]).toEqual([0.1, 0.8, 0.5, 0.7]);
    expect(boundaryRows(boundary)).toEqual([
      {x: -0.5, y: -0.5, probability: 0.1},
      {x: 0.5, y: -0.5, probability: 0.8},
      {x: -0.5, y: 0.5, probability: 0.5},
      {x: 0.5, y: 0.5, probability: 0.7}
    ]);
  });
  it("measures how decided a net is, 0 for ½ everywhere", () => {
    expect(boundaryConfidence({...boundary, probabilities: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]})).toBe(0);
    expect(boundaryConfidence(boundary)).toBeCloseTo((0.4 + 0.3 + 0 + 0.2) / 4, 12);
  });
  it("draws the same training points the worker trains on", () => {
    const points = trainingPoints({name: "circles", seed: 2, trainSize: 1000}, 5);
    const {train} = toyDataset({name: "circles", seed: 2, trainSize: 1000});
    expect(points.map((p) => [p.x, p.y, p.label])).toEqual([0, 1, 2, 3, 4].map((i) => [train.x[2 * i], train.x[2 * i + 1], train.y[i]]));
  });
});
