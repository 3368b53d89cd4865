/**
 * Deleting a unit at test time (ForwardOptions.lesioned): against independent oracles — a residual unit whose branch
 * ends in zero weights computes F = 0, so deleting it must give the same logits; a deleted plain unit passes its input on
 * unchanged; a plain unit that changes the shape cannot be deleted.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {isDeletable} from "../../../src/engine/model/lesion.ts";
import type {Model} from "../../../src/engine/model/types.ts";
import {mlpSpec, mnistConvSpec} from "../../../src/engine/spec.ts";
import {createRng} from "../../../src/engine/rng.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

const logits = (model: Model, x: tf.Tensor, lesioned?: Set<number>) => tf.tidy(() => Array.from(model.forward(x, {training: false, lesioned}).dataSync()));
const maxDifference = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
const randomInput = (shape: number[], seed: number) => {
  const rng = createRng(seed, "test");
  return tf.tensor(Float32Array.from({length: shape.reduce((a, b) => a * b, 1)}, () => rng.normal()), shape);
};

/** Zeros the weights of the last layer of unit `index`'s branch: F(x) = 0 for a pre-activation unit (no bias with BN). */
function zeroBranch(model: Model, prefix: string, last: string): void {
  const param = model.params.find((p) => p.name.startsWith(`${prefix}.${last}`) && p.role === "weight");
  if (!param) throw new Error(`no ${prefix}.${last} weight in ${model.params.map((p) => p.name).join(", ")}`);
  param.variable.assign(tf.zerosLike(param.variable));
}

describe("lesioned forward passes", () => {
  it("a residual MLP with unit 2 deleted computes what the same net with that unit's last weights zeroed computes", () => {
    const spec = mlpSpec({units: 4, width: 8, batchNorm: true, preActivation: true, isResidual: true});
    const x = randomInput([16, 2], 1);
    const model = buildModel(spec, {seed: 5});
    const lesioned = logits(model, x, new Set([2]));
    const intact = logits(model, x);
    zeroBranch(model, "unit2", "fc2");
    const zeroed = logits(model, x);
    expect(maxDifference(lesioned, zeroed)).toBeLessThan(1e-5);
    expect(maxDifference(lesioned, intact)).toBeGreaterThan(1e-3);
    model.dispose();
    x.dispose();
  });

  it("a deleted plain MLP unit hands its input on unchanged", () => {
    const model = buildModel(mlpSpec({units: 4, width: 8, batchNorm: true, preActivation: true, isResidual: false}), {seed: 2});
    const x = randomInput([8, 2], 2);
    const inputs: number[][] = [];
    tf.tidy(() => {
      model.forward(x, {training: false, lesioned: new Set([1]), onUnitInput: (_, h) => void inputs.push(Array.from(h.dataSync()))});
    });
    expect(inputs).toHaveLength(5);
    expect(maxDifference(inputs[1], inputs[2])).toBe(0);
    expect(maxDifference(inputs[2], inputs[3])).toBeGreaterThan(1e-3);
    model.dispose();
    x.dispose();
  });

  it("a residual conv net's downsampling unit, deleted, keeps its zero-padding shortcut: same as a zeroed branch", () => {
    const spec = mnistConvSpec({depth: 8, width: 4, isResidual: true, preActivation: true});
    const model = buildModel(spec, {seed: 3});
    const x = randomInput([4, 14, 14, 1], 3);
    const down = model.units.findIndex((unit) => unit.inputShape.join() !== unit.outputShape.join());
    expect(down).toBeGreaterThan(0);
    expect(isDeletable(model.units[down])).toBe(true);
    const lesioned = logits(model, x, new Set([down]));
    zeroBranch(model, model.units[down].name, "conv2");
    expect(maxDifference(lesioned, logits(model, x))).toBeLessThan(1e-4);
    model.dispose();
    x.dispose();
  });

  it("a plain conv net's downsampling unit cannot be deleted, and a pass that tries says why", () => {
    const model = buildModel(mnistConvSpec({depth: 8, width: 4, isResidual: false, preActivation: true}), {seed: 3});
    const x = randomInput([2, 14, 14, 1], 4);
    const down = model.units.findIndex((unit) => unit.inputShape.join() !== unit.outputShape.join());
    expect(isDeletable(model.units[down])).toBe(false);
    expect(isDeletable(model.units[0])).toBe(true);
    expect(() => logits(model, x, new Set([down]))).toThrow(/cannot be deleted/);
    model.dispose();
    x.dispose();
  });
});
