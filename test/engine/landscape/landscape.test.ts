/**
 * The grid sweep on real (tiny) nets: its centre is the model's own evaluation loss, a corner is the loss of the
 * weights moved by hand, θ comes back bit for bit, and nothing leaks.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {toyDataset} from "../../../src/engine/data/toy2d.ts";
import {evaluationBatch, judgeLandscape, measureNet} from "../../../src/engine/landscape/analysis.ts";
import {displace, filterNormalizedDirection} from "../../../src/engine/landscape/directions.ts";
import {coordinate, measureLandscape, readTheta} from "../../../src/engine/landscape/landscape.ts";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import type {Model} from "../../../src/engine/model/types.ts";
import {mlpSpec, mnistConvSpec} from "../../../src/engine/spec.ts";
import {evaluate} from "../../../src/engine/train/metrics.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

const dataset = toyDataset({name: "circles", seed: 1, trainSize: 64, testSize: 8});
const smallNet = (isResidual: boolean) => buildModel(mlpSpec({units: 3, width: 8, batchNorm: true, preActivation: true, isResidual}), {seed: 2});

/** The model's evaluation-mode mean cross-entropy on the batch, read once. */
function evaluationLoss(model: Model, x: tf.Tensor, labels: tf.Tensor1D): number {
  const {lossSum, errors} = evaluate(model, x, labels, model.spec.classes);
  const value = lossSum.dataSync()[0] / x.shape[0];
  tf.dispose([lossSum, errors]);
  return value;
}

describe("measureLandscape", () => {
  it("has the model's own evaluation loss at the centre of the grid and of the slice", async () => {
    const model = smallNet(false);
    const {x, labels} = evaluationBatch(dataset, 32);
    const expected = tf.tidy(() => tf.div(evaluate(model, x, labels, 2).lossSum, 32).dataSync()[0]);
    const landscape = await measureLandscape(model, x, labels, {seed: 3, resolution: 5, sliceResolution: 7});
    expect(landscape.grid).toHaveLength(25);
    expect(landscape.slice).toHaveLength(7);
    expect(landscape.centre).toBe(expected);
    expect(landscape.grid[12]).toBe(expected);
    expect(landscape.slice[3]).toBe(expected);
    expect(landscape.examples).toBe(32);
    tf.dispose([x, labels]);
    model.dispose();
  });

  it("puts α along a row and β up the rows: a corner is the loss of θ + αδ + βη written by hand", async () => {
    const model = smallNet(true);
    const {x, labels} = evaluationBatch(dataset, 32);
    const landscape = await measureLandscape(model, x, labels, {seed: 3, resolution: 5, extent: 0.5, sliceResolution: 3});
    const theta = readTheta(model);
    const [delta, eta] = [filterNormalizedDirection(theta, 3, "delta"), filterNormalizedDirection(theta, 3, "eta")];
    const lossAt = (alpha: number, beta: number) => {
      theta.forEach((param, i) => tf.tidy(() => model.params[i].variable.assign(tf.tensor(displace(param.values, delta[i], eta[i], alpha, beta), param.shape as number[]))));
      const value = evaluationLoss(model, x, labels);
      theta.forEach((param, i) => tf.tidy(() => model.params[i].variable.assign(tf.tensor(param.values, param.shape as number[]))));
      return value;
    };
    expect(coordinate(0, 5, 0.5)).toBe(-0.5);
    expect(coordinate(4, 5, 0.5)).toBe(0.5);
    expect(landscape.grid[4]).toBeCloseTo(lossAt(0.5, -0.5), 5); // row 0 (β = −0.5), last column (α = 0.5)
    expect(landscape.grid[20]).toBeCloseTo(lossAt(-0.5, 0.5), 5); // last row (β = 0.5), first column (α = −0.5)
    expect(landscape.slice[0]).toBeCloseTo(lossAt(-0.5, 0), 5);
    expect(landscape.grid[4]).not.toBeCloseTo(landscape.grid[20], 3);
    tf.dispose([x, labels]);
    model.dispose();
  });

  it("restores θ bit for bit and leaks no tensors (an MLP and a conv net)", async () => {
    const conv = buildModel(mnistConvSpec({depth: 8, width: 2, isResidual: false}), {seed: 1});
    const images = {name: "noise", inputShape: [14, 14, 1], classes: 10, train: {count: 8, x: Float32Array.from({length: 8 * 196}, (_, k) => Math.sin(k)), y: Uint8Array.from({length: 8}, (_, k) => k)}, test: {count: 0, x: new Float32Array(0), y: new Uint8Array(0)}};
    for (const [model, data] of [[smallNet(false), dataset], [conv, images]] as const) {
      const {x, labels} = evaluationBatch(data as typeof dataset, 8);
      const before = readTheta(model).map((param) => param.values);
      const state = model.state.map((variable) => Array.from(variable.dataSync()));
      const tensors = tf.memory().numTensors;
      await measureLandscape(model, x, labels, {seed: 5, resolution: 3, sliceResolution: 3});
      expect(tf.memory().numTensors).toBe(tensors);
      expect(readTheta(model).map((param) => param.values)).toEqual(before);
      expect(model.state.map((variable) => Array.from(variable.dataSync()))).toEqual(state);
      tf.dispose([x, labels]);
      model.dispose();
    }
  });

  it("has the grid's centre row (β = 0) at every other point of a slice twice as fine", async () => {
    const model = smallNet(true);
    const {x, labels} = evaluationBatch(dataset, 16);
    const landscape = await measureLandscape(model, x, labels, {seed: 6, resolution: 5, sliceResolution: 9});
    expect(landscape.slice.filter((_, i) => i % 2 === 0)).toEqual(landscape.grid.slice(10, 15));
    tf.dispose([x, labels]);
    model.dispose();
  });

  it("reports each row and the slice, and refuses an even or oversized grid", async () => {
    const model = smallNet(false);
    const {x, labels} = evaluationBatch(dataset, 16);
    const calls: Array<[number, number]> = [];
    await measureLandscape(model, x, labels, {seed: 1, resolution: 3, sliceResolution: 5, onProgress: (done, total) => void calls.push([done, total])});
    expect(calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    await expect(measureLandscape(model, x, labels, {seed: 1, resolution: 4})).rejects.toThrow(RangeError);
    await expect(measureLandscape(model, x, labels, {seed: 1, resolution: 43})).rejects.toThrow(/odd integer in \[3, 41\]/);
    tf.dispose([x, labels]);
    model.dispose();
  });
});

describe("measureNet and judgeLandscape", () => {
  it("measure both twins on the first training examples and judge the pair", async () => {
    const request = {seed: 2, examples: 16, resolution: 5, extent: 1, sliceResolution: 5};
    const tensors = tf.memory().numTensors;
    const nets = [];
    for (const isResidual of [false, true]) {
      const model = smallNet(isResidual);
      nets.push(await measureNet(isResidual ? "residual-8" : "plain-8", model, dataset, request));
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(tensors);
    expect(nets.map((net) => [net.id, net.depth, net.isResidual])).toEqual([["plain-8", 8, false], ["residual-8", 8, true]]);
    expect(nets.every((net) => net.landscape.examples === 16 && net.metrics.basinShare > 0)).toBe(true);
    const verdict = judgeLandscape({kind: "landscape", ...request, nets})!;
    expect(verdict.kind).toBe("landscape");
    expect(verdict.depth).toBe(8);
    expect(verdict.roughnessRatio).toBeCloseTo(nets[0].metrics.roughness / nets[1].metrics.roughness, 10);
    expect(judgeLandscape({kind: "landscape", ...request, nets: nets.slice(0, 1)})).toBeNull();
  });
});
