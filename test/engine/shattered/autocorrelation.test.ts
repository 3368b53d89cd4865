/** The autocorrelation function against sequences whose autocorrelation is known by hand. */
import {describe, expect, it} from "vitest";
import {autocorrelation} from "../../../src/engine/shattered/autocorrelation.ts";

describe("autocorrelation", () => {
  it("is 1 at lag 0 and matches the estimator written out for a short sequence", () => {
    // g = 1, 2, 3, 4: mean 2.5, centred −1.5 −0.5 0.5 1.5, Σ² = 5; lag 1: (0.75 − 0.25 + 0.75)/5 = 0.25; lag 2: (−0.75 − 0.75)/5 = −0.3; lag 3: −2.25/5.
    expect(autocorrelation([1, 2, 3, 4], 3)).toEqual([1, 0.25, -0.3, -0.45].map((value) => expect.closeTo(value, 12)));
  });

  it("is −(n−1)/n at lag 1 for an alternating sequence (the roughest signal) and clamps the lag to n − 1", () => {
    const alternating = Array.from({length: 10}, (_, i) => (i % 2 === 0 ? 1 : -1));
    const acf = autocorrelation(alternating, 50);
    expect(acf).toHaveLength(10);
    expect(acf[1]).toBeCloseTo(-0.9, 12);
    expect(acf[2]).toBeCloseTo(0.8, 12);
  });

  it("is close to 1 at lag 1 for a random walk (brown noise) and close to 0 for independent draws (white noise)", () => {
    let state = 12345;
    const uniform = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5;
    const white = Array.from({length: 4096}, uniform);
    let position = 0;
    const brown = white.map((step) => (position += step));
    expect(Math.abs(autocorrelation(white, 1)[1])).toBeLessThan(0.05);
    expect(autocorrelation(brown, 1)[1]).toBeGreaterThan(0.95);
  });

  it("calls a constant sequence perfectly smooth, and refuses an empty one", () => {
    expect(autocorrelation([3, 3, 3], 2)).toEqual([1, 1, 1]);
    expect(() => autocorrelation([], 2)).toThrow(RangeError);
  });
});
