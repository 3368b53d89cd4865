/**
 * Every page with a live figure, loaded in fresh browser contexts with the CPU throttled 4× (as on a loaded
 * machine or a slow laptop) and captured as a full-page screenshot: no console errors, no page errors. While
 * Chromium lays a page out for a full-page capture, Framework's \`width\` briefly reads 0; the Overview's hero once
 * drew at that width and logged SVGs of negative size ("<svg> attribute width: A negative value…") in about half
 * of fresh contexts. The Overview, where that fault was, gets six contexts (a fault of one context in two is
 * missed with odds 1 in 64); every other page two. Every page is
 * also opened whole by csp.test.ts, at four widths by layout.test.ts and by offline.test.ts, all failing on a console
 * error, so what this file adds is the throttled CPU in fresh contexts — and the CI's twenty minutes are shared.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {PAGES} from "../../observablehq.config.ts";

/** Every page of the site that runs something (all but the References), from the one list of pages. */
const LAB_PAGES = process.env.RX_PAGES ? process.env.RX_PAGES.split(",") : PAGES.map((page) => page.path).filter((path) => path !== "/references");
const contextsFor = (path: string): number => (path === "/" ? 6 : 2);

describe("fresh contexts under a throttled CPU", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of LAB_PAGES) {
    const contexts = contextsFor(path);
    it(`${path} loads in ${contexts} fresh contexts with 0 console errors`, async () => {
      const load = async (i: number): Promise<string[]> => {
        const context = await browser.newContext({viewport: {width: 1024, height: 768}});
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", {rate: 4});
        const log = recordPage(page, baseUrl);
        await page.goto(baseUrl + path, {waitUntil: "load"});
        await page.locator("main h1").first().waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({fullPage: true});
        await context.close();
        return [...log.pageErrors, ...log.consoleErrors].map((message) => `context ${i}: ${message}`);
      };
      const errors: string[] = [];
      // Two contexts at a time (one per core of the 2-core machines this runs on).
      for (let i = 0; i < contexts; i += 2) errors.push(...(await Promise.all([load(i), load(i + 1)])).flat());
      expect(errors).toEqual([]);
    });
  }
});
