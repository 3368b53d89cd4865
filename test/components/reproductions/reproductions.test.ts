/**
 * The Results page's summary of the reference runs: means and ranges over seeds, the degradation verdicts,
 * duplicate points, the join with Table 6, and
 * the facts the prose quotes — all read from the committed files in data/.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {comparisonRows} from "../../../src/components/reproductions/PaperComparison.ts";
import {uniquePoints} from "../../../src/components/reproductions/DepthErrorChart.ts";
import {convFacts, describeMisses, reproductionFacts, type ReferenceFiles} from "../../../src/components/reproductions/facts.ts";
import {depthPoints, summarizeFile} from "../../../src/components/reproductions/summarize.ts";
import {seedResults, type ExperimentFile} from "../../../src/engine/experiments/experimentFile.ts";
import {HE2015_TABLE6} from "../../../src/data/papers/index.ts";

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), "utf8")) as ExperimentFile;
const files: ReferenceFiles = {
  "degradation.json": read("degradation.json"),
  "degradation-original.json": read("degradation-original.json"),
  "degradation-spirals.json": read("degradation-spirals.json"),
  "depth-sweep.json": read("depth-sweep.json")
};


describe("summarizeFile", () => {
  it("averages each net's final figures over the seeds of a multi-seed file", () => {
    const file = files["degradation.json"] as {experiments: Array<{seed: number; runs: Array<{id: string; final: {loss: number; trainError: number}}>}>};
    const summary = summarizeFile(files["degradation.json"]);
    expect(summary.nets.map((net) => net.id)).toEqual(["plain-20", "residual-20", "plain-56", "residual-56"]);
    const losses = file.experiments.map((seed) => seed.runs.find((run) => run.id === "plain-56")!.final.loss);
    const plain56 = summary.nets[2];
    expect(plain56.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plain56.loss.mean).toBeCloseTo(losses.reduce((a, b) => a + b) / losses.length, 12);
    expect([plain56.loss.min, plain56.loss.max]).toEqual([Math.min(...losses), Math.max(...losses)]);
    expect(plain56.layers).toBe(56);
    expect(summary.reproduced).toEqual({holds: 10, of: 10});
    expect([summary.data, summary.units, summary.steps, summary.batchSize]).toEqual(["circles", "pre-activation", 300, 64]);
  });

  it("reads a one-seed file (depth sweep) the same way", () => {
    const sweep = summarizeFile(files["depth-sweep.json"]);
    expect(sweep.nets.map((net) => net.layers)).toEqual([8, 8, 14, 14, 20, 20, 32, 32, 44, 44, 56, 56]);
    expect(sweep.nets.every((net) => net.seeds.length === 1 && net.loss.min === net.loss.max)).toBe(true);
    expect(seedResults(files["depth-sweep.json"])).toHaveLength(1);
  });

  it("counts the degradation verdicts of each file, and says why a seed missed", () => {
    for (const name of ["degradation.json", "degradation-original.json", "degradation-spirals.json"] as const) {
      const file = files[name] as unknown as {experiments: Array<{verdict: {holds: boolean}}>};
      const holds = file.experiments.filter((seed) => seed.verdict.holds).length;
      expect(summarizeFile(files[name]).reproduced, name).toEqual({holds, of: file.experiments.length});
      if (holds === file.experiments.length) expect(describeMisses(files[name]), name).toBe("");
    }
    // A seed whose verdict failed is named with the two losses that decided it.
    const missed = structuredClone(files["degradation-original.json"]) as unknown as {experiments: Array<{seed: number; verdict: {holds: boolean; losses: {deepResidual: number; shallowPlain: number}}}>};
    const eighth = missed.experiments.find((seed) => seed.seed === 8)!;
    eighth.verdict = {...eighth.verdict, holds: false, losses: {...eighth.verdict.losses, deepResidual: 0.166, shallowPlain: 0.099}};
    const original = files["degradation-original.json"] as unknown as typeof missed;
    const wasHolding = original.experiments.find((seed) => seed.seed === 8)!.verdict.holds;
    expect(summarizeFile(missed as unknown as ExperimentFile).reproduced.holds).toBe(summarizeFile(original as unknown as ExperimentFile).reproduced.holds - (wasHolding ? 1 : 0));
    expect(describeMisses(missed as unknown as ExperimentFile)).toMatch(/^Where it did not \(seed 8\), the 56-layer residual net itself ended at a loss of 0\.166, above plain-20's 0\.099/);
  });
});

describe("chart and comparison data", () => {
  it("drop a point two files share (same kind, depth and seed) and keep the rest", () => {
    const line = depthPoints([{file: files["depth-sweep.json"], source: "depth-sweep.json"}]);
    const dots = depthPoints([{file: files["degradation.json"], source: "degradation.json"}]);
    const unique = uniquePoints([...line, ...dots]);
    expect(unique).toHaveLength(12 + 40 - 4);
    const shared = dots.find((point) => point.seed === 1 && point.depth === 56 && !point.isResidual)!;
    expect(line.find((point) => point.depth === 56 && !point.isResidual)!.value).toBe(shared.value);
  });

  it("join Table 6's ResNets with our nets by depth", () => {
    const rows = comparisonRows(HE2015_TABLE6, summarizeFile(files["depth-sweep.json"]).nets);
    expect(rows.map((row) => row.layers)).toEqual([8, 14, 20, 32, 44, 56, 110]);
    const row20 = rows.find((row) => row.layers === 20)!;
    expect([row20.paperParams, row20.paperTestError, row20.ourPlain?.name, row20.ourResidual?.name]).toEqual(["0.27M", 8.75, "plain MLP-20", "residual MLP-20"]);
    expect(rows.at(-1)).toMatchObject({layers: 110, paperTestError: 6.43, ourPlain: null, ourResidual: null});
  });

  it("give the prose its numbers", () => {
    const facts = reproductionFacts(files, HE2015_TABLE6);
    const sweep = files["depth-sweep.json"] as {runs: Array<{id: string; final: {trainError: number}}>};
    expect(facts.sweepError("plain-56")).toBe(`${(100 * sweep.runs.find((run) => run.id === "plain-56")!.final.trainError).toFixed(1)}%`);
    expect(facts.layers).toEqual({min: 8, max: 56});
    expect(facts.paperParams).toBe("0.27M to 1.7M");
    expect(facts.examplesSeen).toBe((300 * 64).toLocaleString("en-US"));
    expect(facts.seedRange).toBe("1–10");
  });

  it("give the conv section its numbers, from the MNIST files", () => {
    const conv = convFacts({"degradation-mnist.json": read("degradation-mnist.json"), "depth-sweep-mnist.json": read("depth-sweep-mnist.json")});
    const sweep = read("depth-sweep-mnist.json") as {runs: Array<{id: string; final: {trainError: number; testError: number}}>};
    const run = (id: string) => sweep.runs.find((r) => r.id === id)!;
    expect(conv.depths).toEqual([8, 14, 20, 32, 44, 56]);
    expect(conv.trainError("plain-56")).toBe(`${(100 * run("plain-56").final.trainError).toFixed(1)}%`);
    expect(conv.testError("ResNet-56")).toBe(`${(100 * run("ResNet-56").final.testError).toFixed(1)}%`);
    expect(conv.warmup).toBe("33 steps at lr 0.02");
    expect(conv.testDigits).toBe("500");
    expect(conv.degradation.reproduced.of).toBe(10);
    // conv nets' parameters come from the architecture arithmetic (ResNet-20 at widths 8/16/32 on 14×14×1, 10 classes)
    expect(conv.degradation.nets.every((net) => typeof net.params === "number" && net.params > 0)).toBe(true);
    expect(() => conv.trainError("plain-110")).toThrow(/no plain-110/);
  });
});

