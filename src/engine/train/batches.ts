/**
 * Seeded mini-batches. The data set is uploaded to the backend once (`uploadDataset`); each step only uploads the
 * batch's indices and gathers on the device. The order is an endless sequence of seeded permutations of the
 * training split (the "shuffle" stream), so every batch is full.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Dataset} from "../data/dataset.js";
import {createRng, permutation, type Rng} from "../rng.js";

/** A data set on the device: inputs `[count, ...inputShape]`, labels int32 `[count]`. */
export interface DeviceData {
  trainX: tf.Tensor;
  trainY: tf.Tensor1D;
  testX: tf.Tensor;
  testY: tf.Tensor1D;
  classes: number;
  trainCount: number;
  testCount: number;
  dispose(): void;
}

/** Uploads both splits of `dataset` (the first `testCount` test examples, default all). */
export function uploadDataset(dataset: Dataset, testCount = dataset.test.count): DeviceData {
  const count = Math.min(testCount, dataset.test.count);
  const features = dataset.inputShape.reduce((a, b) => a * b, 1);
  const trainX = tf.tensor(dataset.train.x, [dataset.train.count, ...dataset.inputShape], "float32");
  const trainY = tf.tensor1d(Int32Array.from(dataset.train.y), "int32");
  const testX = tf.tensor(dataset.test.x.subarray(0, count * features), [count, ...dataset.inputShape], "float32");
  const testY = tf.tensor1d(Int32Array.from(dataset.test.y.subarray(0, count)), "int32");
  return {
    trainX,
    trainY,
    testX,
    testY,
    classes: dataset.classes,
    trainCount: dataset.train.count,
    testCount: count,
    dispose() {
      tf.dispose([trainX, trainY, testX, testY]);
    }
  };
}

/** Index batches over `count` examples in seeded random order. */
export class BatchSampler {
  private readonly rng: Rng;
  private order: Int32Array;
  private position = 0;

  constructor(private readonly count: number, private readonly batchSize: number, seed: number) {
    this.rng = createRng(seed, "shuffle");
    this.order = permutation(this.rng, count);
  }

  /** The next batch's example indices (length `batchSize`). */
  next(): Int32Array {
    const batch = new Int32Array(this.batchSize);
    for (let i = 0; i < this.batchSize; i++) {
      if (this.position === this.count) {
        this.order = permutation(this.rng, this.count);
        this.position = 0;
      }
      batch[i] = this.order[this.position++];
    }
    return batch;
  }
}

/** Gathers a batch on the device: inputs `[batch, ...inputShape]` and one-hot labels `[batch, classes]`. */
export function gatherBatch(data: DeviceData, indices: Int32Array): {x: tf.Tensor; labels: tf.Tensor1D; oneHot: tf.Tensor2D} {
  return tf.tidy(() => {
    const index = tf.tensor1d(indices, "int32");
    const labels = tf.gather(data.trainY, index) as tf.Tensor1D;
    return {x: tf.gather(data.trainX, index), labels, oneHot: tf.oneHot(labels, data.classes) as tf.Tensor2D};
  });
}
