import {describe, expect, it} from "vitest";
import {EXPERIMENT_FILE_VERSION, ExperimentFileError, experimentFile, readExperimentFile, seedResults, serializeExperimentFile, type SeedResult} from "../../../src/engine/experiments/experimentFile.ts";

const seed = (n: number, holds: boolean): SeedResult => ({
  seed: n,
  description: "test",
  data: {kind: "toy", name: "circles", seed: n},
  backend: {backend: "cpu", reason: "test"},
  runs: [{id: "plain-8", spec: {} as never, config: {} as never, curve: [], final: {status: "done", steps: 1, loss: 0.123456789, trainError: 0.5, testError: null, imagesPerSecond: 1, elapsedMs: 1}}],
  verdict: {kind: "single", holds}
});
const header = {preset: "degradation", command: "npm run experiment -- degradation", createdAt: "2026-12-02T00:00:00.000Z", config: {seed: 1, steps: null, data: "circles", units: "preact", backend: "cpu"}};

describe("experiment files", () => {
  it("hold one seed at the top level, several under experiments with a summary; numbers keep 6 digits", () => {
    const one = experimentFile(header, [seed(1, true)]);
    expect(one).toMatchObject({version: EXPERIMENT_FILE_VERSION, preset: "degradation", seed: 1});
    expect(seedResults(one)).toHaveLength(1);
    const many = experimentFile(header, [seed(1, true), seed(2, false)]);
    expect("summary" in many && many.summary).toEqual([
      {seed: 1, holds: true, losses: {"plain-8": 0.123456789}},
      {seed: 2, holds: false, losses: {"plain-8": 0.123456789}}
    ]);
    const text = serializeExperimentFile(many);
    expect(text.endsWith("}\n")).toBe(true);
    expect(seedResults(readExperimentFile(JSON.parse(text))).map((s) => s.runs[0].final.loss)).toEqual([0.123457, 0.123457]);
    expect(() => experimentFile(header, [])).toThrow(RangeError);
  });

  it("refuse what is not one, or one of another version, saying what to do", () => {
    const file = JSON.parse(serializeExperimentFile(experimentFile(header, [seed(1, true)])));
    expect(readExperimentFile(file)).toBe(file);
    const {version: _version, ...unversioned} = file;
    expect(() => readExperimentFile(unversioned, "data/old.json")).toThrow(/data\/old\.json has no version; this code reads version 1\. Make it again with its command: npm run experiment -- degradation/);
    expect(() => readExperimentFile({...file, version: 2})).toThrow(ExperimentFileError);
    expect(() => readExperimentFile({...file, version: "1"})).toThrow(/is of version "1"/);
    expect(() => readExperimentFile([], "x")).toThrow(/x is not an experiment file/);
    expect(() => readExperimentFile({version: 1}, "x")).toThrow(/no preset or command/);
    expect(() => readExperimentFile({...file, runs: undefined}, "x")).toThrow(/no runs/);
  });
});
