/** The landscape's figures on surfaces whose answers are known: a bowl, an egg crate, a tilted plane, hand-made grids. */
import {describe, expect, it} from "vitest";
import {coordinate} from "../../../src/engine/landscape/landscape.ts";
import {basinLevel, centralBasinShare, gridLocalMinima, landscapeMetrics, lineLocalMinima, logRoughness} from "../../../src/engine/landscape/metric.ts";

const N = 21;
/** f(α, β) sampled like the engine's grid: row r is β_r, column c is α_c, both on [−1, 1]. */
function surface(f: (alpha: number, beta: number) => number, resolution = N): number[] {
  return Array.from({length: resolution * resolution}, (_, cell) => f(coordinate(cell % resolution, resolution, 1), coordinate(Math.floor(cell / resolution), resolution, 1)));
}
const bowl = (alpha: number, beta: number) => 0.05 + alpha * alpha + beta * beta;
/** Ripples of period 0.4 on a gentle bowl: 25 dimples inside [−1, 1]². */
const eggCrate = (alpha: number, beta: number) => 1.2 + Math.cos(5 * Math.PI * alpha) * Math.cos(5 * Math.PI * beta) + 0.1 * (alpha * alpha + beta * beta);

describe("logRoughness", () => {
  it("is zero where ln L is linear (L = e^(2α − β)) and small on a smooth bowl", () => {
    expect(logRoughness(surface((a, b) => Math.exp(2 * a - b)), N)).toBeCloseTo(0, 12);
    const r = logRoughness(surface(bowl), N);
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(0.1);
  });

  it("is many times larger on an egg crate than on a bowl, and blind to a constant factor on the loss", () => {
    const [smooth, rough] = [logRoughness(surface(bowl), N), logRoughness(surface(eggCrate), N)];
    expect(rough / smooth).toBeGreaterThan(10);
    expect(logRoughness(surface((a, b) => 1000 * bowl(a, b)), N)).toBeCloseTo(smooth, 10);
  });

  it("is the mean |Δ²| of ln L over both axes: a single spike on a 3×3 grid", () => {
    // ln L = 0 except the centre, ln L = 1: the centre row and column each have one second difference of −2; the
    // other two rows and columns have 0. Mean of |−2|, |−2|, 0, 0, 0, 0 = 2/3.
    const grid = [1, 1, 1, 1, Math.E, 1, 1, 1, 1];
    expect(logRoughness(grid, 3)).toBeCloseTo(2 / 3, 12);
  });

  it("takes a non-finite loss as a huge one rather than failing", () => {
    const grid = [1, 1, 1, 1, Number.POSITIVE_INFINITY, 1, 1, 1, 1];
    expect(Number.isFinite(logRoughness(grid, 3))).toBe(true);
    expect(logRoughness(grid, 3)).toBeGreaterThan(40);
  });
});

describe("centralBasinShare", () => {
  it("on a bowl is the share of cells inside the level's circle", () => {
    const level = 0.05 + 0.5;
    const inside = surface(bowl).filter((value) => value <= level).length;
    expect(centralBasinShare(surface(bowl), N, level)).toBe(inside / (N * N));
    expect(inside).toBeGreaterThan(40);
  });

  it("counts only the region connected to the centre (4-neighbours), and 0 when the centre is above the level", () => {
    const grid = [
      0, 9, 9, 9, 0, //
      9, 9, 1, 9, 9,
      9, 1, 0, 9, 0,
      9, 9, 9, 1, 9,
      0, 9, 9, 9, 0
    ];
    // The centre (0) and its upper and left neighbours (1) form the basin at level 1; (3, 3) touches the centre only
    // diagonally, (2, 4) and the corners are low but cut off.
    expect(centralBasinShare(grid, 5, 1)).toBe(3 / 25);
    expect(centralBasinShare(grid, 5, 0.5)).toBe(1 / 25);
    expect(centralBasinShare(grid.map((v, i) => (i === 12 ? 5 : v)), 5, 1)).toBe(0);
    expect(centralBasinShare(grid.map((v, i) => (i === 12 ? Number.NaN : v)), 5, 100)).toBe(0);
  });
});

describe("local minima", () => {
  it("a bowl has one in the grid and one in a line; an egg crate many", () => {
    expect(gridLocalMinima(surface(bowl), N)).toBe(1);
    expect(lineLocalMinima(Array.from({length: 41}, (_, i) => bowl(coordinate(i, 41, 1), 0)))).toBe(1);
    // 5 periods per axis, the lows of cos(5πα)·cos(5πβ) at alternate half-periods: 5·4 + 4·5 = 40 dimples, minus those the
    // 21-point grid cannot see; at least 20 either way.
    expect(gridLocalMinima(surface(eggCrate), N)).toBeGreaterThanOrEqual(20);
  });

  it("are strict: a plateau has none; the ends of a line need one lower neighbour; NaN is never a minimum", () => {
    expect(gridLocalMinima(new Array(9).fill(1), 3)).toBe(0);
    expect(lineLocalMinima([3, 1, 2, 0, 5])).toBe(2);
    expect(lineLocalMinima([0, 1, 0])).toBe(2);
    expect(lineLocalMinima([1, 1, 1])).toBe(0);
    expect(lineLocalMinima([2, Number.NaN, 2])).toBe(2);
  });
});

describe("landscapeMetrics", () => {
  it("sets the basin level at the centre's loss plus ln C and gathers every figure", () => {
    expect(basinLevel(0.1, 2)).toBeCloseTo(0.1 + Math.LN2, 12);
    const grid = surface(bowl);
    const slice = Array.from({length: 41}, (_, i) => bowl(coordinate(i, 41, 1), 0));
    const metrics = landscapeMetrics({grid, slice, resolution: N, centre: grid[(N * N - 1) / 2]}, 2);
    expect(metrics).toEqual({
      roughness: logRoughness(grid, N),
      basinShare: centralBasinShare(grid, N, 0.05 + Math.LN2),
      basinLevel: 0.05 + Math.LN2,
      gridMinima: 1,
      sliceMinima: 1
    });
  });
});
