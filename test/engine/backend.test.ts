/**
 * Backend choice: a requested backend that cannot run here falls back along webgpu → webgl → wasm → cpu and says so
 * (never straight to cpu, which trains conv nets ~200× slower than wasm with the project's kernels); the timed
 * probe runs only where more than one fast backend can run.
 */
import * as tf from "@tensorflow/tfjs-core";
import {afterAll, describe, expect, it} from "vitest";
import {initBackend} from "../../src/engine/backend.ts";

describe("initBackend", () => {
  afterAll(async () => {
    await tf.setBackend("cpu");
  });

  it("falls back from webgl (no GPU in Node) to wasm, naming why", async () => {
    const report = await initBackend({preference: "webgl", family: "conv"});
    expect(report.backend).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
    expect(report.reason).toMatch(/^wasm \(WebAssembly.*the project's convolutions on 1 thread; project kernels: .*Conv2DBackpropFilter.*\), fallback; not webgl: /);
  });

  it("falls back from webgpu (none in Node) to wasm, naming why", async () => {
    const report = await initBackend({preference: "webgpu", family: "conv"});
    expect(report.backend).toBe("wasm");
    expect(report.reason).toMatch(/, fallback; not webgpu: no WebGPU here; not webgl: no WebGL here$/);
  });

  it("times nothing when only one fast backend can run: auto takes wasm without calling the probe", async () => {
    let probed = 0;
    const report = await initBackend({preference: "auto", family: "conv", probe: async () => ++probed});
    expect([report.backend, probed, report.facts?.probeMs]).toEqual(["wasm", 0, undefined]);
    expect(report.reason).toMatch(/^wasm \(WebAssembly.*\), chosen automatically$/);
  });

  it("keeps cpu when cpu is asked for", async () => {
    const report = await initBackend({preference: "cpu"});
    expect([report.backend, report.reason]).toEqual(["cpu", "cpu (plain JavaScript), as requested"]);
  });
});
