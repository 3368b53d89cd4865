import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import type {Model} from "../../../src/engine/model/types.ts";
import {residualUnit, scaleWeights, type ResidualUnitWeights} from "../../../src/engine/reference/residualUnit.ts";
import {createRng} from "../../../src/engine/rng.ts";
import {cifarSpec, mlpSpec, type ConvNetSpec, type ModelSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

const rng = createRng(31);
const randomMatrix = (rows: number, cols: number) => Array.from({length: rows}, () => Array.from({length: cols}, () => rng.normal()));
const WEIGHTS: ResidualUnitWeights = {w1: randomMatrix(3, 4), b1: randomMatrix(1, 3)[0], w2: randomMatrix(4, 3), b2: randomMatrix(1, 4)[0]};
const X = [0.7, -1.2, 0.1, 2.0];

describe("the reference residual unit", () => {
  it("with zero weights is the identity (before the final ReLU)", () => {
    for (const preActivation of [false, true]) {
      const trace = residualUnit(X, scaleWeights(WEIGHTS, 0), {preActivation});
      expect(trace.residual).toEqual([0, 0, 0, 0]);
      expect(trace.sum).toEqual(X);
      expect(trace.output).toEqual(preActivation ? X : X.map((v) => Math.max(v, 0)));
    }
  });

  it("with its branch scaled by α = 0 is the identity, and at α = 1 adds F(x)", () => {
    expect(residualUnit(X, WEIGHTS, {alpha: 0}).sum).toEqual(X);
    const full = residualUnit(X, WEIGHTS, {alpha: 1});
    expect(full.sum).toEqual(X.map((v, i) => v + full.residual[i]));
    expect(full.residual.some((v) => Math.abs(v) > 0.1)).toBe(true);
  });
});

/** Sets every parameter of unit `index` except the shortcut's to zero; BatchNorm scales to one (β stays zero). */
function zeroResidualWeights(model: Model, index: number): void {
  const prefix = `${model.units[index].name}.`;
  for (const param of model.params) {
    if (!param.name.startsWith(prefix) || param.isShortcut || param.role === "bnScale") continue;
    param.variable.assign(tf.zerosLike(param.variable));
  }
}

function expectIdentityUnit(spec: ModelSpec, index: number, x: tf.Tensor): void {
  const model = buildModel(spec, {seed: 3});
  zeroResidualWeights(model, index);
  for (const training of [true, false]) {
    const {sum, output} = model.units[index].apply(x, {training, updateStats: false});
    expect(Array.from(sum.dataSync())).toEqual(Array.from(x.dataSync()));
    const expected = spec.preActivation ? Array.from(x.dataSync()) : Array.from(x.dataSync(), (v) => Math.max(v, 0));
    expect(Array.from(output.dataSync())).toEqual(expected);
    tf.dispose([sum, output]);
  }
  model.dispose();
}

describe("a TF.js residual unit with zero residual weights", () => {
  const input = {height: 6, width: 6, channels: 4};
  const x4 = () => tf.randomNormal([2, 6, 6, 4], 0, 1, "float32", 8);

  it("is the identity before its final ReLU: basic unit, original and pre-activation", () => {
    const x = x4();
    for (const preActivation of [false, true]) expectIdentityUnit(cifarSpec({n: 2, widths: [4, 8, 16], input, preActivation}), 1, x);
    x.dispose();
  });

  it("is the identity before its final ReLU: bottleneck unit and BatchNorm-free unit", () => {
    const x = x4();
    const bottleneck: ConvNetSpec = {...cifarSpec({n: 2, widths: [4, 8, 16], input, shortcut: "B"}), unit: "bottleneck"};
    expectIdentityUnit(bottleneck, 1, x);
    expectIdentityUnit(cifarSpec({n: 2, widths: [4, 8, 16], input, batchNorm: false}), 1, x);
    x.dispose();
  });

  it("is the identity before its final ReLU: MLP unit", () => {
    const x = tf.randomNormal([5, 16], 0, 1, "float32", 9);
    expectIdentityUnit(mlpSpec({units: 2, batchNorm: true}), 1, x);
    expectIdentityUnit(mlpSpec({units: 2, preActivation: true}), 0, x);
    x.dispose();
  });

  it("while its plain twin with zero weights outputs zeros, not x", () => {
    const model = buildModel(mlpSpec({units: 2, isResidual: false}), {seed: 3});
    zeroResidualWeights(model, 1);
    const x = tf.randomNormal([5, 16], 0, 1, "float32", 9);
    const {sum} = model.units[1].apply(x, {training: false, updateStats: false});
    expect(Array.from(sum.dataSync()).every((v) => v === 0)).toBe(true);
    tf.dispose([x, sum]);
    model.dispose();
  });
});
