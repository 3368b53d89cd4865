/**
 * Every gradient the pages display — ‖∂L/∂x_l‖ at each unit input and the identity's two terms — checked three
 * ways: the float64 reference MLP against finite differences; the TF.js probes (the trainer's own code path)
 * against the reference; and, for conv nets, the TF.js probes against finite differences of the TF.js loss.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import type {Dataset} from "../../../src/engine/data/dataset.ts";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import type {Model} from "../../../src/engine/model/types.ts";
import {referenceMlp} from "../../../src/engine/reference/mlp.ts";
import {createRng} from "../../../src/engine/rng.ts";
import {cifarSpec, mlpSpec, type ConvNetSpec, type MlpSpec} from "../../../src/engine/spec.ts";
import {uploadDataset} from "../../../src/engine/train/batches.ts";
import {crossEntropy} from "../../../src/engine/train/metrics.ts";
import {identityPairs, unpackProbeReadout} from "../../../src/engine/train/probes.ts";
import {createSgd} from "../../../src/engine/train/sgd.ts";
import {trainStep} from "../../../src/engine/train/trainStep.ts";
import {distance, norm, readParams, useCpu} from "../helpers.ts";

beforeAll(useCpu);

const BATCH = 6;
const VARIANTS = [false, true].flatMap((preActivation) =>
  [false, true].flatMap((isResidual) => [false, true].map((batchNorm) => mlpSpec({units: 3, width: 5, preActivation, isResidual, batchNorm})))
);
const label = (spec: MlpSpec) => `${spec.name}${spec.preActivation ? " pre-act" : ""}${spec.batchNorm ? " BN" : ""}`;

function randomMatrix(rows: number, cols: number, seed: number, scale = 1): number[][] {
  const rng = createRng(seed);
  return Array.from({length: rows}, () => Array.from({length: cols}, () => rng.normal() * scale));
}

function inputs() {
  return {x: randomMatrix(BATCH, 2, 11), labels: Array.from({length: BATCH}, (_, i) => i % 2)};
}

describe("the float64 reference MLP", () => {
  for (const spec of VARIANTS) {
    it(`${label(spec)}: ∂L/∂x_l and ∂L/∂θ match central finite differences`, () => {
      const model = buildModel(spec, {seed: 5});
      const params = readParams(model);
      model.dispose();
      const {x, labels} = inputs();
      const result = referenceMlp(spec, params, x, labels);
      const eps = 1e-6;
      result.probeGrads.forEach((grad, l) => {
        const direction = randomMatrix(BATCH, spec.width, 100 + l);
        const offsets = (sign: number) => result.probeGrads.map((_, k) => (k === l ? direction.map((row) => row.map((v) => sign * eps * v)) : undefined!));
        const numeric = (referenceMlp(spec, params, x, labels, offsets(1)).loss - referenceMlp(spec, params, x, labels, offsets(-1)).loss) / (2 * eps);
        const analytic = grad.flat().reduce((s, g, i) => s + g * direction.flat()[i], 0);
        expect(Math.abs(numeric - analytic)).toBeLessThan(1e-7 + 1e-6 * Math.abs(analytic));
      });
      for (const name of ["unit1.fc1.weight", "stem.fc.weight", spec.batchNorm ? "unit2.bn2.scale" : "unit2.fc2.bias"]) {
        const values = Array.from(params[name].values);
        const index = 1;
        const at = (delta: number) => referenceMlp(spec, {...params, [name]: {...params[name], values: values.map((v, i) => (i === index ? v + delta : v))}}, x, labels).loss;
        const numeric = (at(eps) - at(-eps)) / (2 * eps);
        expect(Math.abs(numeric - result.paramGrads[name].flat()[index])).toBeLessThan(1e-7 + 1e-6 * Math.abs(numeric));
      }
    });
  }
});

/** The probe norms exactly as the trainer computes them (a measuring pass of `trainStep`, no update). */
function trainerProbeNorms(model: Model, x: number[][], labels: number[]) {
  const dataset: Dataset = {name: "test", inputShape: [x[0].length], classes: 2, train: {x: Float32Array.from(x.flat()), y: Uint8Array.from(labels), count: x.length}, test: {x: new Float32Array(2), y: new Uint8Array(1), count: 1}};
  const data = uploadDataset(dataset);
  const sgd = createSgd([], {momentum: 0, weightDecay: 0});
  const pairs = identityPairs(model);
  const result = trainStep(model, data, sgd, Int32Array.from(labels, (_, i) => i), {lr: null, probePairs: pairs});
  const values = result.readout!.dataSync();
  tf.dispose([result.loss, result.errors, result.readout!]);
  data.dispose();
  return unpackProbeReadout(values, model.units.length, pairs, model.spec.preActivation);
}

describe("the TF.js probes (trainer's code path)", () => {
  for (const spec of VARIANTS) {
    it(`${label(spec)}: ‖∂L/∂x_l‖ and the identity's terms equal the reference's`, () => {
      const model = buildModel(spec, {seed: 6});
      const params = readParams(model);
      const {x, labels} = inputs();
      const reference = referenceMlp(spec, params, x, labels);
      const {gradNorms, identity} = trainerProbeNorms(model, x, labels);
      model.dispose();
      reference.probeGrads.forEach((grad, l) => expect(Math.abs(gradNorms[l] - norm(grad))).toBeLessThan(1e-4 * norm(grad) + 1e-7));
      expect(identity.length).toBe(spec.isResidual ? spec.units : 0);
      for (const term of identity) {
        expect(term.to).toBe(spec.units);
        const residual = reference.probeGrads[term.unit].map((row, r) => row.map((g, j) => g - reference.probeGrads[term.to][r][j]));
        expect(Math.abs(term.residual - norm(residual))).toBeLessThan(1e-4 * norm(residual) + 1e-6 * term.total);
        expect(term.direct).toBeCloseTo(gradNorms[term.to], 6);
        expect(term.isExact).toBe(spec.preActivation);
      }
    });

    it(`${label(spec)}: parameter gradients (BatchNorm's custom gradient included) equal the reference's`, () => {
      const model = buildModel(spec, {seed: 7});
      const params = readParams(model);
      const {x, labels} = inputs();
      const reference = referenceMlp(spec, params, x, labels);
      const xt = tf.tensor2d(x);
      const oneHot = tf.oneHot(tf.tensor1d(labels, "int32"), 2) as tf.Tensor2D;
      const variables = model.params.map((param) => param.variable);
      const {value, grads} = tf.valueAndGrads(() => crossEntropy(model.forward(xt, {training: true, updateStats: false}), oneHot))(variables);
      expect(value.dataSync()[0]).toBeCloseTo(reference.loss, 5);
      const scale = norm(Object.values(reference.paramGrads).flatMap((g) => g.flat()));
      model.params.forEach((param, i) => {
        const expected = reference.paramGrads[param.name].flat();
        expect(distance(Array.from(grads[i].dataSync()), expected), param.name).toBeLessThan(1e-4 * norm(expected) + 1e-6 * scale);
      });
      tf.dispose([xt, oneHot, value, ...grads]);
      model.dispose();
    });
  }
});

describe("the gradient identity", () => {
  it("is exact for pre-activation units: ∂L/∂x_l − ∂L/∂x_L = ∂L/∂x_L · ∂(Σ F)/∂x_l, and x_L = x_l + Σ F", () => {
    for (const preActivation of [true, false]) {
      const spec = mlpSpec({units: 4, width: 5, preActivation, batchNorm: true});
      const model = buildModel(spec, {seed: 8});
      const params = readParams(model);
      model.dispose();
      const {x, labels} = inputs();
      const base = referenceMlp(spec, params, x, labels);
      const l = 1;
      const L = spec.units;
      const gL = base.probeGrads[L].flat();
      const residualTerm = base.probeGrads[l].flat().map((g, i) => g - gL[i]);
      const direction = randomMatrix(BATCH, spec.width, 21);
      const eps = 1e-6;
      const branchSum = (sign: number) => {
        const offsets = base.probeGrads.map((_, k) => (k === l ? direction.map((row) => row.map((v) => sign * eps * v)) : undefined!));
        const run = referenceMlp(spec, params, x, labels, offsets);
        return run.branchOutputs.slice(l, L).reduce((sum, f) => sum.map((v, i) => v + f.flat()[i]), new Array(gL.length).fill(0) as number[]);
      };
      const [plus, minus] = [branchSum(1), branchSum(-1)];
      const vjpOfBranches = gL.reduce((s, g, i) => s + (g * (plus[i] - minus[i])) / (2 * eps), 0);
      const projected = residualTerm.reduce((s, r, i) => s + r * direction.flat()[i], 0);
      const forwardGap = base.probeValues[L].flat().map((v, i) => v - base.probeValues[l].flat()[i] - base.branchOutputs.slice(l, L).reduce((s, f) => s + f.flat()[i], 0));
      if (preActivation) {
        expect(Math.abs(vjpOfBranches - projected)).toBeLessThan(1e-6 * (1 + Math.abs(projected)));
        expect(norm(forwardGap)).toBeLessThan(1e-9);
      } else {
        // Original units: the ReLU after each addition breaks x_L = x_l + Σ F, so the split is only approximate.
        expect(norm(forwardGap)).toBeGreaterThan(1e-3);
      }
    }
  });
});

/** Loss of a conv net in training mode (no stat updates) with probe offsets. */
function convLoss(model: Model, x: tf.Tensor, oneHot: tf.Tensor2D, probes: tf.Tensor[]): number {
  return tf.tidy(() => crossEntropy(model.forward(x, {training: true, updateStats: false, probes}), oneHot).dataSync()[0]);
}

describe("conv-net probes against finite differences of the TF.js loss", () => {
  const input = {height: 6, width: 6, channels: 1};
  const specs: ConvNetSpec[] = [
    cifarSpec({n: 1, widths: [3, 4, 6], input, shortcut: "A"}),
    cifarSpec({n: 1, widths: [3, 4, 6], input, shortcut: "B", preActivation: true}),
    {...cifarSpec({n: 1, widths: [4, 8, 8], input, shortcut: "C"}), unit: "bottleneck"},
    cifarSpec({n: 1, widths: [3, 4, 6], input, isResidual: false, batchNorm: false})
  ];
  for (const spec of specs) {
    it(`${spec.name} ${spec.unit} option ${spec.shortcut}${spec.preActivation ? " pre-act" : ""}: directional derivatives match`, () => {
      const model = buildModel(spec, {seed: 12});
      const x = tf.randomNormal([3, 6, 6, 1], 0, 1, "float32", 4);
      const oneHot = tf.oneHot(tf.tensor1d([1, 4, 7], "int32"), 10) as tf.Tensor2D;
      const zeros = model.probeShapes().map((shape) => tf.zeros([3, ...shape]));
      const {grads} = tf.valueAndGrads(() => crossEntropy(model.forward(x, {training: true, updateStats: false, probes: zeros}), oneHot))(zeros);
      grads.forEach((grad, l) => {
        const direction = tf.randomNormal(grad.shape, 0, 1, "float32", 30 + l);
        const unit = tf.div(direction, tf.norm(direction));
        const eps = 3e-3;
        const shifted = (sign: number) => zeros.map((z, k) => (k === l ? tf.mul(unit, sign * eps) : z));
        const [plus, minus] = [shifted(1), shifted(-1)];
        const numeric = (convLoss(model, x, oneHot, plus) - convLoss(model, x, oneHot, minus)) / (2 * eps);
        const analytic = tf.sum(tf.mul(grad, unit)).dataSync()[0];
        expect(Math.abs(numeric - analytic)).toBeLessThan(3e-3 + 0.03 * Math.abs(analytic));
        tf.dispose([direction, unit, plus[l], minus[l]]);
      });
      tf.dispose([x, oneHot, ...zeros, ...grads]);
      model.dispose();
    });
  }
});
