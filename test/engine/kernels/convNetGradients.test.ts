import {beforeAll, describe, expect, it} from "vitest";
import {onBackend, relativeError, seededValues, setupBackends, tf} from "./backends.ts";

/** Tolerance: every gradient within 1e-3 · its largest entry (float32 through ~10 layers, BN included). */
const TOLERANCE = 1e-3;

const SHAPES: Record<string, number[]> = {
  stem: [3, 3, 1, 4],
  conv1: [3, 3, 4, 6],
  conv2: [3, 3, 6, 6],
  projection: [1, 1, 4, 6],
  gamma1: [6],
  beta1: [6],
  conv3: [3, 3, 6, 5],
  conv4: [3, 3, 5, 6],
  dense: [6, 10],
  bias: [10]
};

function batchNorm(x: tf.Tensor4D, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor4D {
  const {mean, variance} = tf.moments(x, [0, 1, 2]);
  return tf.batchNorm(x, mean, variance, beta, gamma, 1e-5) as tf.Tensor4D;
}

/**
 * A small residual conv net using every op the engine trains with: 3×3 convs at stride 1 and 2, a 1×1
 * stride-2 projection shortcut, a fused conv + ReLU, an option-A shortcut (stride-2 subsampling + zero-padded channels), BatchNorm
 * from batch moments, ReLU, global average pooling, a dense layer and softmax cross-entropy.
 */
function loss(x: tf.Tensor4D, labels: tf.Tensor2D, p: Record<string, tf.Variable>): tf.Scalar {
  const h = tf.relu(tf.conv2d(x, p.stem as tf.Tensor4D, 1, "same"));
  let f = tf.relu(batchNorm(tf.conv2d(h, p.conv1 as tf.Tensor4D, 2, "same"), p.gamma1, p.beta1));
  f = batchNorm(tf.conv2d(f, p.conv2 as tf.Tensor4D, 1, "same"), p.gamma1, p.beta1);
  const projected = tf.conv2d(h, p.projection as tf.Tensor4D, 2, "same");
  const u = tf.relu(tf.add(f, projected)) as tf.Tensor4D;
  const v = tf.conv2d(u, p.conv3 as tf.Tensor4D, 2, "same");
  const subsampled = tf.pad(tf.avgPool(v, 1, 2, "same") as tf.Tensor4D, [[0, 0], [0, 0], [0, 0], [0, 1]]);
  const w = tf.relu(tf.add(tf.fused.conv2d({x: v, filter: p.conv4 as tf.Tensor4D, strides: 2, pad: "same", activation: "relu"}), subsampled));
  const pooled = tf.mean(w, [1, 2]);
  const logits = tf.add(tf.matMul(pooled as tf.Tensor2D, p.dense as tf.Tensor2D), p.bias);
  return tf.losses.softmaxCrossEntropy(labels, logits);
}

function gradients(): tf.Tensor[] {
  const params: Record<string, tf.Variable> = {};
  let seed = 10;
  for (const [name, shape] of Object.entries(SHAPES)) {
    const size = shape.reduce((a, b) => a * b);
    const values = name.startsWith("gamma") ? seededValues(size, seed++).map((v) => 1 + 0.2 * v) : seededValues(size, seed++).map((v) => 0.5 * v);
    params[name] = tf.variable(tf.tensor(values, shape), true, `${name}_${tf.getBackend()}`);
  }
  const x = tf.tensor4d(seededValues(6 * 12 * 12, 1), [6, 12, 12, 1]);
  const labels = tf.oneHot(tf.tensor1d([0, 3, 7, 9, 3, 1], "int32"), 10) as tf.Tensor2D;
  const {value, grads} = tf.variableGrads(() => loss(x, labels, params), Object.values(params));
  const out = [value, ...Object.keys(SHAPES).map((name) => grads[params[name].name])];
  tf.dispose(Object.values(params));
  return out;
}

describe("a conv net with BatchNorm trains on wasm", () => {
  beforeAll(setupBackends);

  it("computes the same loss and every parameter gradient as the cpu backend", async () => {
    const expected = await onBackend("cpu", gradients);
    const actual = await onBackend("wasm", gradients);
    expect(actual.length).toBe(Object.keys(SHAPES).length + 1);
    const names = ["loss", ...Object.keys(SHAPES)];
    for (let i = 0; i < expected.length; i++) {
      expect(Math.max(...expected[i].map(Math.abs)), `${names[i]} is all zero`).toBeGreaterThan(0);
      expect(relativeError(actual[i], expected[i]), names[i]).toBeLessThan(TOLERANCE);
    }
  });
});
