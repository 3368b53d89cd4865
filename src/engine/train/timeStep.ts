/**
 * The timed probe of the automatic backend choice (../backend.ts, issue 17): how long one training step of a run's
 * own net takes on the active backend. One step first, untimed (a GPU backend compiles its kernels on first use),
 * then the mean of `steps` steps, each read back so that the time includes the computation, not just its queueing.
 */
import type {Dataset} from "../data/dataset.js";
import {buildModel} from "../model/buildModel.js";
import type {ModelSpec} from "../spec.js";
import {uploadDataset} from "./batches.js";
import {createSgd} from "./sgd.js";
import {trainStep} from "./trainStep.js";

/** Milliseconds one SGD step of `spec` takes on `dataset`'s first `batchSize` examples, on the active backend. */
export async function timeTrainingStep(spec: ModelSpec, dataset: Dataset, {batchSize, steps = 3, seed = 1}: {batchSize: number; steps?: number; seed?: number}): Promise<number> {
  const data = uploadDataset(dataset, 0);
  const model = buildModel(spec, {seed});
  const sgd = createSgd(
    model.params.map((param) => param.variable),
    {momentum: 0.9, weightDecay: 0}
  );
  const indices = Int32Array.from({length: batchSize}, (_, i) => i % dataset.train.count);
  const step = async () => {
    const {loss, errors, readout} = trainStep(model, data, sgd, indices, {lr: 0.01, probePairs: null});
    await loss.data();
    loss.dispose();
    errors.dispose();
    readout?.dispose();
  };
  try {
    await step();
    const startedAt = performance.now();
    for (let i = 0; i < steps; i++) await step();
    return (performance.now() - startedAt) / steps;
  } finally {
    sgd.dispose();
    model.dispose();
    data.dispose();
  }
}
