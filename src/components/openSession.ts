/**
 * How a page opens its training session — one line instead of the worker URL and three wasm files:
 *
 *   const session = openTrainingSession(invalidation);            // or openTrainingSession(invalidation, {maxWorkers: 1})
 *
 * The worker bundle and TF.js's .wasm files are named here with `FileAttachment` (Framework resolves these paths
 * relative to this module and copies the files into the build); the session starts its workers on the first
 * `start`. Page-side only: it imports Framework's standard library, so unit tests import the session itself.
 */
import {FileAttachment} from "observablehq:stdlib";
import {createTrainingSession, type TrainingSession, type TrainingSessionOptions} from "../session/trainingSession.js";

/** The training worker and TF.js's .wasm binaries, as URLs the worker can fetch. */
export function trainingFiles(): Pick<TrainingSessionOptions, "workerUrl" | "wasmPaths"> {
  return {
    workerUrl: FileAttachment("../vendor/train.worker.js").href,
    wasmPaths: {
      "tfjs-backend-wasm.wasm": FileAttachment("../vendor/tfjs-backend-wasm.wasm").href,
      "tfjs-backend-wasm-simd.wasm": FileAttachment("../vendor/tfjs-backend-wasm-simd.wasm").href,
      "tfjs-backend-wasm-threaded-simd.wasm": FileAttachment("../vendor/tfjs-backend-wasm-threaded-simd.wasm").href
    }
  };
}

/** The build's MNIST subset (14×14 digits), for run requests of the conv nets. */
export function mnistUrl(): string {
  return FileAttachment("../data/mnist-14.bin").href;
}

/** A training session for the page's cell: its workers stop when `invalidation` resolves. */
export function openTrainingSession(invalidation: Promise<unknown>, options: Omit<TrainingSessionOptions, "workerUrl" | "wasmPaths" | "invalidation"> = {}): TrainingSession {
  return createTrainingSession({...trainingFiles(), ...options, invalidation});
}
