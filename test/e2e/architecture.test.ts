/**
 * The architecture and residual-units pages in Chromium: they load cleanly, Table 1 shows the computed counts,
 * the Fig. 3 trio has its boxes and shortcuts, the unit diagrams light up their formula terms on hover and on
 * keyboard focus, nothing overflows at 375 px, and screenshots at 1200 and 375 px are saved.
 */
import {mkdirSync} from "node:fs";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";

const SCREENSHOT_DIR = "test-results/screenshots";

describe("architecture pages", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width: number): Promise<{page: Page; log: PageLog}> {
    const page = await browser.newPage({viewport: {width, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + path, {waitUntil: "networkidle"});
    await page.locator("main .arch-figure").first().waitFor();
    if (path === "/residual-units") await page.locator("#terms-preact .formula-term").first().waitFor();
    return {page, log};
  }

  function expectClean(log: PageLog): void {
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
  }

  it("architecture: Table 1 with computed FLOPs and parameters beside the published ones", async () => {
    const {page, log} = await open("/architecture", 1200);
    const table = page.locator("table.depth-table");
    expect(await table.locator("thead th").allTextContents()).toEqual(["layer name", "output size", "18-layer", "34-layer", "50-layer", "101-layer", "152-layer"]);
    const row = async (label: string, note: string) =>
      (await table.locator("tfoot tr").filter({hasText: label}).filter({hasText: note}).locator("td").allTextContents()).map((t) => t.trim());
    expect(await row("parameters, computed", "option B")).toEqual(["11,689,512", "21,797,672", "25,557,032", "44,549,160", "60,192,808"]);
    expect(await row("FLOPs, published", "Table 1")).toEqual(["1.8×10⁹", "3.6×10⁹", "3.8×10⁹", "7.6×10⁹", "11.3×10⁹"]);
    expect(await row("FLOPs, computed", "v1.5")).toEqual(["1.81×10⁹", "3.66×10⁹", "4.09×10⁹", "7.80×10⁹", "11.51×10⁹"]);
    expect(await row("FLOPs, computed", "first 1×1")).toEqual(["1.81×10⁹", "3.66×10⁹", "3.86×10⁹", "7.57×10⁹", "11.28×10⁹"]);
    expect(await table.locator(".unit-bracket").count()).toBe(20);
    expect(await table.locator('[aria-label="[1×1, 256; 3×3, 256; 1×1, 1024] ×36"]').count()).toBe(1);
    await page.screenshot({path: `${SCREENSHOT_DIR}/architecture-1200.png`, fullPage: true});
    await page.close();
    expectClean(log);
  });

  it("architecture: the Fig. 3 trio has 24 + 36 + 36 boxes and 16 shortcuts, 3 dashed; exportable svg with a title", async () => {
    const {page, log} = await open("/architecture", 1200);
    const trio = page.locator("figure.network-trio");
    expect(await trio.locator("svg").count()).toBe(1);
    expect(await trio.locator("svg > title").textContent()).toContain("ResNet-34");
    expect(await trio.locator("g.layer").count()).toBe(96);
    expect(await trio.locator("path.shortcut").count()).toBe(16);
    expect(await trio.locator("path.shortcut-dashed").count()).toBe(3);
    expect(await trio.locator("g.layer text").allTextContents()).toContain("3×3 conv, 128, /2");
    expect(await trio.evaluate((figure) => (figure as HTMLElement & {data: unknown[]}).data.length)).toBe(96);
    await page.close();
    expectClean(log);
  });

  it("architecture: the trio and Table 1 export as SVG (the whole drawing) and CSV (the records drawn)", async () => {
    const {page, log} = await open("/architecture", 375);
    const read = async (figure: string, format: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(figure).locator(`button.rx-export__button:text-is("${format}")`).click()
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    };
    const trio = ".arch-export:has(figure.network-trio)";
    const svg = await read(trio, "SVG");
    expect(svg).toContain("3×3 conv, 512, /2"); // a box far right of a 375 px screen, scrolled out of view
    expect(svg.match(/stroke-dasharray="4 3"/g)?.length).toBe(3);
    const csv = await read(trio, "CSV");
    expect(csv.split("\r\n")[0]).toBe("network,index,label,kind,output_size,unit,shortcut_ends_here");
    expect(csv.trim().split("\r\n")).toHaveLength(97);
    const table = await read(".arch-export:has(table.depth-table)", "CSV");
    expect(table).toContain("parameters, torchvision");
    await page.close();
    expectClean(log);
  });

  it("residual units: hovering a diagram part lights its formula term, and the other way round", async () => {
    const {page, log} = await open("/residual-units", 1200);
    const scope = page.locator("#terms-shortcuts");
    await scope.locator('.unit-part[data-term="projection"]').first().hover();
    expect(await scope.locator(".katex .term-projection.is-term-active").count()).toBe(1);
    await scope.locator(".katex .term-residual").first().hover();
    expect(await scope.locator('.unit-part.is-term-active[data-term="residual"]').count()).toBeGreaterThan(8);
    expect(await scope.locator(".katex .term-projection.is-term-active").count()).toBe(0);
    await page.close();
    expectClean(log);
  });

  it("residual units: the keyboard reaches formula terms and diagram parts, and lights them", async () => {
    const {page, log} = await open("/residual-units", 1200);
    await page.locator("#terms-unit .katex .term-shortcut").first().focus();
    expect(await page.locator('#terms-unit .unit-part.is-term-active[data-term="shortcut"]').count()).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const term = await page.evaluate(() => {
        const active = document.activeElement;
        return document.getElementById("terms-unit")?.contains(active) ? (active?.closest("[data-term]")?.getAttribute("data-term") ?? null) : null;
      });
      if (term) {
        seen.add(term);
        expect(await page.locator(`#terms-unit .katex .term-${term}.is-term-active`).count()).toBeGreaterThan(0);
      }
    }
    expect(seen).toEqual(new Set(["residual", "shortcut", "add", "post"]));
    await page.close();
    expectClean(log);
  });

  it("residual units: every unit diagram is one svg with a title and its parts as data", async () => {
    const {page, log} = await open("/residual-units", 1200);
    const figures = page.locator("figure.unit-figure");
    expect(await figures.count()).toBe(9);
    for (const figure of await figures.all()) {
      expect(await figure.locator("svg").count()).toBe(1);
      expect((await figure.locator("svg > title").textContent())?.length).toBeGreaterThan(3);
      expect(await figure.evaluate((el) => (el as HTMLElement & {data: unknown[]}).data.length)).toBeGreaterThan(2);
    }
    expect(await page.locator("table.shortcut-table tbody tr").count()).toBe(10);
    await page.screenshot({path: `${SCREENSHOT_DIR}/residual-units-1200.png`, fullPage: true});
    await page.close();
    expectClean(log);
  });

  for (const path of ["/architecture", "/residual-units"]) {
    it(`${path}: its math is rendered at build time without errors (texmath turns KaTeX errors into text)`, async () => {
      const html = await (await fetch(baseUrl + path)).text();
      expect(html).not.toContain("KaTeX parse error");
      expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(3);
      if (path === "/residual-units") expect(html.match(/class="enclosing term-[a-z]+"/g)?.length ?? 0).toBeGreaterThan(20);
    });

    it(`${path} fits a 375 px phone: wide figures scroll inside themselves, the page does not`, async () => {
      const {page, log} = await open(path, 375);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]);
      await page.screenshot({path: `${SCREENSHOT_DIR}${path}-375.png`, fullPage: true});
      await page.close();
      expectClean(log);
    });
  }
});
