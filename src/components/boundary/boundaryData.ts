/**
 * A decision boundary as the pictures draw and export it: the probability of class 1 on the engine's grid, the
 * training points drawn over it, and the names of the classes of each 2-D data set. Pure: no DOM. The drawing is
 * `BoundaryPicture` (one picture) and `BoundaryChart` (one picture per run).
 */
import type {DataRequest} from "../../engine/data/request.js";
import {toyDataset, type ToyName} from "../../engine/data/toy2d.js";
import type {Boundary} from "../../engine/train/boundary.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {BOUNDARY_TEXT} from "./text.js";

/** P(class 1) at every cell, row-major with row 0 at the bottom (the engine's order, which Plot's raster keeps with y1 < y2). */
export function classOneProbabilities(boundary: Boundary): Float64Array {
  const cells = boundary.resolution * boundary.resolution;
  const values = new Float64Array(cells);
  for (let i = 0; i < cells; i++) values[i] = boundary.probabilities[i * boundary.classes + 1];
  return values;
}

/** One grid cell: its centre and P(class 1) — a CSV row of a picture. */
export type BoundaryRow = {x: number; y: number; probability: number};

/** The grid's cells as rows (centre coordinates, probability of class 1). */
export function boundaryRows(boundary: Boundary): BoundaryRow[] {
  const {resolution, extent: [min, max]} = boundary;
  const step = (max - min) / resolution;
  const values = classOneProbabilities(boundary);
  return Array.from(values, (probability, i) => ({
    x: min + ((i % resolution) + 0.5) * step,
    y: min + (Math.floor(i / resolution) + 0.5) * step,
    probability
  }));
}

/** A labelled training point. */
export type DataPoint = {x: number; y: number; label: number};

/** A toy data set as a run requests it. */
export type ToyRequest = Extract<DataRequest, {kind: "toy"}>;

/** The first `count` training points of a toy data set, as the worker generates them from the same request. */
export function trainingPoints(request: Pick<ToyRequest, "name" | "seed"> & Partial<ToyRequest>, count: number): DataPoint[] {
  const {train} = toyDataset({name: request.name, seed: request.seed, trainSize: request.trainSize, testSize: request.testSize, noise: request.noise});
  const points: DataPoint[] = [];
  for (let i = 0; i < Math.min(count, train.y.length); i++) points.push({x: train.x[2 * i], y: train.x[2 * i + 1], label: train.y[i]});
  return points;
}

/** Mean |P(class 1) − ½| over the grid: 0 for a net that says "either" everywhere, ½ for one that is sure everywhere. */
export function boundaryConfidence(boundary: Boundary): number {
  const values = classOneProbabilities(boundary);
  let sum = 0;
  for (const value of values) sum += Math.abs(value - 0.5);
  return sum / values.length;
}

/** What the two classes of each 2-D data set are, in English words (class 0, class 1); pages use {@link classNames}. */
export const CLASS_NAMES: Record<ToyName, readonly [string, string]> = BOUNDARY_TEXT.en.classNames;

/** The names of a data set's two classes (class 0, class 1) in `locale`. */
export function classNames(data: ToyName, locale: Locale = pageLocale()): readonly [string, string] {
  return localized(BOUNDARY_TEXT, locale).classNames[data];
}
