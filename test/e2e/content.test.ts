/**
 * The narrative pages in Chromium: they fit a 375 px phone screen, keep a marked place for each live lab, and
 * show the published figures exactly as the data in src/data/papers/ holds them.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES} from "../../observablehq.config.ts";
import {tableModel} from "../../src/components/paperTable.ts";
import * as papers from "../../src/data/papers/index.ts";
import {launchBrowser, recordPage} from "./browser.ts";

/** The content engineer's pages, the lab slots each must keep, and the live labs that have replaced slots. */
const CONTENT_PAGES: {path: string; labSlots: string[]; labs?: string[]}[] = [
  {path: "/", labSlots: [], labs: ["hero"]},
  {path: "/degradation", labSlots: []}, // the degradation lab itself is tested in degradationLab.test.ts
  {path: "/residual-learning", labSlots: [], labs: ["residual-unit-lab"]},
  {path: "/gradient-flow", labSlots: [], labs: ["gradient-flow-lab"]},
  {path: "/results", labSlots: [], labs: ["reproductions"]}, // in detail: reproductions.test.ts
  {path: "/references", labSlots: []}
];

const RESULT_TABLES = [
  papers.HE2015_TABLE2,
  papers.HE2015_TABLE3,
  papers.HE2015_TABLE4,
  papers.HE2015_TABLE5,
  papers.HE2015_TABLE6,
  papers.HE2016_TABLE1,
  papers.HE2016_TABLE2,
  papers.HE2016_TABLE3
];

describe("content pages", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(300);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    return page;
  }

  for (const {path, labSlots, labs = []} of CONTENT_PAGES) {
    it(`${path} fits a 375 px screen and keeps its lab slots`, async () => {
      const page = await open(path, 375);
      const widths = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth}));
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
      for (const id of labSlots) {
        const slot = page.locator(`#${id}.lab-slot`);
        expect(await slot.count()).toBe(1);
        expect((await slot.textContent())?.length ?? 0).toBeGreaterThan(80);
      }
      for (const id of labs) expect(await page.locator(`#${id}.lab`).count()).toBe(1);
      await page.close();
    });
  }

  it("Overview: the ILSVRC chart is one labelled SVG with a bar per entry and its sources", async () => {
    const page = await open("/", 1200);
    const chart = page.locator("figure.chart");
    expect(await chart.locator("svg").count()).toBe(1);
    expect(await chart.locator('svg [aria-label="bar"] rect').count()).toBe(papers.ILSVRC_WINNERS.length);
    expect(await chart.locator("svg").textContent()).toContain("Top-5 error");
    expect(await chart.locator("svg").textContent()).toContain("152 layers");
    const caption = await chart.locator("figcaption").textContent();
    for (const entry of papers.ILSVRC_WINNERS) expect(caption).toContain(entry.errorSource);
    await page.close();
  });

  it("Overview: the map of the site links to every other page", async () => {
    const page = await open("/", 1200);
    const hrefs = await page.locator("main ol a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const {path} of PAGES.filter((candidate) => candidate.path !== "/")) expect(hrefs).toContain(path);
    await page.close();
  });

  it("Results: every published table is shown exactly as the data holds it, with its source", async () => {
    const page = await open("/results", 1200);
    for (const table of RESULT_TABLES) {
      const figure = page.locator(`figure#${table.id}`);
      expect(await figure.locator("figcaption").textContent()).toContain(table.source);
      const shown = await figure.locator("tbody tr").evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent ?? ""))
      );
      expect(shown).toEqual(tableModel(table).body);
    }
    await page.close();
  });

  it("Gradient flow: the derivation is typeset at build time, one display per step", async () => {
    const html = await (await fetch(baseUrl + "/gradient-flow")).text();
    expect(html.match(/class="katex-display"/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
    expect(html).not.toContain("katex-error");
  });

  it("References: both papers and every cited work, as links only", async () => {
    const page = await open("/references", 1200);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const id of ["1512.03385", "1603.05027", "1409.1556", "1409.4842", "1502.03167", "1502.01852", "1505.00387", "1311.2901", "1409.0575"]) {
      expect(text).toContain(id);
    }
    for (const name of ["Krizhevsky", "Glorot", "Cortes", "Burges"]) expect(text).toContain(name);
    expect(await page.locator("main img, main script[src^='http'], main iframe").count()).toBe(0);
    await page.close();
  });
});
