/**
 * A hostile or unlucky reader (issue 15): URL values that name Object.prototype's members, a training worker that
 * dies mid-run, settings that cannot finish, slider moves by the hundred, missing data files, damaged stored runs.
 * Nothing they do may break a lab: each case trains, stops or says what went wrong, and the page keeps working.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {openDegradation, waitForPhase} from "./labHelpers.ts";

/** DOM nodes and JavaScript event listeners of a page (Chromium's own counters). */
async function domCounts(page: Page): Promise<{nodes: number; listeners: number}> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const {metrics} = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  await cdp.detach();
  return {nodes: metric("Nodes"), listeners: metric("JSEventListeners")};
}

describe("a hostile or unlucky reader", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("moving a slider 120 times leaves as many DOM nodes and listeners as moving it 30 times", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await openDegradation(context, baseUrl, "?steps=20");
    const slider = page.getByRole("slider", {name: "Deep depth"});
    const round = async () => {
      await slider.focus();
      for (let i = 0; i < 30; i++) await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      await waitForPhase(page, ["finished"]);
      await page.waitForTimeout(300);
      return domCounts(page);
    };
    const counts = [];
    for (let i = 0; i < 4; i++) counts.push(await round());
    const [first, last] = [counts[0], counts.at(-1)!];
    expect(last.nodes, JSON.stringify(counts)).toBeLessThanOrEqual(1.1 * first.nodes);
    expect(last.listeners, JSON.stringify(counts)).toBeLessThanOrEqual(1.1 * first.listeners);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it("trains with a URL value that names an Object.prototype member, saying it used the default", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/lab?dataset=circles&steps=10&residual=constructor&batchNorm=__proto__&twin=toString`);
    await expect.poll(() => page.locator(".rx-url-notes").textContent()).toMatch(/residual=constructor is not true or false; using the default true/);
    await page.locator(".rx-lab-train").click();
    await page.waitForFunction(() => document.querySelector(".rx-progress")?.getAttribute("data-phase") === "finished", null, {timeout: 60_000});
    expect(await page.locator(".rx-progress__run").allTextContents()).toEqual(["residual MLP-18: done", "plain MLP-18: done"]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });
});
