/**
 * Training throughput of the reference model on the current TF.js backend: images per second of full SGD
 * steps (forward, backward, momentum update) on a batch of 64 seeded random 14×14 images — throughput does
 * not depend on the pixel values — and the step split into forward, backward and update, each the median
 * of timed repetitions: forward = the loss alone, backward = loss-and-gradients minus forward, update = the
 * momentum update alone (on gradients computed beforehand).
 */
import * as tf from "@tensorflow/tfjs-core";
import {median} from "./measure.ts";
import {buildReferenceNet, createMomentumSgd} from "./referenceNet.ts";

/** Which net, how BatchNorm is computed, and how long to measure. */
export interface TrainConfig {
  depth: number;
  isResidual: boolean;
  /** "fused": the project's fused ops for BatchNorm + ReLU and for the SGD step; "ops": TF.js ops. */
  batchNorm: "ops" | "fused";
  /** Timed steps (each timed three ways when `split`). */
  steps: number;
  /** Also time forward and forward+backward alone (triples the run). Default true. */
  split?: boolean;
  batch?: number;
}

/** Medians in ms, and the resulting images per second of a full step. */
export interface TrainResult {
  imagesPerSecond: number;
  stepMs: number;
  forwardMs: number | null;
  backwardMs: number | null;
  updateMs: number | null;
  /** Loss after the run (a sanity check that training ran: finite, and comparable across backends). */
  finalLoss: number;
}

/** Runs the measurement; every tensor it makes is released before it returns. */
export function measureTraining(config: TrainConfig): TrainResult {
  const {depth, isResidual, batchNorm, steps, split = true, batch = 64} = config;
  const net = buildReferenceNet({depth, isResidual, batchNorm});
  const sgd = createMomentumSgd(net.params, {isFused: batchNorm === "fused"});
  const x = tf.randomNormal([batch, 14, 14, 1], 0, 1, "float32", 7) as tf.Tensor4D;
  const oneHot = tf.oneHot(tf.tensor1d(Array.from({length: batch}, (_, i) => (i * 7) % 10), "int32"), 10) as tf.Tensor2D;
  const forward = () => tf.tidy(() => net.loss(x, oneHot)).dispose();
  const gradients = () => tf.dispose(tf.tidy(() => tf.variableGrads(() => net.loss(x, oneHot), net.params).grads));
  const update = () => {
    const {value, grads} = tf.variableGrads(() => net.loss(x, oneHot), net.params);
    const start = performance.now();
    tf.tidy(() => sgd.apply(net.params.map((p) => grads[p.name]), 0.05));
    const ms = performance.now() - start;
    tf.dispose([value, ...Object.values(grads)]);
    return ms;
  };
  const step = () =>
    tf.tidy(() => {
      const {value, grads} = tf.variableGrads(() => net.loss(x, oneHot), net.params);
      sgd.apply(net.params.map((p) => grads[p.name]), 0.05);
      return value;
    });
  const time = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  try {
    step().dispose();
    if (split) {
      forward();
      gradients();
    }
    const times = {forward: [] as number[], gradients: [] as number[], update: [] as number[], step: [] as number[]};
    let finalLoss = NaN;
    for (let i = 0; i < steps; i++) {
      if (split) {
        times.forward.push(time(forward));
        times.gradients.push(time(gradients));
        times.update.push(update());
      }
      times.step.push(time(() => {
        const loss = step();
        finalLoss = loss.dataSync()[0];
        loss.dispose();
      }));
    }
    const stepMs = median(times.step);
    const forwardMs = split ? median(times.forward) : null;
    const gradientsMs = split ? median(times.gradients) : null;
    return {
      imagesPerSecond: (batch / stepMs) * 1000,
      stepMs,
      forwardMs,
      backwardMs: forwardMs !== null && gradientsMs !== null ? gradientsMs - forwardMs : null,
      updateMs: split ? median(times.update) : null,
      finalLoss
    };
  } finally {
    sgd.dispose();
    tf.dispose([x, oneHot, ...net.params]);
  }
}
