/**
 * The reference model of the performance issue, written here so the benchmark does not depend on the engine:
 * a CIFAR-style net of depth 6n + 2 on 14×14×1 inputs — a 3×3 stem, three stages of n basic units (widths
 * 8/16/32, stride 2 at the start of stages 2 and 3), BatchNorm after every convolution (batch statistics),
 * ReLU, option-A shortcuts (stride-2 subsampling, zero-padded channels) when residual, global average pooling,
 * a dense softmax layer — trained by SGD with momentum 0.9 on the mean softmax cross-entropy. It uses the same
 * functional TF.js ops as the engine (`src/engine/model/layers.ts`): `tf.conv2d` with explicit padding,
 * BatchNorm from `tf.moments`, `tf.logSoftmax`.
 */
import * as tf from "@tensorflow/tfjs-core";
import {batchNormTrain, sgdMomentumStep} from "../../src/engine/kernels/index.ts";

/** Which net: depth 6n + 2 (20, 56, …), plain or residual. */
export interface NetOptions {
  depth: number;
  isResidual: boolean;
  widths?: [number, number, number];
  /**
   * "ops": BatchNorm composed of TF.js ops, as the engine writes it; "fused": the project's `batchNormTrain`
   * (one kernel forward, one backward, ReLU folded in). Default "ops".
   */
  batchNorm?: "ops" | "fused";
  inputSize?: number;
  classes?: number;
}

/** A built net: its variables and a function from a batch to the loss. */
export interface ReferenceNet {
  params: tf.Variable[];
  /** Mean softmax cross-entropy of the batch `x` `[B, 14, 14, 1]` against `oneHot` `[B, classes]`. */
  loss(x: tf.Tensor4D, oneHot: tf.Tensor2D): tf.Scalar;
  /** Multiply–add count of one forward pass for one image (convolutions and the dense layer). */
  forwardMacs: number;
}

const EPSILON = 1e-5;

/** Deterministic He-normal-ish weights from a 32-bit LCG (Box–Muller), so every backend starts equal. */
function heNormal(shape: number[], fanIn: number, seed: number): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  let state = seed >>> 0 || 1;
  const uniform = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 1) / 2 ** 32;
  const scale = Math.sqrt(2 / fanIn);
  for (let i = 0; i < size; i++) values[i] = scale * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return tf.tensor(values, shape);
}

/** Builds the net's variables (seeded) and its loss function. */
export function buildReferenceNet(options: NetOptions): ReferenceNet {
  const {depth, isResidual, widths = [8, 16, 32], inputSize = 14, classes = 10, batchNorm = "ops"} = options;
  if ((depth - 2) % 6 !== 0) throw new Error(`depth must be 6n + 2, got ${depth}`);
  const n = (depth - 2) / 6;
  const params: tf.Variable[] = [];
  let seed = 1;
  let macs = 0;
  let size = inputSize;
  const conv = (inC: number, outC: number, stride: number) => {
    size = Math.floor((size - 1) / stride) + 1;
    macs += size * size * 9 * inC * outC;
    const w = tf.variable(heNormal([3, 3, inC, outC], 9 * inC, seed++) as tf.Tensor4D);
    const gamma = tf.variable(tf.ones([outC]));
    const beta = tf.variable(tf.zeros([outC]));
    params.push(w, gamma, beta);
    return {w, gamma, beta, stride};
  };
  const stem = conv(1, widths[0], 1);
  const units: {a: ReturnType<typeof conv>; b: ReturnType<typeof conv>; stride: number; inC: number; outC: number}[] = [];
  let channels = widths[0];
  widths.forEach((width, stage) => {
    for (let u = 0; u < n; u++) {
      const stride = stage > 0 && u === 0 ? 2 : 1;
      units.push({a: conv(channels, width, stride), b: conv(width, width, 1), stride, inC: channels, outC: width});
      channels = width;
    }
  });
  const dense = tf.variable(heNormal([channels, classes], channels, seed++) as tf.Tensor2D);
  const bias = tf.variable(tf.zeros([classes]));
  params.push(dense, bias);
  macs += channels * classes;

  /** BN(conv(x)), then ReLU when `relu`. */
  const convBn = (layer: ReturnType<typeof conv>, x: tf.Tensor4D, relu: boolean): tf.Tensor4D => {
    const y = tf.conv2d(x, layer.w as tf.Tensor4D, layer.stride, 1);
    if (batchNorm === "fused") return batchNormTrain(y, layer.gamma as tf.Tensor1D, layer.beta as tf.Tensor1D, {epsilon: EPSILON, relu}).y;
    const {mean, variance} = tf.moments(y, [0, 1, 2]);
    const inverse = tf.mul(tf.rsqrt(tf.add(variance, EPSILON)), layer.gamma);
    const z = tf.add(tf.mul(tf.sub(y, mean), inverse), layer.beta) as tf.Tensor4D;
    return relu ? tf.relu(z) : z;
  };
  /** Option A: x[:, ::2, ::2, :] as a 1×1 average pool of stride 2 (tf.stridedSlice has no gradient), zero-padded channels. */
  const shortcut = (x: tf.Tensor4D, stride: number, inC: number, outC: number): tf.Tensor4D => {
    const s = stride === 2 ? (tf.avgPool(x, 1, 2, "valid") as tf.Tensor4D) : x;
    return outC > inC ? tf.pad(s, [[0, 0], [0, 0], [0, 0], [0, outC - inC]]) : s;
  };
  const loss = (x: tf.Tensor4D, oneHot: tf.Tensor2D): tf.Scalar => {
    let h = convBn(stem, x, true);
    for (const unit of units) {
      const a = convBn(unit.a, h, true);
      h = isResidual ? tf.relu(tf.add(convBn(unit.b, a, false), shortcut(h, unit.stride, unit.inC, unit.outC))) : convBn(unit.b, a, true);
    }
    const logits = tf.add(tf.matMul(tf.mean(h, [1, 2]) as tf.Tensor2D, dense), bias);
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1)));
  };
  return {params, loss, forwardMacs: macs};
}

/**
 * SGD with momentum: v ← μ·v + g, w ← w − lr·v (PyTorch's formulation, no weight decay), as TF.js ops per
 * parameter like the engine's optimizer, or (`isFused`) the project's one-call `sgdMomentumStep`.
 */
export function createMomentumSgd(params: tf.Variable[], {momentum = 0.9, isFused = false} = {}): {apply(grads: tf.Tensor[], lr: number): void; dispose(): void} {
  const velocities = params.map((p) => tf.variable(tf.zerosLike(p), false));
  return {
    apply(grads, lr) {
      if (isFused) return sgdMomentumStep(params, velocities, grads, {lr, momentum, weightDecay: 0});
      params.forEach((param, i) => {
        velocities[i].assign(tf.add(tf.mul(velocities[i], momentum), grads[i]));
        param.assign(tf.sub(param, tf.mul(velocities[i], lr)));
      });
    },
    dispose: () => tf.dispose(velocities)
  };
}
