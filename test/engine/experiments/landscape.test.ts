/**
 * The landscape preset end to end on a tiny budget: both twins train, each is measured in the trainer's onDone hook
 * before its tensors go, the verdict is the landscape verdict; and the file's summary for the page and data/README.md.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {toyDataset} from "../../../src/engine/data/toy2d.ts";
import {experimentFile, readExperimentFile, serializeExperimentFile} from "../../../src/engine/experiments/experimentFile.ts";
import {landscapeSummary} from "../../../src/engine/experiments/landscapeSummary.ts";
import {LANDSCAPE_DEPTHS, presetExperiment} from "../../../src/engine/experiments/presets.ts";
import {runExperiment} from "../../../src/engine/experiments/runExperiment.ts";
import type {LandscapeAnalysis} from "../../../src/engine/landscape/analysis.ts";
import {depthOf} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

describe("the landscape preset", () => {
  it("trains the 56-layer twins (MLPs) or the 20- and 56-layer twins (conv nets), and asks for a 21×21 grid on 256 examples", () => {
    const mlp = presetExperiment("landscape", {seed: 4});
    expect(mlp.runs.map((run) => run.id)).toEqual(["plain-56", "residual-56"]);
    expect(mlp.analysis).toBe("landscape");
    expect(mlp.landscape).toEqual({seed: 4, examples: 256, resolution: 21, extent: 1, sliceResolution: 41});
    expect(mlp.runs).toEqual(presetExperiment("degradation", {seed: 4}).runs.filter((run) => depthOf(run.spec) === 56));
    const conv = presetExperiment("landscape", {data: "mnist"});
    expect(conv.runs.map((run) => depthOf(run.spec))).toEqual([...LANDSCAPE_DEPTHS.conv].flatMap((depth) => [depth, depth]));
  });

  it("measures each trained net before its tensors go, judges the pair, and summarises seeds", async () => {
    const base = presetExperiment("landscape", {seed: 3, steps: 4});
    const experiment = {
      ...base,
      runs: base.runs.map((run) => ({...run, spec: {...run.spec, units: 2}, config: {...run.config, snapshotEvery: 2, evalEvery: 0}})),
      landscape: {...base.landscape!, examples: 32, resolution: 5, sliceResolution: 5}
    };
    const dataset = toyDataset({name: "circles", seed: 3, trainSize: 64, testSize: 16});
    const tensors = tf.memory().numTensors;
    const measured: number[] = [];
    const result = await runExperiment(experiment, dataset, undefined, (done) => measured.push(done));
    expect(tf.memory().numTensors).toBe(tensors);
    expect(measured).toEqual([1, 2]);
    const analysis = result.analysis as LandscapeAnalysis;
    expect(analysis.kind).toBe("landscape");
    expect(analysis.nets.map((net) => [net.id, net.isResidual, net.landscape.grid.length])).toEqual([["plain-56", false, 25], ["residual-56", true, 25]]);
    expect(result.verdict).toMatchObject({kind: "landscape", depth: 6});
    // The two nets' centres are their own evaluation losses after training: different nets, different numbers.
    expect(analysis.nets[0].landscape.centre).not.toBe(analysis.nets[1].landscape.centre);

    const seed = (n: number) => ({seed: n, description: experiment.description, data: experiment.data, backend: {backend: "cpu", reason: "test"}, runs: result.runs, verdict: result.verdict, analysis});
    const header = {preset: "landscape", command: "npm run experiment -- landscape --seeds 3,4", createdAt: "2026-12-03T00:00:00Z", config: {seeds: [3, 4], steps: 4, data: "circles", units: "preact", backend: "cpu"}};
    const file = readExperimentFile<LandscapeAnalysis>(JSON.parse(serializeExperimentFile(experimentFile(header, [seed(3), seed(4)]))));
    const summary = landscapeSummary(file);
    expect(summary.seeds.map((row) => row.seed)).toEqual([3, 4]);
    expect(summary.held + summary.failing.length).toBe(2);
    expect(summary.seeds[0].roughnessRatio).toBeCloseTo(result.verdict!.kind === "landscape" ? result.verdict!.roughnessRatio : Number.NaN, 4);
    expect(summary.means.map((net) => net.id)).toEqual(["plain-56", "residual-56"]);
    expect(summary.means[0].roughness).toBeCloseTo(analysis.nets[0].metrics.roughness, 4);
    expect(summary.example.nets[1].landscape.grid).toHaveLength(25);
    expect(() => landscapeSummary({...file, experiments: []} as never)).toThrow(/no landscape analysis/);
  });
});
