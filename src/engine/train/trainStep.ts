/**
 * One forward/backward pass of a training step: the mini-batch loss, its gradient with respect to every parameter
 * (and, on snapshot steps, to the probes at every unit's input), and the SGD update. Everything inside `tf.tidy`;
 * only the returned scalars (and the probe readout) survive, for the caller to read and dispose.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";
import {gatherBatch, type DeviceData} from "./batches.js";
import {countErrors, crossEntropy} from "./metrics.js";
import {createProbes, probeReadout} from "./probes.js";
import type {Sgd} from "./sgd.js";

/** What one pass measures. `readout` packs the probe norms (see `probeReadout`) when probes were requested. */
export interface StepResult {
  loss: tf.Scalar;
  errors: tf.Scalar;
  readout: tf.Tensor1D | null;
}

/** Options of one pass. */
export interface StepOptions {
  /** Apply the SGD update with this learning rate (and update BatchNorm running statistics); null: measure only. */
  lr: number | null;
  /** Measure ‖∂L/∂x_l‖ with probes, and the identity terms for these (l, L) pairs. */
  probePairs: ReadonlyArray<{unit: number; to: number}> | null;
}

/** Runs one pass of `model` on the batch `indices` of `data`. */
export function trainStep(model: Model, data: DeviceData, sgd: Sgd, indices: Int32Array, options: StepOptions): StepResult {
  const {lr, probePairs} = options;
  const batch = gatherBatch(data, indices);
  const probes = probePairs ? createProbes(model, indices.length) : [];
  const variables = model.params.map((param) => param.variable);
  let errors: tf.Scalar | null = null;
  const lossOf = () => {
    const logits = model.forward(batch.x, {training: true, updateStats: lr !== null, probes: probePairs ? probes : undefined});
    errors = tf.keep(countErrors(logits, batch.labels));
    return crossEntropy(logits, batch.oneHot);
  };
  try {
    const [loss, readout] = tf.tidy((): tf.Tensor[] => {
      const {value, grads} = tf.valueAndGrads(lossOf)([...variables, ...probes]);
      if (lr !== null) sgd.apply(grads.slice(0, variables.length), lr);
      return probePairs ? [value, probeReadout(grads.slice(variables.length), probePairs)] : [value];
    });
    return {loss: loss as tf.Scalar, errors: errors!, readout: (readout as tf.Tensor1D | undefined) ?? null};
  } catch (error) {
    if (errors) (errors as tf.Scalar).dispose();
    throw error;
  } finally {
    tf.dispose([batch.x, batch.labels, batch.oneHot, ...probes]);
  }
}
