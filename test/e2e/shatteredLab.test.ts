/**
 * The shattered-gradients lab on /shattered-gradients in Chromium: it measures the untrained nets live in the worker,
 * its verdict sentence quotes the numbers the sweep chart's CSV holds, the depth slider changes the picture without
 * measuring again, the three figures export, and depth and seed round-trip through the URL (a bad one clamped with a note).
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

const figure = (page: Page, n: number) => page.locator(".rx-shattered__figures figure").nth(n);
const finished = (page: Page) => page.locator('.rx-shattered__progress[data-phase="finished"]').waitFor({timeout: 120_000});

describe("the shattered-gradients lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("measures live, and its verdict quotes the sweep's own numbers at 20 layers", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/shattered-gradients?seed=3`, {waitUntil: "load"});
    await finished(page);
    expect(await page.locator(".rx-shattered__status").textContent()).toMatch(/^Measured 20 untrained nets in \d+\.\d s/);
    const sweep = await checkExports(page, figure(page, 2));
    const at20 = (net: string) => Number(sweep.find((row) => row.net === net && row.depth === "20")!.lag1);
    const verdict = (await page.locator(".rx-verdict").textContent()) ?? "";
    expect(verdict).toContain(`at 20 layers: plain ${at20("plain").toFixed(2)}, residual ${at20("residual").toFixed(2)}`);
    const holds = at20("plain") <= 0.3 && at20("residual") - at20("plain") >= 0.2;
    expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toBe(holds ? "holds" : "fails");
    expect(sweep.filter((row) => row.net === "plain").map((row) => Number(row.depth))).toEqual([2, 8, 14, 20, 26, 32, 38, 44, 50, 56]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("redraws for the depth the slider picks, without measuring again, and keeps it in the URL", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/shattered-gradients?seed=2`, {waitUntil: "load"});
    await finished(page);
    const gradientsAt20 = await checkExports(page, figure(page, 0));
    expect(new Set(gradientsAt20.map((row) => row.depth))).toEqual(new Set(["20"]));
    const status = await page.locator(".rx-shattered__status").textContent();
    const box = page.locator("#shattered-lab input.rx-control__number").first();
    await box.fill("44");
    await box.press("Enter");
    await expect.poll(() => page.locator(".rx-shattered").getAttribute("data-depth")).toBe("44");
    expect(await page.locator(".rx-shattered__depth-text").textContent()).toMatch(/^At 44 layers, r₁ = /);
    expect(await figure(page, 0).locator(".rx-legend").textContent()).toContain("44 layers");
    const gradientsAt44 = await checkExports(page, figure(page, 0));
    expect(new Set(gradientsAt44.map((row) => row.depth))).toEqual(new Set(["44"]));
    expect(gradientsAt44.map((row) => row.gradient)).not.toEqual(gradientsAt20.map((row) => row.gradient));
    const acf = await checkExports(page, figure(page, 1));
    expect(acf.filter((row) => row.lag === "0").map((row) => Number(row.autocorrelation))).toEqual([1, 1]);
    expect(await page.locator(".rx-shattered__status").textContent()).toBe(status); // not measured again
    expect(new URL(page.url()).searchParams.get("depth")).toBe("44");
    await page.reload({waitUntil: "load"});
    await finished(page);
    expect(await page.locator(".rx-shattered").getAttribute("data-depth")).toBe("44");
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("clamps a bad depth with a note, and fits a 390 px screen", async () => {
    const page = await browser.newPage({viewport: {width: 390, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/shattered-gradients?depth=999&seed=1`, {waitUntil: "load"});
    expect(await page.locator("#shattered-lab .rx-url-notes").textContent()).toContain("depth=999");
    await finished(page);
    expect(await page.locator(".rx-shattered").getAttribute("data-depth")).toBe("56");
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
