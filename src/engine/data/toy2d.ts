/**
 * Seeded 2-D toy data for the MLP family (after TensorFlow Playground's data sets), two classes, points in
 * [−1, 1]² plus Gaussian noise:
 * - `spirals`: two interleaved spirals, 1.75 turns each (class = arm);
 * - `circles`: a disc of radius 0.5 (class 0) inside a ring from 0.7 to 1 (class 1);
 * - `checkerboard`: uniform points on a 4×4 board of alternating squares.
 * Train and test splits are independent draws from the same distribution (the "data" stream of the seed).
 */
import {createRng, type Rng} from "../rng.js";
import type {Dataset, Split} from "./dataset.js";

/** The toy data sets. */
export const TOY_DATASETS = ["spirals", "circles", "checkerboard"] as const;
/** Name of a toy data set. */
export type ToyName = (typeof TOY_DATASETS)[number];

/** Options of `toyDataset`. */
export interface ToyOptions {
  name: ToyName;
  /** Training points (default 1000). */
  trainSize?: number;
  /** Test points (default 1000). */
  testSize?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate (default 0.05). */
  noise?: number;
  seed: number;
}

/** Draws one labelled point of `name` (label alternates so both classes are equally frequent). */
function drawPoint(name: ToyName, rng: Rng, index: number): [number, number, number] {
  const label = index % 2;
  if (name === "spirals") {
    const t = rng.uniform();
    const angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
    return [t * Math.cos(angle), t * Math.sin(angle), label];
  }
  if (name === "circles") {
    const radius = label === 0 ? 0.5 * Math.sqrt(rng.uniform()) : 0.7 + 0.3 * rng.uniform();
    const angle = 2 * Math.PI * rng.uniform();
    return [radius * Math.cos(angle), radius * Math.sin(angle), label];
  }
  const x = 2 * rng.uniform() - 1;
  const y = 2 * rng.uniform() - 1;
  return [x, y, (Math.floor((x + 1) * 2) + Math.floor((y + 1) * 2)) % 2];
}

function drawSplit(name: ToyName, rng: Rng, count: number, noise: number): Split {
  const x = new Float32Array(count * 2);
  const y = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const [px, py, label] = drawPoint(name, rng, i);
    x[2 * i] = px + noise * rng.normal();
    x[2 * i + 1] = py + noise * rng.normal();
    y[i] = label;
  }
  return {x, y, count};
}

/** A seeded 2-D data set: inputs `[2]`, two classes, extent [−1.2, 1.2]. */
export function toyDataset({name, trainSize = 1000, testSize = 1000, noise = 0.05, seed}: ToyOptions): Dataset {
  const rng = createRng(seed, `data/${name}`);
  const train = drawSplit(name, rng, trainSize, noise);
  const test = drawSplit(name, rng, testSize, noise);
  return {name, inputShape: [2], classes: 2, train, test, extent: [-1.2, 1.2]};
}
