/**
 * The Lab page's settings become runs for the worker: every control of the declared table reaches the spec, the
 * data or the training config; the twin differs only in its shortcuts; the time estimate scales with the work
 * and learns this browser's speed; captions carry every setting and the seed.
 */
import {describe, expect, it} from "vitest";
import {parseLabParams} from "../../../src/components/controls/urlState.ts";
import {describeRequest} from "../../../src/session/runCaption.ts";
import {DEFAULT_SPEED, describeEstimate, estimateRuns, loadCalibration, parallelWorkers, predictRunMs, roughDuration, saveCalibration} from "../../../src/session/estimate.ts";
import {generationFactor} from "../../../src/session/speedMemory.ts";
import {beginGeneration, initialSessionState} from "../../../src/session/sessionState.ts";
import {resolveTrainConfig} from "../../../src/engine/train/config.ts";
import {labRunRequests, labTrainConfig, type LabSettings} from "../../../src/components/labPage/labRuns.ts";
import {twinOf, type ConvNetSpec, type MlpSpec, type ModelSpec} from "../../../src/engine/spec.ts";

const settings = (query: string): LabSettings => parseLabParams("lab", query).values;

describe("labRunRequests", () => {
  it("trains the configured conv net and its plain twin on the MNIST subset by default", () => {
    const runs = labRunRequests(settings(""), "/mnist.bin");
    expect(runs.map((run) => [run.id, run.label])).toEqual([["residual", "ResNet-20"], ["plain", "plain-20"]]);
    expect(runs[1].spec).toEqual(twinOf(runs[0].spec, false));
    expect(runs[0].data).toEqual({kind: "mnist", url: "/mnist.bin"});
    expect(runs[0].config).toBe(runs[1].config);
  });

  it("passes every network setting into the spec", () => {
    const [run] = labRunRequests(settings("?depth=32&width=6&residual=false&unit=preact&shortcut=C&batchNorm=false&twin=false"), "");
    const spec = run.spec as ConvNetSpec;
    expect(spec.stages.map((stage) => [stage.units, stage.width])).toEqual([[5, 6], [5, 12], [5, 24]]);
    expect([spec.isResidual, spec.preActivation, spec.shortcut, spec.batchNorm, spec.name]).toEqual([false, true, "C", false, "plain-32"]);
    expect(labRunRequests(settings("?twin=false"), "")).toHaveLength(1);
  });

  it("passes every optimiser and run setting into the config, and a 2-D data set with its seed", () => {
    const values = settings("?dataset=checkerboard&units=5&hidden=24&learningRate=0.02&momentum=0.5&weightDecay=0.001&batchSize=128&steps=600&seed=42");
    const [run] = labRunRequests(values, "");
    expect(run.data).toEqual({kind: "toy", name: "checkerboard", seed: 42});
    expect(run.spec).toMatchObject({family: "mlp", units: 5, width: 24, inputDim: 2, classes: 2});
    expect(run.config).toMatchObject({steps: 600, batchSize: 128, lr: 0.02, momentum: 0.5, weightDecay: 0.001, seed: 42, boundary: {resolution: 32}});
    expect(labTrainConfig(settings("")).boundary).toBeNull();
  });

  it("spreads about 60 snapshots and 6 evaluations over a run, evaluations on snapshot steps", () => {
    for (const steps of [10, 300, 5000]) {
      const config = labTrainConfig(settings(`?steps=${steps}`));
      expect(Math.round(steps / config.snapshotEvery!)).toBeLessThanOrEqual(steps === 10 ? 10 : 60);
      expect(config.evalEvery! % config.snapshotEvery!).toBe(0);
      expect(Math.round(steps / config.evalEvery!)).toBeGreaterThanOrEqual(steps === 10 ? 1 : 5);
    }
  });
});

describe("the time estimate", () => {
  const conv = (query: string) => labRunRequests(settings(query), "")[0].spec;
  const budget = {steps: 300, batchSize: 32};

  it("grows with the conv net's multiply-adds and the MLP's depth, and with steps and batch size", () => {
    // Beyond the fixed cost of a step, time is proportional to the multiply-adds (ResNet-56 ≈ 3.1×, width 16 ≈ 4× ResNet-20 at width 8).
    const perExample = (spec: ModelSpec) => predictRunMs(spec, budget) - budget.steps * DEFAULT_SPEED.convStepMs;
    expect(perExample(conv("?depth=56"))).toBeGreaterThan(2.5 * perExample(conv("?depth=20")));
    expect(perExample(conv("?width=16"))).toBeGreaterThan(3.5 * perExample(conv("?width=8")));
    expect(predictRunMs(conv("?depth=56"), budget)).toBeGreaterThan(predictRunMs(conv("?depth=20"), budget));
    expect(predictRunMs(conv(""), {steps: 600, batchSize: 32})).toBeCloseTo(2 * predictRunMs(conv(""), budget));
    const mlp = (units: number) => labRunRequests(settings(`?dataset=spirals&units=${units}`), "")[0].spec as MlpSpec;
    expect(predictRunMs(mlp(27), budget)).toBeGreaterThan(predictRunMs(mlp(9), budget));
  });

  it("overlaps runs on separate workers and applies this browser's measured factor", () => {
    const spec = conv("");
    const one = estimateRuns([{spec, config: budget}], {workers: 2, backend: "wasm"});
    expect(estimateRuns([{spec, config: budget}, {spec, config: budget}], {workers: 2, backend: "wasm"}).ms).toBeCloseTo(one.ms);
    expect(estimateRuns([{spec, config: budget}, {spec, config: budget}], {workers: 1, backend: "wasm"}).ms).toBeCloseTo(2 * one.ms);
    const calibrated = estimateRuns([{spec, config: budget}], {workers: 2, backend: "wasm", calibration: {"conv/wasm": 3}});
    expect(calibrated.ms / one.ms).toBeCloseTo(3, 12);
    expect(calibrated.factor).toBe(3);
    expect(calibrated.basis).toMatch(/this browser's earlier runs/);
    expect(one.basis).toMatch(/rough guess/);
  });

  it("is within 2× of the Lab's own runs timed in Chromium on a 2-core machine before any calibration", () => {
    // Measured 2026-12-02 (src/session/estimate.ts): the page's default pair and three others, end to end.
    const measured: Array<[string, number]> = [["", 17_700], ["?depth=56", 41_200], ["?dataset=spirals", 4_000], ["?dataset=circles&units=27", 7_600]];
    for (const [query, ms] of measured) {
      const estimate = describeEstimate(labRunRequests(settings(query), ""), {backend: "wasm", calibration: {}, cores: 2}).ms;
      expect(estimate / ms, query || "default").toBeGreaterThan(0.5);
      expect(estimate / ms, query || "default").toBeLessThan(2);
    }
  });

  it("learns a factor from a finished generation and keeps it in storage (garbage ignored)", () => {
    const store = new Map<string, string>();
    const storage = {getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value)};
    const requests = labRunRequests(settings(""), "");
    const predicted = estimateRuns(requests.map((run) => ({spec: run.spec, config: resolveTrainConfig(run.config)})), {workers: parallelWorkers(2), backend: "wasm"}).ms;
    const finishedAfter = (ms: number) => ({...beginGeneration(initialSessionState(), requests, 0), phase: "finished" as const, finishedAt: ms});
    const factor = generationFactor(finishedAfter(DEFAULT_SPEED.startupMs + 2 * predicted), 2)!;
    expect(factor).toBeCloseTo(2);
    expect(generationFactor(finishedAfter(1000), 2)).toBeNull();
    expect(saveCalibration(storage, "conv/wasm", factor)).toEqual({"conv/wasm": factor});
    expect(saveCalibration(storage, "conv/wasm", 8)["conv/wasm"]).toBeCloseTo(4);
    expect(loadCalibration(storage)["conv/wasm"]).toBeCloseTo(4);
    store.set("rx-lab-speed-v1", "{not json");
    expect(loadCalibration(storage)).toEqual({});
    store.set("rx-lab-speed-v1", JSON.stringify({"conv/wasm": -1, "mlp/cpu": "x", "mlp/wasm": 2}));
    expect(loadCalibration(storage)).toEqual({"mlp/wasm": 2});
  });

  it("says a slow run is slow, in rough words", () => {
    expect(roughDuration(3_000)).toBe("about 5 s");
    expect(roughDuration(42_000)).toBe("about 40 s");
    expect(roughDuration(90_000)).toBe("1–2 min");
    expect(roughDuration(7.4 * 60_000)).toBe("about 7 min");
    const slow = describeEstimate(labRunRequests(settings("?depth=56&width=16"), ""), {backend: "wasm", calibration: {}, cores: 2});
    expect(slow.isSlow).toBe(true);
    expect(slow.text).toMatch(/^Training these 2 nets takes (about \d+ min|1–2 min) here \(a rough guess/);
    expect(describeEstimate(labRunRequests(settings("?dataset=circles&twin=false"), ""), {backend: "wasm", calibration: {}, cores: 2}).text).toMatch(/^Training this net takes about \d+ s/);
  });
});

describe("describeRequest", () => {
  it("names the nets, the data, every training setting, the seed and the backend", () => {
    const runs = labRunRequests(settings("?dataset=spirals&learningRate=0.05&seed=7&steps=200"), "");
    expect(describeRequest(runs, "wasm")).toBe(
      "residual MLP-18 vs plain MLP-18 · spirals · 200 SGD steps of 32, lr 0.05, momentum 0.9, weight decay 0.0001 · seed 7 · computed with WebAssembly"
    );
  });
});
