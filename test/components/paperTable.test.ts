/**
 * The published tables as data, and the PaperTable model built from them. These tests catch typos: every
 * row has every column, every number is a plausible error rate, and numbers that two tables (or two papers)
 * share are equal.
 */
import {describe, expect, it} from "vitest";
import {formatCell, MISSING, tableModel} from "../../src/components/paperTable.ts";
import * as papers from "../../src/data/papers/index.ts";
import type {PublishedTable} from "../../src/data/papers/types.ts";

const TABLES: PublishedTable[] = [
  papers.HE2015_TABLE2,
  papers.HE2015_TABLE3,
  papers.HE2015_TABLE4,
  papers.HE2015_TABLE5,
  papers.HE2015_TABLE6,
  papers.HE2016_TABLE1,
  papers.HE2016_TABLE2,
  papers.HE2016_TABLE3
];

/** The numeric value of a row's cell, whether stored as a number or as printed text ("8.43†"). */
function valueOf(table: PublishedTable, firstCell: string, key: string, occurrence = 0): number {
  const firstKey = table.columns[0].key;
  const row = table.rows.filter((candidate) => candidate[firstKey] === firstCell)[occurrence];
  if (!row) throw new Error(`${table.id}: no row "${firstCell}"`);
  const cell = row[key];
  return typeof cell === "number" ? cell : Number.parseFloat(String(cell));
}

describe("formatCell", () => {
  it("prints numbers with the column's decimals, keeping trailing zeros", () => {
    expect(formatCell(7.4, {key: "e", label: "e", decimals: 2})).toBe("7.40");
    expect(formatCell(3.57, {key: "e", label: "e", decimals: 2})).toBe("3.57");
  });
  it("prints strings verbatim and null as a dash", () => {
    expect(formatCell("6.61±0.16", {key: "e", label: "e"})).toBe("6.61±0.16");
    expect(formatCell(null, {key: "e", label: "e", decimals: 2})).toBe(MISSING);
  });
  it("refuses a number that is not finite", () => {
    expect(() => formatCell(Number.NaN, {key: "e", label: "e", decimals: 2})).toThrow(/finite/);
  });
});

describe("tableModel", () => {
  it("throws when a row lacks a column", () => {
    const broken: PublishedTable = {
      id: "broken",
      source: "He et al. 2015, Table 9",
      caption: "",
      columns: [{key: "a", label: "A"}, {key: "b", label: "B", decimals: 2}],
      rows: [{a: "x"}]
    };
    expect(() => tableModel(broken)).toThrow(/row 0 has no "b"/);
  });
  it("adds the unit to the header only", () => {
    const model = tableModel(papers.HE2015_TABLE2);
    expect(model.header).toEqual(["Layers", "Plain (%)", "ResNet (%)"]);
    expect(model.body[1]).toEqual(["34", "28.54", "25.03"]);
  });
});

describe("every published table", () => {
  for (const table of TABLES) {
    describe(table.id, () => {
      it("names a paper and a table as its source", () => {
        expect(table.source).toMatch(/^He et al\. 201[56], Table \d$/);
        expect(table.id).toBe(table.source.replace(/^He et al\. (\d{4}), Table (\d)$/, "he$1-table$2"));
      });
      it("has every column in every row, and builds a model", () => {
        const model = tableModel(table);
        expect(model.body).toHaveLength(table.rows.length);
        for (const cells of model.body) expect(cells).toHaveLength(table.columns.length);
      });
      it("holds only plausible error rates in its numeric columns (0–100%)", () => {
        for (const column of table.columns.filter((candidate) => candidate.decimals !== undefined)) {
          for (const row of table.rows) {
            const cell = row[column.key];
            if (cell === null || cell === "fail") continue;
            const value = typeof cell === "number" ? cell : Number.parseFloat(cell);
            expect(value, `${table.id} ${column.key}`).toBeGreaterThan(0);
            expect(value, `${table.id} ${column.key}`).toBeLessThan(100);
          }
        }
      });
    });
  }
});

describe("numbers shared between tables agree", () => {
  it("Table 2 (34 layers) matches Table 3's plain-34 and ResNet-34 A", () => {
    expect(valueOf(papers.HE2015_TABLE2, "34", "plain")).toBe(valueOf(papers.HE2015_TABLE3, "plain-34", "top1"));
    expect(valueOf(papers.HE2015_TABLE2, "34", "resnet")).toBe(valueOf(papers.HE2015_TABLE3, "ResNet-34 A", "top1"));
  });
  it("the ILSVRC chart's 2015 entry is Table 5's winning ensemble", () => {
    const resnet = papers.ILSVRC_WINNERS.find((entry) => entry.year === 2015)!;
    expect(resnet.top5Error).toBe(valueOf(papers.HE2015_TABLE5, "ResNet (ILSVRC'15)", "top5"));
    expect(resnet.errorSource).toBe(papers.HE2015_TABLE5.source);
  });
  it("the ILSVRC chart's VGG entry is Table 5's VGG (ILSVRC'14) ensemble", () => {
    const vgg = papers.ILSVRC_WINNERS.find((entry) => entry.model.startsWith("VGG"))!;
    expect(vgg.top5Error).toBe(valueOf(papers.HE2015_TABLE5, "VGG (ILSVRC'14)", "top5"));
  });
  it("the original ResNet-110 of He et al. 2016 is the mean of 5 runs in He et al. 2015, Table 6", () => {
    const meanStd = String(papers.HE2015_TABLE6.rows.find((row) => row.layers === "110")!.meanStd);
    const original2016 = valueOf(papers.HE2016_TABLE3, "CIFAR-10", "original", 1);
    expect(papers.HE2016_TABLE3.rows[1].network).toBe("ResNet-110");
    expect(Number.parseFloat(meanStd)).toBe(original2016);
    expect(valueOf(papers.HE2016_TABLE2, "original (ReLU after addition)", "resnet110")).toBe(original2016);
    expect(valueOf(papers.HE2016_TABLE1, "original (identity)", "error")).toBe(original2016);
  });
  it("He et al. 2016: Tables 2 and 3 agree on ResNet-110 and ResNet-164", () => {
    const table3 = (network: string, key: string) =>
      papers.HE2016_TABLE3.rows.find((row) => row.dataset === "CIFAR-10" && row.network === network)![key];
    expect(valueOf(papers.HE2016_TABLE2, "full pre-activation", "resnet110")).toBe(table3("ResNet-110", "preact"));
    expect(valueOf(papers.HE2016_TABLE2, "full pre-activation", "resnet164")).toBe(table3("ResNet-164", "preact"));
    expect(valueOf(papers.HE2016_TABLE2, "original (ReLU after addition)", "resnet164")).toBe(table3("ResNet-164", "original"));
  });
  it("He et al. 2015: the deeper ResNets of Table 3 improve on every shallower one", () => {
    const names = ["ResNet-34 B", "ResNet-50", "ResNet-101", "ResNet-152"];
    const top5 = names.map((name) => valueOf(papers.HE2015_TABLE3, name, "top5"));
    expect([...top5].sort((a, b) => b - a)).toEqual(top5);
  });
});
