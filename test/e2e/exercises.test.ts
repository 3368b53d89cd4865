/**
 * The exercises at the end of the story pages with labs: answers computed from the reference runs (the numbers of data/
 * appear) or by the lab's own code, and "Set it up" puts the lab into the exercise's settings.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";

describe("exercises", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("on /degradation: four questions, answers from the reference runs, and a link that sets the lab up", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + "/degradation", {waitUntil: "load"});
    const exercises = page.locator(".rx-exercise");
    await exercises.first().waitFor();
    expect(await exercises.count()).toBe(4);
    const first = exercises.first();
    await first.locator("summary").click();
    await expect.poll(() => first.locator("details p").textContent()).toMatch(/plain-32 1\.137/); // data/depth-sweep-mnist.json, seed 1: the conv nets, the lab's default
    await first.getByRole("link", {name: "Set it up"}).click();
    await page.waitForURL(/\/degradation\?deep=32$/);
    await expect.poll(() => page.getByRole("spinbutton", {name: "Deep depth"}).inputValue(), {timeout: 30_000}).toBe("32");
    expect(await page.locator(".rx-url-notes li").count()).toBe(0);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await page.close();
  });

  it("on /gradient-flow: the answers quote the reference run's gradient ratios", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 800}});
    await page.goto(baseUrl + "/gradient-flow", {waitUntil: "load"});
    const answers = page.locator(".rx-exercise details p");
    await answers.first().waitFor({state: "attached"});
    expect(await answers.count()).toBe(2);
    expect(await answers.first().textContent()).toMatch(/^In the reference run \(seed 1\), at step 0 the gradient at the first unit is [\d,]+ times .* plain net, and [\d,]+ times in the residual net\.$/);
    await page.close();
  });

  it("on /residual-learning, /residual-units and /shattered-gradients: answers computed for the exercise's settings", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 800}});
    const log = recordPage(page, baseUrl);
    for (const [path, count, first] of [["/residual-learning", 3, /^No: .* negative components of x to 0/], ["/residual-units", 2, /^At 8 layers and width 4, option A has [\d,]+ parameters/], ["/shattered-gradients", 2, /^Averaged over the reference seeds \(10\), r₁ at 8 layers is -?\d\.\d\d for the plain net/]] as const) {
      await page.goto(baseUrl + path, {waitUntil: "load"});
      const answers = page.locator(".rx-exercise details p");
      await answers.first().waitFor({state: "attached"});
      expect(await answers.count(), path).toBe(count);
      expect(await answers.first().textContent(), path).toMatch(first);
    }
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await page.close();
  });
});
