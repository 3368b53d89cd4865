/**
 * The loss-landscape lab on /loss-landscape in Chromium: the seed's reference run is drawn at once and replaced by the
 * live run, which trains and measures both landscapes in the worker; the verdict quotes the roughnesses computed here
 * from the heatmap's own CSV; both figures export; a depth without a reference says so; 390 px fits.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

const figure = (page: Page, n: number) => page.locator(".rx-landscape__figures figure").nth(n);
const drawn = (page: Page) => page.locator(".rx-landscape").getAttribute("data-drawn");
const live = (page: Page) => page.locator('.rx-landscape[data-drawn="live"]').waitFor({timeout: 150_000});

/** Mean |second difference| of ln L along rows and columns of a square grid given row by row (the metric's definition). */
function roughness(losses: number[]): number {
  const n = Math.round(Math.sqrt(losses.length));
  const log = losses.map((loss) => Math.log(loss));
  const at = (r: number, c: number) => log[r * n + c];
  const terms: number[] = [];
  for (let r = 0; r < n; r++) for (let c = 1; c < n - 1; c++) terms.push(Math.abs(at(r, c - 1) - 2 * at(r, c) + at(r, c + 1)));
  for (let c = 0; c < n; c++) for (let r = 1; r < n - 1; r++) terms.push(Math.abs(at(r - 1, c) - 2 * at(r, c) + at(r + 1, c)));
  return terms.reduce((a, b) => a + b, 0) / terms.length;
}

describe("the loss-landscape lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the seed's reference run at once, then the live run, whose verdict quotes its own surfaces", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/loss-landscape?seed=2`, {waitUntil: "load"});
    await expect.poll(() => drawn(page), {timeout: 20_000}).toMatch(/reference|live/);
    if ((await drawn(page)) === "reference") expect(await page.locator(".rx-landscape__source").textContent()).toContain("reference run of seed 2");
    await live(page);
    expect(await figure(page, 0).locator(".rx-export__caption").textContent()).not.toContain("reference run");
    const grid = await checkExports(page, figure(page, 0));
    const losses = (net: string) => grid.filter((row) => row.net === net).map((row) => Number(row.loss));
    expect(losses("plain")).toHaveLength(441);
    expect(losses("residual")).toHaveLength(441);
    const [plain, residual] = [roughness(losses("plain")), roughness(losses("residual"))];
    const verdict = (await page.locator(".rx-verdict").textContent()) ?? "";
    expect(verdict).toContain(`roughness ${plain.toFixed(3)} against ${residual.toFixed(3)}`);
    if (plain < 2 * residual) expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toBe("fails");
    const slice = await checkExports(page, figure(page, 1));
    expect(slice.filter((row) => row.net === "plain")).toHaveLength(41);
    expect(await page.locator(".rx-landscape__heatmaps svg").count()).toBeGreaterThanOrEqual(3); // the colour legend and two panels
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("says when no reference run has the settings, measures them, and fits a 390 px screen", async () => {
    const page = await browser.newPage({viewport: {width: 390, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/loss-landscape?depth=20&seed=4`, {waitUntil: "load"});
    await expect.poll(() => page.locator(".rx-landscape__source").textContent(), {timeout: 20_000}).toContain("No reference run has these settings");
    await live(page);
    expect(new URL(page.url()).searchParams.get("depth")).toBe("20");
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
