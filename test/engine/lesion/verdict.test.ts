/** The lesion verdict's damage measure and grades, on hand-made analyses. */
import {describe, expect, it} from "vitest";
import {damage, LESION_THRESHOLDS, lesionVerdict, medianSingleError} from "../../../src/engine/lesion/verdict.ts";
import type {LesionAnalysis, NetLesion} from "../../../src/engine/lesion/setup.ts";

function net(isResidual: boolean, baseError: number, errors: Array<number | null>, changesShape: boolean[] = []): NetLesion {
  return {
    id: isResidual ? "residual-20" : "plain-20",
    isResidual,
    units: errors.length,
    baseError,
    chance: 0.5,
    single: errors.map((error, unit) => ({unit, name: `unit${unit}`, stage: 0, changesShape: changesShape[unit] ?? false, error})),
    random: [],
    paths: null
  };
}
const analysis = (...nets: NetLesion[]): LesionAnalysis => ({kind: "lesion", examples: 1000, draws: 10, nets});

describe("lesion verdict", () => {
  it("measures damage as the share of the way from the intact error to chance", () => {
    expect(damage(0.5, 0.0, 0.5)).toBe(1);
    expect(damage(0.1, 0.1, 0.5)).toBe(0);
    expect(damage(0.3, 0.1, 0.5)).toBeCloseTo(0.5, 12);
    expect(damage(0.3, 0.5, 0.5)).toBeNaN();
  });

  it("takes the median over the units that keep the shape and can be deleted", () => {
    expect(medianSingleError(net(true, 0, [0.5, 0.01, 0.02, 0.03], [false, true, false, false]))).toBeCloseTo(0.03, 12);
    expect(medianSingleError(net(false, 0, [0.4, null, 0.5]))).toBeCloseTo(0.45, 12);
  });

  it("holds when one deletion barely matters to the residual net and breaks the plain one", () => {
    const judged = lesionVerdict(analysis(net(false, 0.01, [0.5, 0.49, 0.5]), net(true, 0.005, [0.5, 0.006, 0.01])))!;
    expect(judged).toMatchObject({kind: "lesion", grade: "holds", holds: true, thresholds: LESION_THRESHOLDS});
    expect(judged.plainDamage).toBeGreaterThanOrEqual(LESION_THRESHOLDS.plainMin);
    expect(judged.residualDamage).toBeLessThanOrEqual(LESION_THRESHOLDS.residualMax);
  });

  it("is weak when the residual net is only the more robust one, reversed when it is the less robust", () => {
    expect(lesionVerdict(analysis(net(false, 0.01, [0.5, 0.5]), net(true, 0.01, [0.3, 0.3])))!.grade).toBe("weak");
    expect(lesionVerdict(analysis(net(false, 0.01, [0.05, 0.05]), net(true, 0.01, [0.3, 0.3])))!.grade).toBe("reversed");
    expect(lesionVerdict(analysis(net(true, 0.01, [0.3])))).toBeNull();
  });
});
