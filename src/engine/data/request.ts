/**
 * Data sets named by plain data (what crosses the worker boundary and sits in experiment files), and their loading.
 * Toy sets are generated from their seed anywhere; MNIST comes from the build's `mnist-14.bin` (a URL in the
 * browser) or from the idx files in Node — the caller supplies that loader.
 */
import type {Dataset} from "./dataset.js";
import {toyDataset, type ToyName} from "./toy2d.js";

/** Which data to train on. */
export type DataRequest =
  | {kind: "toy"; name: ToyName; seed: number; trainSize?: number; testSize?: number; noise?: number}
  /** The MNIST 14×14 subset; `url` of `mnist-14.bin` in the browser (ignored in Node). */
  | {kind: "mnist"; url?: string}
  /** No training set: `points` inputs evenly spaced on [from, to] fed to an untrained net (the shattered-gradients lab). */
  | {kind: "line"; points: number; from: number; to: number};

/** Loads the MNIST subset (Node: from the idx files; browser: by fetching `url`). */
export type MnistLoader = (url?: string) => Promise<Dataset>;

/** A short label, e.g. "spirals (seed 1)" or "MNIST 14×14". */
export function describeData(request: DataRequest): string {
  if (request.kind === "line") return `${request.points} inputs on [${request.from}, ${request.to}]`;
  return request.kind === "toy" ? `${request.name} (seed ${request.seed})` : "MNIST 14×14";
}

/** The data set a request names. */
export async function loadData(request: DataRequest, loadMnist: MnistLoader): Promise<Dataset> {
  if (request.kind === "mnist") return loadMnist(request.url);
  if (request.kind === "line") throw new Error("a line of inputs is not a training set: nothing trains on it");
  return toyDataset({name: request.name, seed: request.seed, trainSize: request.trainSize, testSize: request.testSize, noise: request.noise});
}
