/**
 * Links land where they say (issue 10 §3): every link from one page of the site to a section of another, in English and
 * in Chinese, names an element that exists there, so "the constructed solution" opens that section instead of the top of the page; and
 * the pager calls the first page by the name the sidebar gives it.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES, ZH_PAGES} from "../../observablehq.config.ts";
import {pathIn} from "../../src/i18n/locale.ts";
import {existsSync} from "node:fs";
import {launchBrowser} from "./browser.ts";

describe("links between pages", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("every link to a section names an element of its page, and the section links the labs' prose promises exist", async () => {
    const page = await browser.newPage();
    const targets = new Map<string, string>();
    for (const path of [...PAGES.map((entry) => entry.path), ...ZH_PAGES.map((entry) => pathIn(entry.path, "zh"))]) {
      await page.goto(baseUrl + path, {waitUntil: "domcontentloaded"});
      const hrefs = await page.$$eval("#observablehq-main a[href*='#']", (links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) if (href.startsWith(baseUrl) && !targets.has(href)) targets.set(href, path);
    }
    // Each target page is opened once (at its first section link) and asked for all the sections linked on it.
    const byPage = new Map<string, [string, string][]>();
    for (const [href, from] of targets) {
      const key = new URL(href).pathname + new URL(href).search;
      byPage.set(key, [...(byPage.get(key) ?? []), [href, from]]);
    }
    const missing: string[] = [];
    for (const links of byPage.values()) {
      await page.goto(links[0][0], {waitUntil: "domcontentloaded"});
      const ids = links.map(([href]) => decodeURIComponent(new URL(href).hash.slice(1)));
      const found = await page.evaluate((targetIds) => targetIds.map((id) => document.getElementById(id) !== null), ids);
      links.forEach(([href, from], i) => {
        if (!found[i]) missing.push(`${from} → ${new URL(href).pathname}${new URL(href).hash}`);
      });
    }
    expect(missing).toEqual([]);
    const paths = [...targets.keys()].map((href) => new URL(href).pathname + new URL(href).hash);
    expect(paths).toEqual(expect.arrayContaining(["/degradation#a-deeper-network-that-is-no-worse-by-construction", "/gradient-flow#try-it-measure-the-gradient-at-every-unit", "/degradation#try-it-build-the-degradation-curve-yourself"]));
    await page.close();
  });
  it("the first Tab stop skips to the content, the second to the lab, and the pager calls the first page Overview", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${baseUrl}/degradation`, {waitUntil: "networkidle"});
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => ({text: document.activeElement?.textContent, visible: (document.activeElement as HTMLElement).getBoundingClientRect().left >= 0}));
    expect(first).toEqual({text: "Skip to the content", visible: true});
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the lab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#try-it-build-the-degradation-curve-yourself");
    // from the lab's heading, a few Tabs reach its first control (was ~29 from the top of the page)
    let tabs = 0;
    while (tabs < 10 && !(await page.evaluate(() => document.activeElement?.closest(".rx-control") !== null))) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(tabs).toBeLessThan(10);
    expect(await page.locator('#observablehq-footer a[rel="prev"]').textContent()).toBe("Overview");
    await page.goto(`${baseUrl}/references`, {waitUntil: "domcontentloaded"});
    expect(await page.locator(".rx-skip").allTextContents()).toEqual(["Skip to the content"]);
    await page.close();
  });

  it("the published build holds no test or bench pages; they are built beside it", () => {
    expect(existsSync("dist/_test")).toBe(false);
    expect(existsSync("dist/_bench")).toBe(false);
    expect(existsSync("dist-test/_test/worker.html")).toBe(true);
    expect(existsSync("dist-test/_bench/demo.html")).toBe(true);
  });
});
