/** The loss-landscape lab's CSV: English header and "net" cells as before, Chinese ones on a Chinese page. */
import {describe, expect, it} from "vitest";
import {toCsv} from "../../../src/components/export/csv.ts";
import {landscapeCsvRows} from "../../../src/components/landscape/landscapeRows.ts";
import {LANDSCAPE_CSV_TEXT} from "../../../src/components/landscape/text.ts";

describe("the landscape CSV", () => {
  const grid = [
    {net: "plain" as const, alpha: -1, beta: -1, loss: 0.7, logLoss: Math.log10(0.7)},
    {net: "residual" as const, alpha: 0, beta: 0.5, loss: 0.05, logLoss: Math.log10(0.05)}
  ];
  const slice = [{net: "plain" as const, alpha: -1, loss: 0.7}, {net: "residual" as const, alpha: 0, loss: 0.05}];

  it("is byte for byte the rows' own CSV in English", () => {
    expect(toCsv(landscapeCsvRows(grid, "en"), undefined, LANDSCAPE_CSV_TEXT.en.columns)).toBe(toCsv(grid));
    expect(toCsv(landscapeCsvRows(slice, "en"), undefined, LANDSCAPE_CSV_TEXT.en.columns)).toBe(toCsv(slice));
  });

  it("has Chinese column names and net words in Chinese, the numbers unchanged", () => {
    const [header, ...lines] = toCsv(landscapeCsvRows(grid, "zh"), undefined, LANDSCAPE_CSV_TEXT.zh.columns).split("\r\n");
    expect(header).toBe("网络,α,β,损失,log₁₀ 损失");
    const english = toCsv(grid).split("\r\n").slice(1);
    expect(lines).toEqual(english.map((line) => line.replace(/^plain/, "普通").replace(/^residual/, "残差")));
    expect(toCsv(landscapeCsvRows(slice, "zh"), undefined, LANDSCAPE_CSV_TEXT.zh.columns).split("\r\n")[0]).toBe("网络,α,损失");
  });
});
