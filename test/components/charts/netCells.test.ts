import {describe, expect, it} from "vitest";
import {withNetNames} from "../../../src/components/charts/netCells.ts";

describe("a chart's CSV net cells", () => {
  const rows = [{net: "plain", depth: 20}, {net: "residual", depth: 20}, {net: "plain-20 · seed 3", depth: 20}, {depth: 8}];

  it("are the rows themselves on English pages", () => {
    expect(withNetNames(rows, "en")).toBe(rows);
  });

  it("name the family in Chinese on Chinese pages, every other cell and row unchanged", () => {
    expect(withNetNames(rows, "zh")).toEqual([{net: "普通网络", depth: 20}, {net: "残差网络", depth: 20}, {net: "plain-20 · seed 3", depth: 20}, {depth: 8}]);
    expect(rows[0].net).toBe("plain");
  });
});
