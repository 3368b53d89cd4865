/**
 * Builds an `MlpSpec`: a multilayer perceptron for the 2-D toy data (or flattened images), with the same unit
 * structure as the conv family so that everything the pages say about residual units holds for it too:
 *
 *   stem:            x_0 = ReLU(BN(W_0 x))           (pre-activation: x_0 = W_0 x)
 *   original unit:   F(x) = BN(W_2 ReLU(BN(W_1 x))),  x' = ReLU(x + F(x))   (plain: ReLU(F(x)))
 *   pre-activation:  F(x) = W_2 ReLU(BN(W_1 ReLU(BN(x)))),  x' = x + F(x)   (plain: F(x))
 *   head:            logits = W_c x_L                 (pre-activation: W_c ReLU(BN(x_L)))
 *
 * Every hidden layer has `width` features, so every residual unit's shortcut is the identity. Without BatchNorm
 * the BN steps are left out and the dense layers carry biases. Input `[batch, ...]` is flattened to
 * `[batch, inputDim]`; output logits `[batch, classes]`.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {MlpSpec} from "../spec.js";
import {applyBatchNorm, applyDense, createBatchNorm, createDense, inferenceStep, type BatchNorm, type Dense, type ForwardContext} from "./layers.js";
import {countParams, type ParamFactory} from "./params.js";
import {unitForward} from "./lesion.js";
import type {ForwardOptions, Model, Unit} from "./types.js";

/** BN (when the spec has it), then ReLU when `relu` — one fused op when both apply. */
type Norm = (x: tf.Tensor2D, ctx: ForwardContext, relu: boolean) => tf.Tensor2D;

function createNorm(factory: ParamFactory, spec: MlpSpec, name: string): Norm {
  const bn: BatchNorm | null = spec.batchNorm ? createBatchNorm(factory, name, spec.width) : null;
  return (x, ctx, relu) => {
    if (bn) return applyBatchNorm(bn, x, ctx, {relu});
    return relu ? tf.relu(x) : x;
  };
}

function createMlpUnit(factory: ParamFactory, spec: MlpSpec, index: number): Unit {
  const name = `unit${index}`;
  const pre = spec.preActivation;
  const norm1 = createNorm(factory, spec, `${name}.bn1`);
  const dense1: Dense = createDense(factory, `${name}.fc1`, spec.width, spec.width, {hasBias: !spec.batchNorm});
  const norm2 = createNorm(factory, spec, `${name}.bn2`);
  const dense2: Dense = createDense(factory, `${name}.fc2`, spec.width, spec.width, {hasBias: !spec.batchNorm});
  const residual = (x: tf.Tensor, ctx: ForwardContext): tf.Tensor2D => {
    const h = x as tf.Tensor2D;
    if (pre) return applyDense(dense2, norm2(applyDense(dense1, norm1(h, ctx, true)), ctx, true));
    return norm2(applyDense(dense2, norm1(applyDense(dense1, h), ctx, true)), ctx, false);
  };
  return {
    name,
    stage: 0,
    inputShape: [spec.width],
    outputShape: [spec.width],
    hasIdentityShortcut: spec.isResidual,
    residual,
    shortcut: spec.isResidual ? (x) => x : null,
    apply(x, ctx) {
      const f = residual(x, ctx);
      const sum = spec.isResidual ? tf.add(x, f) : f;
      return {sum, output: pre ? sum : tf.relu(sum)};
    }
  };
}

/** Builds an MLP from its spec with the parameters of `factory`. */
export function buildMlp(spec: MlpSpec, factory: ParamFactory): Model {
  const pre = spec.preActivation;
  const stemDense = createDense(factory, "stem.fc", spec.inputDim, spec.width, {hasBias: !spec.batchNorm});
  const stemNorm: Norm | null = pre ? null : createNorm(factory, spec, "stem.bn");
  const units = Array.from({length: spec.units}, (_, i) => createMlpUnit(factory, spec, i));
  const headNorm: Norm | null = pre ? createNorm(factory, spec, "head.bn") : null;
  const classifier = createDense(factory, "head.classifier", spec.width, spec.classes, {gain: 1});
  return {
    spec,
    params: factory.params,
    state: factory.state,
    units,
    inputShape: [spec.inputDim],
    forward(x: tf.Tensor, options: ForwardOptions = {}) {
      const training = options.training ?? false;
      const ctx: ForwardContext = {training, updateStats: options.updateStats ?? training, setsStatistics: options.setStatistics};
      const probes = options.probes;
      const release = inferenceStep(x, Boolean(options.isInferenceOnly) && !training && !probes);
      let h = applyDense(stemDense, tf.reshape(x, [x.shape[0], spec.inputDim]));
      if (stemNorm) h = stemNorm(h, ctx, true);
      units.forEach((unit, l) => {
        if (probes) h = tf.add(h, probes[l]);
        h = release(h, () => unitForward(unit, l, h, ctx, options, pre) as tf.Tensor2D);
      });
      if (probes) h = tf.add(h, probes[units.length]);
      options.onUnitInput?.(units.length, h);
      if (headNorm) h = headNorm(h, ctx, true);
      return applyDense(classifier, h);
    },
    probeShapes: () => [...units.map((unit) => unit.inputShape), [spec.width]],
    countParams: () => countParams(factory.params),
    dispose() {
      for (const param of factory.params) param.variable.dispose();
      for (const variable of factory.state) variable.dispose();
    }
  };
}
