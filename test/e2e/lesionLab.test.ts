/**
 * The lesion lab on /lesion in Chromium: the reference run of the seed is drawn at once and replaced by the live run,
 * which trains and deletes units in the worker; the verdict quotes the medians the single-deletion chart's CSV holds;
 * the four figures export; a depth without a reference says so and trains; a bad depth is clamped with a note; 390 px fits.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

const figure = (page: Page, n: number) => page.locator(".rx-lesion__figures figure").nth(n);
const drawn = (page: Page) => page.locator(".rx-lesion").getAttribute("data-drawn");
const live = (page: Page) => page.locator('.rx-lesion[data-drawn="live"]').waitFor({timeout: 120_000});
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;

describe("the lesion lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the seed's reference run at once, then the live run, whose verdict quotes its own deletions", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    const startedAt = Date.now();
    await page.goto(`${baseUrl}/lesion?seed=3`, {waitUntil: "load"});
    await expect.poll(() => drawn(page), {timeout: 20_000}).toMatch(/reference|live/);
    if ((await drawn(page)) === "reference") expect(await page.locator(".rx-lesion__source").textContent()).toContain("reference run of seed 3");
    await live(page);
    const liveMs = Date.now() - startedAt;
    expect(liveMs).toBeLessThan(120_000);
    expect(await page.locator(".rx-lesion__source").textContent()).toBe("Drawn below: your run.");
    expect(await figure(page, 0).locator(".rx-export__caption, figcaption").first().textContent()).not.toContain("reference run");
    const single = await checkExports(page, figure(page, 0));
    const errorsOf = (net: string) => single.filter((row) => row.net === net && row.downsampling === "false").map((row) => Number(row.testError));
    expect(errorsOf("plain")).toHaveLength(9);
    expect(errorsOf("residual")).toHaveLength(9);
    const intact = (net: string) => Number(single.find((row) => row.net === net)!.intactError);
    const verdict = (await page.locator(".rx-verdict").textContent()) ?? "";
    expect(verdict).toContain(`plain ${percent(intact("plain"))} → ${percent(median(errorsOf("plain")))}`);
    expect(verdict).toContain(`residual ${percent(intact("residual"))} → ${percent(median(errorsOf("residual")))}`);
    const damage = (net: string) => (median(errorsOf(net)) - intact(net)) / (0.5 - intact(net));
    const holds = damage("residual") <= 0.1 && damage("plain") >= 0.5;
    expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toBe(holds ? "holds" : "fails");
    const random = await checkExports(page, figure(page, 1));
    expect(random).toHaveLength(2 * 9 * 10);
    const paths = await checkExports(page, figure(page, 2));
    expect(paths.map((row) => Number(row.paths))).toEqual([1, 9, 36, 84, 126, 126, 84, 36, 9, 1]);
    expect(paths.reduce((sum, row) => sum + Number(row.gradientShare), 0)).toBeCloseTo(1, 4);
    await checkExports(page, figure(page, 3));
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("says when no reference run has the settings, trains them, and keeps the depth in the URL", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/lesion?depth=14&seed=2`, {waitUntil: "load"});
    await expect.poll(() => page.locator(".rx-lesion__source").textContent(), {timeout: 20_000}).toContain("No reference run has these settings");
    expect(await drawn(page)).toBe("none");
    await live(page);
    const single = await checkExports(page, figure(page, 0));
    expect(single.filter((row) => row.net === "residual")).toHaveLength(6);
    expect(new URL(page.url()).searchParams.get("depth")).toBe("14");
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("clamps a bad depth with a note, and fits a 390 px screen", async () => {
    const page = await browser.newPage({viewport: {width: 390, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/lesion?depth=999&seed=1`, {waitUntil: "load"});
    expect(await page.locator("#lesion-lab .rx-url-notes").textContent()).toContain("depth=999");
    await expect.poll(() => drawn(page), {timeout: 20_000}).toMatch(/none|live/);
    await live(page);
    expect(await figure(page, 0).locator("svg").count()).toBeGreaterThan(0);
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
