import {execFile} from "node:child_process";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import {PRESET_NAMES, presetExperiment} from "../../../src/engine/experiments/presets.ts";
import {summarizeRun} from "../../../src/engine/experiments/summary.ts";
import {degradationVerdict} from "../../../src/engine/experiments/verdict.ts";
import {depthOf, mlpSpec} from "../../../src/engine/spec.ts";
import {resolveTrainConfig} from "../../../src/engine/train/config.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const snapshot = (step: number, loss: number, testError: number | null = null): Snapshot => ({
  step, epoch: 0, loss, trainError: loss / 2, testError, testLoss: null, gradNorms: null, identity: null, lr: 0.1,
  imagesPerSecond: 100, elapsedMs: step * 10, status: step === 100 ? "done" : "running", boundary: null
});

describe("experiment presets", () => {
  it("pair plain and residual twins at 20 and 56 layers for the degradation check, and sweep 8 … 56", () => {
    const degradation = presetExperiment("degradation", {seed: 3});
    expect(degradation.runs.map((run) => run.id)).toEqual(["plain-20", "residual-20", "plain-56", "residual-56"]);
    expect(degradation.runs.map((run) => depthOf(run.spec))).toEqual([20, 20, 56, 56]);
    expect(degradation.data).toEqual({kind: "toy", name: "circles", seed: 3});
    expect(degradation.runs.every((run) => run.config.seed === 3)).toBe(true);
    expect(presetExperiment("depth-sweep").runs.map((run) => depthOf(run.spec))).toEqual([8, 8, 14, 14, 20, 20, 32, 32, 44, 44, 56, 56]);
    const conv = presetExperiment("degradation", {data: "mnist"});
    expect(conv.runs.map((run) => run.spec.name)).toEqual(["plain-20", "ResNet-20", "plain-56", "ResNet-56"]);
    const training = PRESET_NAMES.filter((name) => name !== "shattered");
    expect(training.map((name) => presetExperiment(name, {data: "mnist"}).runs.length)).toEqual([4, 12, 2, 4, 4, 2]);
    // the lesion preset trains one pair of pre-activation twins at 20 layers, whatever the family's own default unit
    expect(presetExperiment("lesion", {data: "mnist"}).runs.map((run) => [run.spec.name, "preActivation" in run.spec && run.spec.preActivation])).toEqual([["plain-20", true], ["ResNet-20", true]]);
    // the shattered preset trains nothing: it names the nets to measure at initialisation, and refuses training options
    const shattered = presetExperiment("shattered", {seed: 5});
    expect(shattered.runs).toEqual([]);
    expect(shattered.analysis).toBe("shattered");
    expect(shattered.data).toEqual({kind: "line", points: 256, from: -2, to: 2});
    expect(shattered.shattered).toEqual({seed: 5, depths: [2, 8, 14, 20, 26, 32, 38, 44, 50, 56]});
    expect(() => presetExperiment("shattered", {data: "mnist"})).toThrow(/no --data/);
    // the responses preset is the MNIST degradation nets at the full budget, measured after training; it refuses what it cannot measure
    const responses = presetExperiment("responses", {data: "mnist", seed: 2});
    const nets = (runs: typeof responses.runs) => runs.map((run) => [run.id, run.spec, run.config.seed]);
    expect(nets(responses.runs)).toEqual(nets(presetExperiment("degradation", {data: "mnist", seed: 2}).runs));
    expect(responses.analysis).toBe("responses");
    expect(() => presetExperiment("responses")).toThrow(/use --data mnist/);
    expect(() => presetExperiment("responses", {data: "mnist", preActivation: true})).toThrow(/original unit/);
  });

  it("warm the conv nets up for the first sixth of the steps: at 0.01 at the full budget, at 0.02 at the lab's (the MLPs need no warm-up)", () => {
    for (const preset of ["grad-flow", "responses", "landscape", "lesion"] as const) {
      for (const run of presetExperiment(preset, {data: "mnist"}).runs) expect(resolveTrainConfig(run.config)).toMatchObject({steps: 300, batchSize: 64, lr: 0.1, evalSize: 0, warmup: {steps: 50, lr: 0.01}});
    }
    for (const preset of ["degradation", "depth-sweep"] as const) {
      for (const run of presetExperiment(preset, {data: "mnist"}).runs) expect(resolveTrainConfig(run.config)).toMatchObject({steps: 200, batchSize: 32, lr: 0.1, evalSize: 500, warmup: {steps: 33, lr: 0.02}});
    }
    for (const run of presetExperiment("depth-sweep", {data: "mnist", steps: 30}).runs) expect(resolveTrainConfig(run.config).warmup).toEqual({steps: 5, lr: 0.02});
    for (const run of presetExperiment("degradation").runs) expect(resolveTrainConfig(run.config).warmup).toBeNull();
  });
});

describe("run summaries", () => {
  it("average the last 10% of the steps and keep the last test error", () => {
    const snapshots = [snapshot(0, 0.7, 0.5), ...Array.from({length: 10}, (_, i) => snapshot(10 * (i + 1), i < 9 ? 0.5 : 0.3, i === 4 ? 0.2 : null))];
    const {final, curve} = summarizeRun(snapshots, resolveTrainConfig({steps: 100, batchSize: 10}));
    expect(curve).toHaveLength(11);
    expect(final.loss).toBeCloseTo(0.3);
    expect(final.testError).toBe(0.2);
    expect(final.imagesPerSecond).toBeCloseTo(1000);
  });

  it("call degradation only when the deep plain net is clearly above the shallow one and the deep residual is not", () => {
    const run = (units: number, isResidual: boolean, loss: number) => ({spec: mlpSpec({units, isResidual}), final: {loss} as never});
    const verdict = (deepPlain: number, deepResidual: number) =>
      degradationVerdict([run(9, false, 0.1), run(9, true, 0.08), run(27, false, deepPlain), run(27, true, deepResidual)])!;
    expect(verdict(0.68, 0.07)).toMatchObject({plainDegrades: true, residualDegrades: false, holds: true, margin: 0.05});
    expect(verdict(0.14, 0.07).holds).toBe(false);
    expect(verdict(0.68, 0.6).holds).toBe(false);
    expect(verdict(Number.NaN, 0.07).plainDegrades).toBe(true);
  });
});

describe("the experiment CLI", () => {
  it("prints the config, and per run its spec, curve and final figures; rejects bad arguments", {timeout: 120_000}, async () => {
    const run = promisify(execFile);
    const {stdout, stderr} = await run("npx", ["tsx", "scripts/experiment.ts", "grad-flow", "--steps", "3", "--seed", "2", "--backend", "cpu"]);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({preset: "grad-flow", config: {seed: 2, steps: 3, data: "circles", backend: "cpu"}, backend: {backend: "cpu"}});
    expect(output.runs.map((r: {id: string}) => r.id)).toEqual(["plain-56", "residual-56"]);
    for (const result of output.runs) {
      expect(result.curve.map((point: {step: number}) => point.step)).toEqual([0, 3]);
      expect(result.final).toMatchObject({status: "done", steps: 3});
      expect(result.gradients[0].gradNorms).toHaveLength(28);
    }
    expect(output.runs[1].gradients[0].identity).toHaveLength(27);
    expect(stderr).toMatch(/backend: cpu/);
    await expect(run("npx", ["tsx", "scripts/experiment.ts", "nonsense"])).rejects.toMatchObject({code: 2, stderr: expect.stringMatching(/unknown preset/)});
    await expect(run("npx", ["tsx", "scripts/experiment.ts", "degradation", "--steps", "-4"])).rejects.toMatchObject({code: 2});
  });
});
