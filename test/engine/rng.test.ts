import {describe, expect, it} from "vitest";
import {createRng, fillNormal, permutation, streamSeed} from "../../src/engine/rng.ts";

describe("seeded random numbers", () => {
  it("repeat exactly for the same seed and stream", () => {
    const a = createRng(42, "init");
    const b = createRng(42, "init");
    expect(Array.from({length: 100}, () => a.uniform())).toEqual(Array.from({length: 100}, () => b.uniform()));
  });

  it("differ between seeds and between streams of one seed", () => {
    const draw = (seed: number, stream: string) => Array.from({length: 8}, createRng(seed, stream).uniform);
    expect(draw(1, "init")).not.toEqual(draw(2, "init"));
    expect(draw(1, "init")).not.toEqual(draw(1, "shortcut"));
    expect(streamSeed(1, "init")).not.toBe(streamSeed(1, "shuffle"));
  });

  it("fillNormal gives the same values as repeated normal()", () => {
    const values = fillNormal(createRng(7), new Float64Array(101), 0.5);
    const rng = createRng(7);
    expect(Array.from(values)).toEqual(Array.from({length: 101}, () => rng.normal() * 0.5));
  });

  it("normal draws have mean ≈ 0 and standard deviation ≈ 1", () => {
    const values = fillNormal(createRng(3), new Float64Array(200_000), 1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(std - 1)).toBeLessThan(0.01);
  });

  it("permutation contains every index once", () => {
    const order = permutation(createRng(5), 1000);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({length: 1000}, (_, i) => i));
    expect([...order]).not.toEqual(Array.from({length: 1000}, (_, i) => i));
  });
});
