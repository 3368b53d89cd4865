/**
 * Every page of the site, opened in Chromium: no console errors, no failed requests, nothing fetched off the
 * site's origin, its headings and its build-time math present, and a screenshot saved to test-results/.
 */
import {mkdirSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES as SITE_PAGES} from "../../observablehq.config.ts";
import {launchBrowser, recordPage} from "./browser.ts";

const SCREENSHOT_DIR = "test-results/screenshots";

/** Every page listed in the site's config, in reading order. */
const PAGES = SITE_PAGES;

/** Pages without display or inline math of their own (the rest must have build-time KaTeX output). */
const PAGES_WITHOUT_MATH = new Set(["/lab", "/references"]);

describe("every page", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists at least the narrative pages", () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
  });

  for (const {name, path} of PAGES) {
    it(`${name} (${path}) loads cleanly with its headings and math`, async () => {
      const page = await browser.newPage({viewport: {width: 1200, height: 900}});
      const log = recordPage(page, baseUrl);
      await page.goto(baseUrl + path, {waitUntil: "networkidle"});
      await page.waitForTimeout(500);
      const h1 = await page.locator("main h1").first().textContent();
      expect(h1?.trim().length).toBeGreaterThan(0);
      expect(await page.locator("main h2").count()).toBeGreaterThan(0);
      const slug = path === "/" ? "index" : path.replace(/^\//, "").replace(/\//g, "-");
      await page.screenshot({path: `${SCREENSHOT_DIR}/${slug}.png`, fullPage: true});
      await page.close();
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      expect(log.offOriginRequests).toEqual([]);
    });
  }

  for (const {name, path} of PAGES.filter((page) => !PAGES_WITHOUT_MATH.has(page.path))) {
    it(`${name} (${path}) has its math rendered at build time`, async () => {
      const html = await (await fetch(baseUrl + path)).text();
      expect(html).not.toContain("katex-error");
      expect(html).not.toMatch(/\$\$/);
      expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(0);
    });
  }

  it("shows math with JavaScript disabled, in KaTeX's own fonts", async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 900, height: 900}});
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + "/gradient-flow", {waitUntil: "networkidle"});
    const math = page.locator("main .katex").first();
    await expect.poll(() => math.isVisible()).toBe(true);
    const fontFamily = await math.evaluate((element) => getComputedStyle(element).fontFamily);
    expect(fontFamily).toContain("KaTeX_Main");
    const box = await math.boundingBox();
    expect(box?.height).toBeGreaterThan(5);
    await page.screenshot({path: `${SCREENSHOT_DIR}/gradient-flow-no-js.png`, fullPage: true});
    await context.close();
    // With scripts off, Chromium blocks the module preloads ("csp"); only the origin matters here.
    expect(log.offOriginRequests).toEqual([]);
  });
});
