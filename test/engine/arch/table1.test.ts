/** Table 1 of He et al. 2015, regenerated from the specs. */
import {describe, expect, it} from "vitest";
import {computeTable1, formatBracket, table1Records} from "../../../src/engine/arch/index.ts";

describe("Table 1", () => {
  const table = computeTable1();

  it("has the paper's rows and output sizes", () => {
    expect(table.rows.map((r) => r.layer)).toEqual(["conv1", "conv2_x", "conv3_x", "conv4_x", "conv5_x", ""]);
    expect(table.rows.map((r) => r.outputSize)).toEqual(["112×112", "56×56", "28×28", "14×14", "7×7", "1×1"]);
    expect(table.rows[0].shared).toBe("7×7, 64, stride 2");
    expect(table.rows[1].shared).toBe("3×3 max pool, stride 2");
    expect(table.rows[5].shared).toBe("average pool, 1000-d fc, softmax");
  });

  it("writes each stage's unit as the paper's bracket", () => {
    const bracket = (layer: string, depth: 18 | 34 | 50 | 101 | 152) => formatBracket(table.rows.find((r) => r.layer === layer)!.units[depth]!);
    expect(bracket("conv2_x", 18)).toBe("[3×3, 64; 3×3, 64] ×2");
    expect(bracket("conv2_x", 34)).toBe("[3×3, 64; 3×3, 64] ×3");
    expect(bracket("conv2_x", 50)).toBe("[1×1, 64; 3×3, 64; 1×1, 256] ×3");
    expect(bracket("conv3_x", 152)).toBe("[1×1, 128; 3×3, 128; 1×1, 512] ×8");
    expect(bracket("conv4_x", 101)).toBe("[1×1, 256; 3×3, 256; 1×1, 1024] ×23");
    expect(bracket("conv4_x", 152)).toBe("[1×1, 256; 3×3, 256; 1×1, 1024] ×36");
    expect(bracket("conv5_x", 34)).toBe("[3×3, 512; 3×3, 512] ×3");
  });

  it("puts computed FLOPs within 0.1×10⁹ of the paper's and parameters equal to torchvision's", () => {
    for (const t of table.totals) {
      expect(Math.abs(t.multiplyAdds - t.paperFlops.value)).toBeLessThan(0.1e9);
      expect(t.params).toBe(t.torchvisionParams.value);
      expect(t.paperFlops.source).toBe("He et al. 2015, Table 1");
    }
  });

  it("flattens to CSV records with one column per depth and the totals at the bottom", () => {
    const records = table1Records(table);
    expect(Object.keys(records[0])).toEqual(["layer", "output_size", "resnet18", "resnet34", "resnet50", "resnet101", "resnet152"]);
    expect(records[1].resnet50).toBe("3×3 max pool, stride 2; [1×1, 64; 3×3, 64; 1×1, 256] ×3");
    expect(records.find((r) => r.layer === "parameters, computed")?.resnet152).toBe(60_192_808);
  });
});
