/**
 * Residual learning page: He et al. 2015, Fig. 7 drawn from the project's own trained nets — two panels with a line
 * per net, an export, and a sentence that quotes the chart's numbers; a missing data file leaves a note, not an error.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";

describe("the layer responses of the project's nets", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws both panels for the four nets and says what they show", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-learning`, {waitUntil: "networkidle"});
    const section = page.locator("#responses");
    expect(await section.locator(".rx-responses__panels svg").count()).toBe(2);
    expect(await section.locator(".rx-legend__item").allTextContents()).toEqual(["plain-20", "ResNet-20", "plain-56", "ResNet-56"]);
    expect(await section.locator(".rx-responses__panels svg").first().getAttribute("aria-label")).toMatch(/^layer order: plain-20 mean \d\.\d\d, ResNet-20 mean/);
    const finding = (await section.locator(".rx-responses__finding").textContent()) ?? "";
    expect(finding).toMatch(/^Averaged over every layer and 3 seeds, the std of a response is \d\.\d\d for plain-20 against \d\.\d\d for ResNet-20/);
    expect(await section.locator(".rx-export__title").textContent()).toMatch(/^Std of each layer's response/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("without its data file says so in a note and the rest of the page works", async () => {
    const context = await browser.newContext({viewport: {width: 1024, height: 900}});
    await context.route("**/reference-responses-mnist*.json", (route) => route.fulfill({status: 404, body: "not found"}));
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-learning`, {waitUntil: "networkidle"});
    await expect.poll(() => page.locator("#responses .rx-reference-note").isVisible()).toBe(true);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
