/**
 * The bench's whole-step GFLOP/s: the work counted per training image of each reference conv net, checked against a
 * count by hand, and the kernels' peak it is printed beside.
 */
import {describe, expect, it} from "vitest";
import {engineTable, kernelPeak, trainingFlopsPerImage} from "../../scripts/bench/report.ts";
import type {SuiteResult} from "../../scripts/bench/suite.ts";

/** Multiply-adds of one 14×14 image through the 20-layer net of widths 8/16/32 (3 units a stage), by hand. */
function plain20MultiplyAdds(): number {
  const conv = (outSide: number, inC: number, outC: number) => outSide * outSide * 9 * inC * outC;
  const stem = conv(14, 1, 8);
  const stage1 = 6 * conv(14, 8, 8);
  const stage2 = conv(7, 8, 16) + 5 * conv(7, 16, 16);
  const stage3 = conv(4, 16, 32) + 5 * conv(4, 32, 32);
  return stem + stage1 + stage2 + stage3 + 32 * 10;
}

const rates = (forward: number, backpropInput: number, backpropFilter: number) => ({forward, backpropInput, backpropFilter});

describe("the bench's step GFLOP/s", () => {
  it("counts 6 FLOPs per multiply-add of a training image, the same for a plain net and its twin", () => {
    expect(trainingFlopsPerImage("plain-20")).toBe(6 * plain20MultiplyAdds());
    expect(trainingFlopsPerImage("residual-20")).toBe(trainingFlopsPerImage("plain-20"));
    expect(trainingFlopsPerImage("plain-56") / trainingFlopsPerImage("plain-20")).toBeCloseTo(3.1, 1);
  });

  it("prints each conv row's GFLOP/s beside the project kernels' fastest product (never TF.js's own)", () => {
    const result = {
      environment: {},
      kernels: [
        {variant: "wasm-tfjs", shape: "a", rates: rates(90, 1, Number.NaN)},
        {variant: "wasm", shape: "b", rates: rates(40, 45.5, 30)},
        {variant: "wasm-fused-1t", shape: "b", rates: rates(35, 20, Number.NaN)}
      ],
      matMul: [],
      training: [],
      profiles: [],
      engine: [{variant: "wasm-fused", result: {family: "conv", model: "plain-20", imagesPerSecond: 1000, stepMs: 64}}],
      twins: []
    } as unknown as SuiteResult;
    expect(kernelPeak(result)).toEqual({gflops: 45.5, variant: "wasm", shape: "b"});
    const text = engineTable(result, []);
    expect(text).toContain("fastest convolution product in this run, 45.5 GFLOP/s (wasm, b)");
    expect(text.split("\n").at(-1)!.trim().endsWith((trainingFlopsPerImage("plain-20") * 1000 / 1e9).toFixed(1))).toBe(true);
  });
});
