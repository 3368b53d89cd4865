/** The published figures the arithmetic is compared with agree with the site's copies of the papers' tables. */
import {describe, expect, it} from "vitest";
import {HE2015_TABLE6} from "../../../src/data/papers/index.ts";
import {formatMillions, PAPER_CIFAR_PARAMS, PAPER_FLOPS} from "../../../src/engine/arch/index.ts";

describe("published figures", () => {
  it("Table 6's CIFAR parameter counts match src/data/papers", () => {
    for (const [depth, published] of Object.entries(PAPER_CIFAR_PARAMS)) {
      const row = HE2015_TABLE6.rows.find((r) => r.method === "ResNet" && r.layers === depth);
      expect(row?.params, `ResNet-${depth}`).toBe(formatMillions(published.value));
    }
  });
  it("every published figure names its table", () => {
    for (const f of [...Object.values(PAPER_FLOPS), ...Object.values(PAPER_CIFAR_PARAMS)]) expect(f.source).toMatch(/^He et al\. 2015, Table \d$/);
  });
});
