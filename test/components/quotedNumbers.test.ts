/**
 * Every percentage quoted in the prose of the narrative pages, English and Chinese (e.g. "28.54%") must be a number of the published
 * data in src/data/papers/, so a figure typed into a sentence cannot drift from the table it cites.
 */
import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import * as papers from "../../src/data/papers/index.ts";
import type {PublishedTable} from "../../src/data/papers/types.ts";

/** The narrative pages, in English and (where written) in Chinese. */
const PAGES = ["index", "degradation", "residual-learning", "gradient-flow", "results"].flatMap((page) =>
  existsSync(`src/zh/${page}.md`) ? [page, `zh/${page}`] : [page]
);

/**
 * Percentages from the papers' text rather than their tables, each with where it is stated:
 * 4.62 — He et al. 2016, abstract (ResNet-1001 on CIFAR-10).
 */
const QUOTED_FROM_TEXT = new Set([4.62]);

/** Every number held by the published tables and the ILSVRC chart data. */
function publishedNumbers(): Set<number> {
  const tables = Object.values(papers).filter((value): value is PublishedTable => typeof value === "object" && "rows" in value);
  const numbers = new Set<number>(papers.ILSVRC_WINNERS.map((entry) => entry.top5Error));
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of Object.values(row)) {
        const value = typeof cell === "number" ? cell : Number.parseFloat(String(cell));
        if (Number.isFinite(value)) numbers.add(value);
      }
    }
  }
  return numbers;
}

describe("percentages quoted in the pages", () => {
  const known = publishedNumbers();
  for (const page of PAGES) {
    it(`${page}.md quotes only published numbers`, () => {
      const text = readFileSync(`src/${page}.md`, "utf8");
      const quoted = [...text.matchAll(/(\d+\.\d+)%/g)].map((match) => Number.parseFloat(match[1]));
      for (const value of quoted) expect(known.has(value) || QUOTED_FROM_TEXT.has(value), `${page}.md: ${value}%`).toBe(true);
    });
  }
  it("finds the numbers it checks (the pattern is not dead)", () => {
    const text = readFileSync("src/results.md", "utf8") + readFileSync("src/index.md", "utf8");
    expect(text.match(/(\d+\.\d+)%/g)?.length ?? 0).toBeGreaterThan(3);
  });
});
