/**
 * The Overview's hero in Chromium: with no click, the 56-layer plain MLP and its residual twin start training once
 * the page is loaded, both pictures change as snapshots arrive, and the residual net learns while the plain one
 * stalls (the contrast the demo exists for); Replay trains both again from step 0; with reduced motion it waits for
 * Play; the exports are valid; nothing is fetched off the origin; it fits a 375 px screen.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

/** In the page: true when both pictures exist and each shows at least `min` steps (or, with `below`, fewer than `below[i]`). */
function waitForSteps(page: Page, condition: {min?: number; above?: number[]; below?: number}) {
  return page.waitForFunction(
    ({min, above, below}) => {
      const steps = [...document.querySelectorAll<HTMLElement>("#hero .hero__card")].map((card) => Number(card.dataset.step));
      if (steps.length !== 2) return false;
      return steps.every((step, i) => (min === undefined || step >= min) && (above === undefined || step > above[i]) && (below === undefined || step < below));
    },
    condition,
    {timeout: 90_000}
  );
}

/** The step each picture shows and a fingerprint of its drawing (the raster's data URL). */
function pictures(page: Page) {
  return page.locator("#hero .hero__card").evaluateAll((cards) =>
    cards.map((card) => ({net: (card as HTMLElement).dataset.net, step: Number((card as HTMLElement).dataset.step), image: card.querySelector("image")?.getAttribute("href") ?? ""}))
  );
}

describe("the hero demo", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number, options: {reducedMotion?: "reduce"} = {}): Promise<{page: Page; log: PageLog}> {
    const page = await browser.newPage({viewport: {width, height: 900}, acceptDownloads: true, ...options});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + "/", {waitUntil: "load"});
    return {page, log};
  }

  it("starts by itself, the pictures change, the residual net learns while the plain net stalls, and Replay restarts", async () => {
    const {page, log} = await open(1200);
    // Every distinct drawing each picture shows from now on (a stalled plain net may repeat one colour for a while).
    await page.evaluate(() => {
      const seen: Record<string, Set<string>> = {plain: new Set(), residual: new Set()};
      (window as any).__heroImages = seen;
      setInterval(() => {
        for (const card of document.querySelectorAll<HTMLElement>("#hero .hero__card")) seen[card.dataset.net!]?.add(card.querySelector("image")?.getAttribute("href") ?? "");
      }, 50);
    });
    await waitForSteps(page, {min: 5});
    const early = await pictures(page);
    expect(early.map((picture) => picture.net)).toEqual(["plain", "residual"]);
    expect(early.every((picture) => picture.image.startsWith("data:image/png"))).toBe(true);
    await waitForSteps(page, {above: early.map((picture) => picture.step)});
    await expect
      .poll(() => page.evaluate(() => Object.values((window as any).__heroImages as Record<string, Set<string>>).map((images) => images.size)), {timeout: 60_000})
      .toSatisfy((sizes: number[]) => sizes[0] >= 2 && sizes[1] >= 3);
    // The point of the demo: a snapshot where the residual net has learned and the plain net has not.
    await page.locator("#hero .hero[data-contrast-ms]").waitFor({timeout: 90_000});
    expect(await page.locator("#hero .hero__status").textContent()).toContain("only the shortcuts differ");

    const before = Math.min(...(await pictures(page)).map((picture) => picture.step));
    await page.getByRole("button", {name: "Replay"}).click();
    await waitForSteps(page, {below: before});
    await waitForSteps(page, {min: 5});

    const rows = await checkExports(page, page.locator("#hero figure.rx-export").first());
    expect(new Set(rows.map((row) => row.net))).toEqual(new Set(["plain", "residual"]));
    expect(rows.filter((row) => row.net === "plain")).toHaveLength(40 * 40);
    await checkExports(page, page.locator("#hero figure.rx-export").nth(1));
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("with reduced motion waits for Play, and fits a 375 px screen", async () => {
    const {page, log} = await open(375, {reducedMotion: "reduce"});
    await page.waitForTimeout(1500);
    expect(await page.locator("#hero .hero__status").textContent()).toContain("Press Play");
    expect((await pictures(page)).map((picture) => picture.step)).toEqual([-1, -1]);
    expect(await fitsViewport(page)).toBe(true);
    await page.getByRole("button", {name: "Play"}).click();
    await waitForSteps(page, {min: 0});
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});
