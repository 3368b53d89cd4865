import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import {describe, expect, it} from "vitest";
import {ensureGradients} from "../../src/engine/tfSetup.ts";

describe("ensureGradients", () => {
  it("makes tf.grad work in Node", async () => {
    await ensureGradients();
    await tf.setBackend("cpu");
    const dx = tf.grad((x: tf.Tensor) => tf.div(tf.square(x), 2))(tf.scalar(3));
    expect(dx.dataSync()[0]).toBeCloseTo(3);
  });
});
