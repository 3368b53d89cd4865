/** The residual-unit lab's material: seeded input and weights, the unit's trace as rows, the readout. */
import {describe, expect, it} from "vitest";
import {readoutText} from "../../../src/components/residualUnitLab/ResidualUnitLab.ts";
import {unitDomain} from "../../../src/components/residualUnitLab/UnitChart.ts";
import {labInput, labWeights, SIGNAL_LENGTH, summarizeUnit, traceUnit, unitRows} from "../../../src/components/residualUnitLab/unitSetup.ts";
import {RESIDUAL_UNIT_TEXT} from "../../../src/components/residualUnitLab/text.ts";
import {toCsv} from "../../../src/components/export/csv.ts";

describe("the lab's unit", () => {
  it("draws the same input and weights from the same seed, different ones from another", () => {
    expect(labInput(3)).toEqual(labInput(3));
    expect(labWeights(3)).toEqual(labWeights(3));
    expect(labInput(3)).not.toEqual(labInput(4));
    expect(labInput(1)).toHaveLength(SIGNAL_LENGTH);
  });

  it("has an input with negative components and a branch of the input's order of size", () => {
    for (const seed of [0, 1, 2, 7]) {
      const rows = unitRows(traceUnit(seed, 1, "original"), 1);
      expect(summarizeUnit(rows).negativeInputs).toBeGreaterThan(0);
      expect(summarizeUnit(rows).branchRatio).toBeGreaterThan(0.3);
    }
  });

  it("at α = 0 the pre-activation unit outputs exactly its input", () => {
    const rows = unitRows(traceUnit(1, 0, "preact"), 0);
    expect(rows.map((row) => row.output)).toEqual(rows.map((row) => row.x));
    expect(summarizeUnit(rows).maxDeviation).toBe(0);
  });

  it("at α = 0 the original unit outputs ReLU(x): x where x ≥ 0, zero elsewhere", () => {
    const rows = unitRows(traceUnit(1, 0, "original"), 0);
    expect(rows.map((row) => row.sum)).toEqual(rows.map((row) => row.x));
    expect(rows.map((row) => row.output)).toEqual(rows.map((row) => Math.max(row.x, 0)));
    expect(summarizeUnit(rows).maxDeviation).toBeCloseTo(Math.max(...rows.map((row) => -row.x)), 12);
    expect(summarizeUnit(rows).sumDeviation).toBe(0);
  });

  it("moves the output towards x as α shrinks", () => {
    const deviation = (alpha: number) => summarizeUnit(unitRows(traceUnit(2, alpha, "preact"), alpha)).maxDeviation;
    expect(deviation(1)).toBeGreaterThan(deviation(0.5));
    expect(deviation(0.5)).toBeGreaterThan(deviation(0.1));
    expect(deviation(0.5)).toBeCloseTo(deviation(1) / 2, 12);
  });

  it("keeps one y domain for every α, holding x, F(x) and x + F(x)", () => {
    const rows = unitRows(traceUnit(1, 1, "original"), 1);
    const [low, high] = unitDomain(rows);
    const values = rows.flatMap((row) => [row.x, row.residual, row.sum]);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(low);
    expect(Math.max(...values)).toBeLessThanOrEqual(high);
  });
});

describe("readoutText", () => {
  const summary = {maxDeviation: 0.8, sumDeviation: 0, branchRatio: 0, negativeInputs: 11};
  it("says why the original unit is not the identity at α = 0", () => {
    const text = readoutText({scale: 0, unit: "original", seed: 1}, summary, 24).join(" ");
    expect(text).toContain("ReLU(x)");
    expect(text).toContain("11 of 24");
    expect(text).toContain("before the final ReLU, max |y − x| = 0");
  });
  it("says the pre-activation unit is exactly the identity at α = 0", () => {
    expect(readoutText({scale: 0, unit: "preact", seed: 1}, {...summary, maxDeviation: 0}, 24).join(" ")).toContain("exactly the identity");
  });
});

describe("the lab's CSV", () => {
  const rows = unitRows(traceUnit(1, 0.5, "original"), 0.5);
  it("keeps the rows' keys as the English header, byte for byte", () => {
    expect(toCsv(rows, undefined, RESIDUAL_UNIT_TEXT.en.csv)).toBe(toCsv(rows));
    expect(toCsv(rows).split("\r\n")[0]).toBe("i,x,residual,scaledResidual,sum,output");
  });
  it("names every column in Chinese on a Chinese page, the numbers unchanged", () => {
    const [header, ...lines] = toCsv(rows, undefined, RESIDUAL_UNIT_TEXT.zh.csv).split("\r\n");
    expect(header).toBe("分量 i,输入 x,残差分支 F(x),缩放后的分支 α·F(x),和 x + α·F(x),输出");
    expect(lines).toEqual(toCsv(rows).split("\r\n").slice(1));
  });
});
