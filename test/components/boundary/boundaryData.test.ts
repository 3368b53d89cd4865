/** The decision-boundary pictures' plain data: probabilities cell by cell, rows, confidence and the training points. */
import {describe, expect, it} from "vitest";
import {boundaryConfidence, boundaryRows, CLASS_NAMES, classOneProbabilities, trainingPoints} from "../../../src/components/boundary/boundaryData.ts";
import {TOY_DATASETS, toyDataset} from "../../../src/engine/data/toy2d.ts";

describe("boundary helpers", () => {
  const boundary = {resolution: 2, extent: [-1, 1] as [number, number], classes: 2, probabilities: [0.9, 0.1, 0.2, 0.8, 0.5, 0.5, 0.3, 0.7]};
  it("reads the probability of class 1 cell by cell, row 0 at the bottom", () => {
    expect([...classOneProbabilities(boundary)]).toEqual([0.1, 0.8, 0.5, 0.7]);
    expect(boundaryRows(boundary)).toEqual([
      {x: -0.5, y: -0.5, probability: 0.1},
      {x: 0.5, y: -0.5, probability: 0.8},
      {x: -0.5, y: 0.5, probability: 0.5},
      {x: 0.5, y: 0.5, probability: 0.7}
    ]);
  });
  it("measures how decided a net is, 0 for ½ everywhere", () => {
    expect(boundaryConfidence({...boundary, probabilities: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]})).toBe(0);
    expect(boundaryConfidence(boundary)).toBeCloseTo((0.4 + 0.3 + 0 + 0.2) / 4, 12);
  });
  it("draws the same training points the worker trains on", () => {
    const points = trainingPoints({name: "circles", seed: 2, trainSize: 1000}, 5);
    const {train} = toyDataset({name: "circles", seed: 2, trainSize: 1000});
    expect(points.map((p) => [p.x, p.y, p.label])).toEqual([0, 1, 2, 3, 4].map((i) => [train.x[2 * i], train.x[2 * i + 1], train.y[i]]));
  });
});

describe("class names", () => {
  it("name both classes of every 2-D data set", () => {
    for (const name of TOY_DATASETS) expect(CLASS_NAMES[name].every((label) => label.length > 0), name).toBe(true);
    expect(CLASS_NAMES.circles).toEqual(["inner disc", "outer ring"]);
  });
});
