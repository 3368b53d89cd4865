/**
 * The residual-unit lab on /residual-learning in Chromium: scaling the branch to α = 0 makes the pre-activation
 * unit the identity (the readout and the CSV export say output = x) and the original unit ReLU(x); the settings
 * go into the URL; exports are valid; nothing is fetched off the origin; it fits a 375 px screen.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

describe("the residual-unit lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: string, width: number): Promise<{page: Page; log: PageLog}> {
    const page = await browser.newPage({viewport: {width, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-learning${query}`, {waitUntil: "networkidle"});
    await page.locator("#residual-unit-lab .unit-chart").waitFor();
    return {page, log};
  }

  const lab = (page: Page) => page.locator("#residual-unit-lab");
  const deviation = async (page: Page) => Number(await lab(page).locator(".unit-chart__readout").getAttribute("data-max-deviation"));

  /** Moves the scale slider's number box to a value, as a reader typing it would. */
  async function setScale(page: Page, value: string) {
    const box = lab(page).locator('[data-param="scale"] input[type="number"]');
    await box.fill(value);
    await box.press("Enter");
  }

  it("at α = 0 the pre-activation unit's output equals its input, on screen and in the CSV", async () => {
    const {page, log} = await open("?unit=preact", 1200);
    expect(await deviation(page)).toBeGreaterThan(0.05);
    await setScale(page, "0");
    await expect.poll(() => deviation(page)).toBe(0);
    expect(await lab(page).locator(".unit-chart__readout").textContent()).toContain("exactly the identity");
    const rows = await checkExports(page, lab(page).locator("figure.rx-export"));
    expect(rows).toHaveLength(24);
    for (const row of rows) expect(Number(row.output)).toBe(Number(row.x));
    expect(rows.some((row) => Number(row.x) < 0)).toBe(true);
    await expect.poll(() => page.evaluate(() => location.search)).toContain("scale=0");
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("at α = 0 the original unit's output is ReLU(x), and the text says so", async () => {
    const {page, log} = await open("?scale=0", 1200);
    expect(await lab(page).locator(".unit-chart__readout").textContent()).toContain("ReLU(x)");
    const rows = await checkExports(page, lab(page).locator("figure.rx-export"));
    for (const row of rows) expect(Number(row.output)).toBe(Math.max(Number(row.x), 0));
    expect(await deviation(page)).toBeGreaterThan(0);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("clamps a bad URL value with a note, and fits a 375 px screen", async () => {
    const {page, log} = await open("?scale=7&unit=preact", 375);
    expect(await page.locator(".rx-url-notes").textContent()).toContain("scale");
    expect(await lab(page).locator(".unit-chart__heading").nth(1).textContent()).toContain("α = 1.00");
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
