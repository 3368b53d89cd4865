/** The ILSVRC chart's data: order, labels, CSV and the sources it cites. */
import {describe, expect, it} from "vitest";
import {ilsvrcCsv, ilsvrcRows, ilsvrcSources} from "../../src/components/ilsvrcChart.ts";
import {ILSVRC_WINNERS} from "../../src/data/papers/index.ts";

describe("ILSVRC winners", () => {
  it("run from AlexNet (8 layers) to ResNet (152 layers), error falling every year", () => {
    const winners = ILSVRC_WINNERS.filter((entry) => entry.place === 1).sort((a, b) => a.year - b.year);
    expect(winners.map((entry) => entry.depth)).toEqual([8, 8, 22, 152]);
    for (let i = 1; i < winners.length; i++) expect(winners[i].top5Error).toBeLessThan(winners[i - 1].top5Error);
  });
  it("cite a table, section or figure for every number", () => {
    for (const entry of ILSVRC_WINNERS) {
      expect(entry.errorSource).toMatch(/(Table|§|Fig\.) ?\d/);
      expect(entry.depthSource).toMatch(/(Table|§|Fig\.) ?\d/);
    }
  });
});

describe("ilsvrcRows", () => {
  it("sorts by year, keeps input order within a year, and labels depth and error", () => {
    const rows = ilsvrcRows([...ILSVRC_WINNERS].reverse());
    expect(rows.map((row) => row.year)).toEqual([2012, 2013, 2014, 2014, 2015]);
    expect(rows.map((row) => row.key)).toEqual(["0", "1", "2", "3", "4"]);
    expect(rows[4].label).toBe("2015 · ResNet (ensemble) · 152 layers");
    expect(rows[4].value).toBe("3.57%");
  });
});

describe("ilsvrcCsv", () => {
  it("has a header and one line per entry, quoting fields with commas", () => {
    const lines = ilsvrcCsv(ILSVRC_WINNERS).split("\n");
    expect(lines[0]).toBe("year,model,top5_error_percent,depth_layers,place,error_source,depth_source");
    expect(lines).toHaveLength(ILSVRC_WINNERS.length + 1);
    expect(lines[5]).toBe('2015,ResNet (ensemble),3.57,152,1,"He et al. 2015, Table 5","He et al. 2015, §4.1"');
  });
});

describe("ilsvrcSources", () => {
  it("lists each source once", () => {
    const sources = ilsvrcSources(ILSVRC_WINNERS);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toContain("He et al. 2015, Table 5");
  });
});
