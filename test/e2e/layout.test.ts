/**
 * Figures that fit the screen a class sees (issue 10 §2): on every page at 375 (the narrowest phone in use), 1024,
 * 1280 and 1920 px (a 1280 px window made wider), nothing is wider than the window, and anything cut off scrolls inside a box that shows it
 * does (shadows at the edge that hides more); at 1280 px and wider the two widest tables — Table 1 on
 * /architecture and the shortcut options' costs on /residual-units — fit without scrolling (a projector at 1280
 * cut off the 152-layer column).
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES} from "../../observablehq.config.ts";
import {launchBrowser, recordPage} from "./browser.ts";
import {cutOffs} from "./layoutChecks.ts";

describe("layout at a projector's and a phone's width", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // 1920 px is measured on the 1280 px pages after a resize (a projector's window made wider) rather than by loading
  // every page a fourth time: the same layout code answers both, and the CI's twenty minutes are shared.
  for (const [width, wider] of [[375], [1024], [1280, 1920]] as const) {
    const widths = wider ? `${width} px and resized to ${wider}` : `${width}`;
    it(`at ${widths} px: no page is wider than the window, and every cut-off box scrolls visibly`, async () => {
      const page = await browser.newPage({viewport: {width, height: 900}, isMobile: width < 500});
      const log = recordPage(page, baseUrl);
      const problems: string[] = [];
      for (const {path} of PAGES) {
        await page.goto(baseUrl + path, {waitUntil: "networkidle"});
        await page.waitForTimeout(300);
        problems.push(...(await cutOffs(page)).map((problem) => `${path} at ${width}: ${problem}`));
        if (wider) {
          await page.setViewportSize({width: wider, height: 900});
          await page.waitForTimeout(300);
          problems.push(...(await cutOffs(page)).map((problem) => `${path} at ${wider}: ${problem}`));
          await page.setViewportSize({width, height: 900});
        }
      }
      expect(problems).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await page.close();
    });
  }

  for (const width of [1280, 1920]) {
    it(`at ${width} px Table 1 and the shortcut options' costs fit without scrolling`, async () => {
      const page = await browser.newPage({viewport: {width, height: 900}});
      for (const [path, selector] of [["/architecture", ".depth-table"], ["/residual-units", ".shortcut-table"]]) {
        await page.goto(baseUrl + path, {waitUntil: "networkidle"});
        const box = await page.locator(selector).first().evaluate((table) => {
          const frame = table.closest(".table-scroll")!;
          return {table: table.scrollWidth, frame: frame.clientWidth};
        });
        expect(box.table, `${path} at ${width}`).toBeLessThanOrEqual(box.frame);
      }
      await page.close();
    });
  }
  it("the Overview's decision pictures keep each axis label clear of its tick labels (was 'x₂0')", async () => {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({viewport: {width, height: 900}});
      await page.goto(`${baseUrl}/`, {waitUntil: "networkidle"});
      await page.locator(".hero__pictures svg").first().waitFor();
      const overlaps = await page.evaluate(() => {
        const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const found: string[] = [];
        let checked = 0;
        for (const svg of document.querySelectorAll(".hero__pictures svg")) {
          for (const axis of ["x", "y"]) {
            const label = svg.querySelector(`[aria-label="${axis}-axis label"] text`);
            const ticks = [...svg.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`)];
            if (!label || ticks.length === 0) continue;
            checked++;
            const box = label.getBoundingClientRect();
            for (const tick of ticks) if (intersects(box, tick.getBoundingClientRect())) found.push(`${axis}: "${label.textContent}" over "${tick.textContent}"`);
          }
        }
        return {found, checked};
      });
      expect(overlaps.found, `at ${width} px`).toEqual([]);
      expect(overlaps.checked, "both axes of both pictures").toBeGreaterThanOrEqual(4);
      await page.close();
    }
  });
});
