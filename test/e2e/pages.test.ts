/**
 * Every page of the site: its math typeset at build time (in the HTML as served), and shown with JavaScript
 * disabled in KaTeX's own fonts. Opening every page whole in Chromium — no console errors, no failed or off-site
 * requests, its headings, a full-page screenshot — is csp.test.ts's, under the site's own headers.
 */
import {mkdirSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES as SITE_PAGES, ZH_PAGES} from "../../observablehq.config.ts";
import {pathIn} from "../../src/i18n/locale.ts";
import {launchBrowser, recordPage} from "./browser.ts";

const SCREENSHOT_DIR = "test-results/screenshots";

/** Every page listed in the site's config, in reading order, then the Chinese twins. */
const PAGES = [...SITE_PAGES, ...ZH_PAGES.map((page) => ({...page, name: page.names.zh, path: pathIn(page.path, "zh")}))];

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

  for (const {name, path} of PAGES.filter((page) => !PAGES_WITHOUT_MATH.has(page.path.replace(/^\/zh(?=\/)/, "")))) {
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
