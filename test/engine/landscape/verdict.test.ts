/** The landscape verdict's grades, from hand-made figures. */
import {describe, expect, it} from "vitest";
import type {LandscapeMetrics} from "../../../src/engine/landscape/metric.ts";
import {LANDSCAPE_THRESHOLDS, landscapeVerdict} from "../../../src/engine/landscape/verdict.ts";

const figures = (roughness: number, basinShare: number): LandscapeMetrics => ({roughness, basinShare, basinLevel: 1, gridMinima: 1, sliceMinima: 1});

describe("landscapeVerdict", () => {
  it("holds when the plain surface is at least twice as rough and the residual basin the wider", () => {
    const verdict = landscapeVerdict(figures(0.9, 0.1), figures(0.2, 0.4), 56);
    expect(verdict).toMatchObject({kind: "landscape", grade: "holds", holds: true, depth: 56, thresholds: LANDSCAPE_THRESHOLDS});
    expect(verdict.roughnessRatio).toBeCloseTo(4.5, 12);
    expect(landscapeVerdict(figures(0.4, 0.1), figures(0.2, 0.4), 56).holds).toBe(true); // exactly the ratio
  });

  it("is weak when the residual surface is smoother but not by the ratio, or its basin is not the wider", () => {
    expect(landscapeVerdict(figures(0.3, 0.1), figures(0.2, 0.4), 56).grade).toBe("weak");
    expect(landscapeVerdict(figures(0.9, 0.4), figures(0.2, 0.4), 56).grade).toBe("weak");
  });

  it("is reversed when the plain surface is as smooth or smoother", () => {
    expect(landscapeVerdict(figures(0.2, 0.1), figures(0.2, 0.4), 20)).toMatchObject({grade: "reversed", holds: false, roughnessRatio: 1});
    expect(landscapeVerdict(figures(0.1, 0.1), figures(0.2, 0.4), 20).grade).toBe("reversed");
  });

  it("takes a perfectly flat residual surface beside a rough plain one as an infinite ratio", () => {
    expect(landscapeVerdict(figures(0.5, 0), figures(0, 1), 56)).toMatchObject({roughnessRatio: Number.POSITIVE_INFINITY, holds: true});
    expect(landscapeVerdict(figures(0, 0), figures(0, 1), 56)).toMatchObject({roughnessRatio: 1, grade: "reversed"});
  });
});
