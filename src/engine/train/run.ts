/**
 * A training run as an async generator of snapshots — the form Node callers (CLI, tests) and simple pages use:
 *
 *   for await (const snapshot of trainRun(spec, dataset, {steps: 300, seed: 1})) draw(snapshot);
 *
 * Breaking out of the loop, or aborting `signal`, cancels the run and releases its tensors. The generator's return
 * value is the final status.
 */
import type {Dataset} from "../data/dataset.js";
import type {ModelSpec} from "../spec.js";
import type {TrainConfig} from "./config.js";
import type {RunStatus, Snapshot} from "./snapshot.js";
import {createTrainer, type TrainerHooks} from "./trainer.js";

/** Trains `spec` on `dataset`, yielding every snapshot; stops early when `signal` aborts (status "cancelled"); `onDone` sees the trained net. */
export async function* trainRun(
  spec: ModelSpec,
  dataset: Dataset,
  config: Partial<TrainConfig> = {},
  {signal, ...hooks}: {signal?: AbortSignal} & TrainerHooks = {}
): AsyncGenerator<Snapshot, RunStatus> {
  const trainer = await createTrainer(spec, dataset, config, hooks);
  try {
    while (trainer.status === "running") {
      if (signal?.aborted) trainer.cancel();
      const snapshot = await trainer.next();
      if (snapshot) yield snapshot;
    }
    return trainer.status;
  } finally {
    trainer.cancel();
  }
}
