import {describe, expect, it} from "vitest";
import {describeAdapter, detectGpu, detectWebGpu} from "../../src/engine/gpu.ts";

describe("which GPU a backend would run on", () => {
  it("tells a software WebGPU adapter from a real one", () => {
    expect(describeAdapter({info: {vendor: "google", architecture: "swiftshader"}})).toEqual({renderer: "google swiftshader", isReal: false});
    expect(describeAdapter({info: {vendor: "mesa", description: "llvmpipe (LLVM 15.0.6, 256 bits)"}}).isReal).toBe(false);
    expect(describeAdapter({isFallbackAdapter: true, info: {vendor: "intel"}}).isReal).toBe(false);
    expect(describeAdapter({info: {vendor: "intel", architecture: "gen-12lp"}})).toEqual({renderer: "intel gen-12lp", isReal: true});
    expect(describeAdapter({}).renderer).toBe("an unnamed adapter");
  });

  it("finds neither WebGL nor WebGPU in Node", async () => {
    expect(detectGpu()).toBeNull();
    expect(await detectWebGpu()).toBeNull();
  });
});
