/**
 * data/responses-mnist.json summarised as the page draws and words it: four nets, one std per 3×3 layer, averaged
 * over its seeds; the findings recomputed by hand from the raw seeds.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {readExperimentFile, seedResults} from "../../../src/engine/experiments/experimentFile.ts";
import {netResponses, responseFindings} from "../../../src/engine/experiments/responses.ts";
import type {ResponsesAnalysis} from "../../../src/engine/experiments/runExperiment.ts";
import {responsesSentence} from "../../../src/components/reproductions/ResponsesChart.ts";

const file = readExperimentFile<ResponsesAnalysis>(JSON.parse(readFileSync("data/responses-mnist.json", "utf8")), "data/responses-mnist.json");

describe("the layer responses of the reference nets", () => {
  const nets = netResponses(file);

  it("has plain and residual nets at 20 and 56 layers, with 19 and 55 layers of responses, over every seed", () => {
    expect(nets.map((net) => [net.id, net.byLayer.length])).toEqual([["plain-20", 19], ["ResNet-20", 19], ["plain-56", 55], ["ResNet-56", 55]]);
    expect(nets[0].seeds).toBe(seedResults(file).length);
    for (const net of nets) {
      expect(net.ranked).toEqual([...net.ranked].sort((a, b) => b - a));
      expect(net.mean).toBeCloseTo(net.byLayer.reduce((a, b) => a + b, 0) / net.byLayer.length, 10);
    }
  });

  it("averages the raw seeds, and the findings follow from the means", () => {
    const raw = seedResults(file).map((seed) => seed.analysis!.runs.find((run) => run.id === "ResNet-56")!.std);
    const mean = raw.flat().reduce((a, b) => a + b, 0) / raw.flat().length;
    expect(nets[3].mean).toBeCloseTo(mean, 10);
    const findings = responseFindings(nets);
    for (const pair of findings.pairs) expect(findings.smallerAt.includes(pair.depth)).toBe(pair.residual < 0.95 * pair.plain);
    expect(findings.shrinksWithDepth).toBe(nets[3].mean < nets[1].mean);
    const sentence = responsesSentence(nets, findings);
    expect(sentence).toContain(`${nets[2].mean.toFixed(2)} for plain-56 against ${nets[3].mean.toFixed(2)} for ResNet-56`);
  });
});
