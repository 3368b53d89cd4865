import {cpus} from "node:os";
import {describe, expect, it} from "vitest";
import {verifyInBrowser} from "../../../scripts/bench/browser.ts";

/** Tolerance: max |wasm − cpu| ≤ 1e-4 · max |cpu|, as in Node (fused multiply-adds round differently). */
const TOLERANCE = 1e-4;

describe("the kernels in headless Chromium (cross-origin isolated, as the site serves them)", () => {
  it("run embedded in a bundled worker, with relaxed SIMD and helper threads, and match the cpu backend", async () => {
    const {maxError, errors, status} = await verifyInBrowser();
    expect(status.simdError).toBeNull();
    expect(status.isRelaxedSimd).toBe(true);
    expect(status.threadError).toBeNull();
    expect(status.threads).toBe(Math.min(cpus().length, 4));
    expect(errors.length).toBe(5);
    expect(maxError).toBeLessThan(TOLERANCE);
  });
});
