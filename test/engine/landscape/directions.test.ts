/** Filter normalisation (Li et al. 2018, §4) against hand-computed numbers, and on the project's own nets. */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {displace, filterNormalizedDirection, normalizeFilters} from "../../../src/engine/landscape/directions.ts";
import {readTheta} from "../../../src/engine/landscape/landscape.ts";
import {mlpSpec, mnistConvSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

/** The norm of each filter (slice of the last axis) of a row-major tensor whose last dimension is `out`. */
function filterNorms(values: Float32Array, out: number): number[] {
  const squares = new Array<number>(out).fill(0);
  values.forEach((value, k) => (squares[k % out] += value * value));
  return squares.map(Math.sqrt);
}

describe("normalizeFilters", () => {
  it("scales each output unit's column of a dense weight [in, out] to the norm of θ's column", () => {
    // θ [2, 3]: columns (1, 0), (0, 3), (2, 0) — norms 1, 3, 2. d: columns (3, 4), (1, 1), (0, 5) — norms 5, √2, 5.
    const theta = Float32Array.from([1, 0, 2, 0, 3, 0]);
    const direction = Float32Array.from([3, 1, 0, 4, 1, 5]);
    normalizeFilters(direction, theta, [2, 3]);
    const expected = [0.6, 3 / Math.SQRT2, 0, 0.8, 3 / Math.SQRT2, 2];
    for (const [k, value] of expected.entries()) expect(direction[k]).toBeCloseTo(value, 6);
  });

  it("treats one output channel of a conv kernel [kh, kw, in, out] as a filter", () => {
    // [1, 2, 1, 2]: elements 0 and 2 belong to output channel 0, elements 1 and 3 to channel 1.
    const theta = Float32Array.from([0, 1, 2, 0]);
    const direction = Float32Array.from([1, 2, 1, 0]);
    normalizeFilters(direction, theta, [1, 2, 1, 2]);
    // channel 0: θ (0, 2), norm 2; d (1, 1), norm √2 → ×√2. Channel 1: θ (1, 0), norm 1; d (2, 0), norm 2 → ×½.
    expect(Array.from(direction)).toEqual([Math.SQRT2, 1, Math.SQRT2, 0].map(Math.fround));
  });

  it("leaves a filter of θ with zero norm at zero", () => {
    const direction = normalizeFilters(Float32Array.from([1, 2]), Float32Array.from([0, 0]), [2, 1]);
    expect(Array.from(direction)).toEqual([0, 0]);
  });
});

describe("filterNormalizedDirection", () => {
  it("gives every filter of every conv and dense weight its θ-filter's norm, and zero to BatchNorm parameters", () => {
    const model = buildModel(mnistConvSpec({depth: 8, width: 2, isResidual: true}), {seed: 4});
    const theta = readTheta(model);
    const direction = filterNormalizedDirection(theta, 4, "delta");
    expect(theta.some((param) => param.role === "bnScale") && theta.some((param) => param.role === "bnShift")).toBe(true);
    for (const [i, param] of theta.entries()) {
      if (param.role !== "weight") {
        expect(direction[i].every((value) => value === 0), param.name).toBe(true);
        continue;
      }
      const out = param.shape[param.shape.length - 1];
      const [want, got] = [filterNorms(param.values, out), filterNorms(direction[i], out)];
      for (const [j, norm] of want.entries()) expect(got[j], `${param.name} filter ${j}`).toBeCloseTo(norm, 4);
    }
    model.dispose();
  });

  it("zeroes the biases of an MLP without BatchNorm", () => {
    const model = buildModel(mlpSpec({units: 2, width: 4, isResidual: false}), {seed: 1});
    const theta = readTheta(model);
    const direction = filterNormalizedDirection(theta, 1, "eta");
    const biases = theta.map((param, i) => ({param, values: direction[i]})).filter(({param}) => param.role === "bias");
    expect(biases.length).toBeGreaterThan(0);
    for (const {values} of biases) expect(values.every((value) => value === 0)).toBe(true);
    model.dispose();
  });

  it("is the same for the same seed and differs between δ and η and between seeds", () => {
    const model = buildModel(mlpSpec({units: 2, width: 4, batchNorm: true}), {seed: 2});
    const theta = readTheta(model);
    const flat = (seed: number, name: "delta" | "eta") => filterNormalizedDirection(theta, seed, name).flatMap((values) => Array.from(values));
    expect(flat(7, "delta")).toEqual(flat(7, "delta"));
    expect(flat(7, "delta")).not.toEqual(flat(7, "eta"));
    expect(flat(7, "delta")).not.toEqual(flat(8, "delta"));
    model.dispose();
  });

  it("draws the same numbers for a plain net and its residual twin (one seed), each scaled to its own filters", () => {
    const [plain, residual] = [false, true].map((isResidual) => buildModel(mlpSpec({units: 3, width: 4, batchNorm: true, preActivation: true, isResidual}), {seed: 5}));
    const [a, b] = [plain, residual].map((model) => filterNormalizedDirection(readTheta(model), 9, "delta"));
    // The twins share every weight at initialisation (docs/engine.md), so the normalised directions agree exactly.
    expect(a.flatMap((values) => Array.from(values))).toEqual(b.flatMap((values) => Array.from(values)));
    plain.dispose();
    residual.dispose();
  });
});

describe("displace", () => {
  it("is θ itself at α = β = 0 and θ + αδ + βη elsewhere", () => {
    const theta = Float32Array.from([0.1, -2, 3.3]);
    const [delta, eta] = [Float32Array.from([1, 2, 3]), Float32Array.from([-1, 0, 0.5])];
    expect(displace(theta, delta, eta, 0, 0)).toEqual(theta);
    expect(Array.from(displace(theta, delta, eta, 0.5, -2))).toEqual([0.1 + 0.5 + 2, -2 + 1, 3.3 + 1.5 - 1].map(Math.fround));
  });
});

it("uses no tensors of its own", () => {
  const before = tf.memory().numTensors;
  filterNormalizedDirection([{name: "w", role: "weight", shape: [2, 2], values: Float32Array.from([1, 2, 3, 4])}], 1, "delta");
  expect(tf.memory().numTensors).toBe(before);
});
