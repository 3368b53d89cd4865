import {beforeAll, describe, expect, it} from "vitest";
import {seededValues, setupBackends, tf} from "./backends.ts";

describe("Identity on wasm (shares data instead of copying)", () => {
  beforeAll(setupBackends);

  it("clones keep their values after the original is gone, and nothing leaks", async () => {
    await tf.setBackend("wasm");
    const before = tf.memory().numTensors;
    const dataIdsBefore = tf.backend().numDataIds();
    const values = seededValues(24, 9);
    const x = tf.tensor(values, [2, 3, 4]);
    const y = tf.clone(x);
    x.dispose();
    expect(Array.from(y.dataSync())).toEqual(Array.from(values));
    const v = tf.variable(y);
    y.dispose();
    const next = tf.tidy(() => tf.add(v, 1));
    v.assign(next);
    next.dispose();
    expect(v.dataSync()[0]).toBeCloseTo(values[0] + 1, 6);
    v.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.backend().numDataIds()).toBe(dataIdsBefore);
  });

  it("keeps gradients through saved tensors equal to the cpu backend's", async () => {
    const grad = () => tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.relu(a), tf.square(a))))(tf.tensor(seededValues(64, 3), [4, 16])).dataSync();
    await tf.setBackend("cpu");
    const expected = Array.from(grad());
    await tf.setBackend("wasm");
    const actual = Array.from(grad());
    actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 5));
  });
});
