/**
 * Backend choice: a requested backend that cannot run here falls back along webgl → wasm → cpu and says so
 * (never straight to cpu, which trains conv nets ~200× slower than wasm with the project's kernels).
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

  it("keeps cpu when cpu is asked for", async () => {
    const report = await initBackend({preference: "cpu"});
    expect([report.backend, report.reason]).toEqual(["cpu", "cpu (plain JavaScript), as requested"]);
  });
});
