/**
 * The input gradient computed by tf.grad, checked against central finite differences of the same net's output with
 * the same BatchNorm statistics; and the measurement and verdict built on it.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {inputGradients, linePoints} from "../../../src/engine/shattered/inputGradient.ts";
import {measureShattered, shatteredSpec} from "../../../src/engine/shattered/shattered.ts";
import {SHATTERED_THRESHOLDS, shatteredVerdict} from "../../../src/engine/shattered/verdict.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

/** f(x) for one input, in evaluation mode (the statistics the last inputGradients call set). */
function output(model: ReturnType<typeof buildModel>, x: number): number {
  return tf.tidy(() => model.forward(tf.tensor2d([[x]]), {training: false}).dataSync()[0]);
}

describe("inputGradients", () => {
  for (const isResidual of [false, true]) {
    it(`equals central finite differences on a tiny ${isResidual ? "residual" : "plain"} net`, () => {
      const model = buildModel(shatteredSpec(6, isResidual, 4), {seed: 3});
      const xs = linePoints(9, -2, 2);
      const gradient = inputGradients(model, xs);
      const h = 1e-3;
      const numeric = xs.map((x) => (output(model, x + h) - output(model, x - h)) / (2 * h));
      // Piecewise linear: away from a kink the two agree to float32 rounding; a kink within h of a point would differ a lot.
      const agreeing = gradient.filter((g, i) => Math.abs(g - numeric[i]) <= 2e-2 * Math.max(1, Math.abs(g)));
      expect(agreeing.length).toBeGreaterThanOrEqual(8);
      expect(gradient.some((g) => Math.abs(g) > 1e-3)).toBe(true);
      model.dispose();
    });
  }

  it("gives each point its own gradient: the same input gets the same gradient whatever else is in the line", () => {
    const model = buildModel(shatteredSpec(4, true, 4), {seed: 1});
    const xs = linePoints(16, -2, 2);
    const once = inputGradients(model, xs);
    const twice = inputGradients(model, [...xs, ...xs]);
    for (const [i, value] of once.entries()) expect(twice[i + 16]).toBeCloseTo(value, 4);
    model.dispose();
  });

  it("leaks no tensors", () => {
    const model = buildModel(shatteredSpec(4, false, 4), {seed: 1});
    const before = tf.memory().numTensors;
    inputGradients(model, linePoints(8, -2, 2));
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe("measureShattered and its verdict", () => {
  it("measures plain and residual at each depth, and the verdict reads their lag-1 autocorrelations", async () => {
    const progress: number[] = [];
    const analysis = await measureShattered({seed: 2, depths: [4, 20], width: 8, points: 64}, (done) => void progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(analysis.nets.map((net) => [net.depth, net.isResidual, net.gradient.length])).toEqual([
      [4, false, 64],
      [4, true, 64],
      [20, false, 64],
      [20, true, 64]
    ]);
    const verdict = shatteredVerdict(analysis)!;
    expect(verdict.plainLag1).toBe(analysis.nets[2].acf[1]);
    expect(verdict.residualLag1).toBe(analysis.nets[3].acf[1]);
    expect(verdict.holds).toBe(verdict.plainLag1 <= SHATTERED_THRESHOLDS.plainMax && verdict.residualLag1 - verdict.plainLag1 >= SHATTERED_THRESHOLDS.minGap);
    expect(shatteredVerdict(analysis, 8)).toBeNull();
  });

  it("grades by the thresholds", () => {
    const fake = (plain: number, residual: number) => ({
      kind: "shattered" as const, seed: 1, width: 16, points: 3, from: -2, to: 2, depths: [20],
      nets: [{depth: 20, isResidual: false, gradient: [], acf: [1, plain]}, {depth: 20, isResidual: true, gradient: [], acf: [1, residual]}]
    });
    expect(shatteredVerdict(fake(0.1, 0.5))!.grade).toBe("holds");
    expect(shatteredVerdict(fake(0.1, 0.2))!.grade).toBe("weak");
    expect(shatteredVerdict(fake(0.4, 0.9))!.grade).toBe("weak");
    expect(shatteredVerdict(fake(0.5, 0.2))!.grade).toBe("reversed");
  });
});
