/**
 * The Lab page trains in Chromium: Train starts the configured net and its twin in the worker and the curves,
 * the decision boundaries and the progress panel change; a tiny conv net trains on the MNIST subset; changing
 * a setting mid-run stops the run and says so; pause and resume work; a learning rate that blows up shows
 * "diverged"; a requested backend is used and reported; the copied link reopens the same settings; exports are
 * valid; the workers' tensors return to where they were; nothing leaves the origin; 375 px fits. Runs are tiny
 * (tens of steps) so the whole file takes seconds of training.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {exportAll} from "./exportFiles.ts";

const SCREENSHOT_DIR = "test-results/screenshots";

describe("Lab page runs", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openLab(query: string, {width = 1200, downloads = false} = {}): Promise<{page: Page; log: PageLog}> {
    const page = await browser.newPage({viewport: {width, height: 900}, acceptDownloads: downloads});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/lab${query}`, {waitUntil: "networkidle"});
    await page.locator(".rx-lab-train").waitFor();
    return {page, log};
  }

  const phase = (page: Page) => page.locator(".rx-progress").getAttribute("data-phase");
  const chips = (page: Page) => page.locator(".rx-progress__run").allTextContents();
  const finished = (page: Page, timeout = 120_000) => page.locator('.rx-progress[data-phase="finished"]').waitFor({timeout});
  const tensors = (page: Page) => page.evaluate(async () => (await (window as any).__labSession.stats()).numTensors as number);
  /** How many line paths the error chart draws (grows as snapshots arrive). */
  const curvePoints = (page: Page) =>
    page.locator(".rx-lab-charts .rx-export").first().locator('svg [aria-label="line"] path').evaluateAll((paths) =>
      paths.reduce((sum, path) => sum + (path.getAttribute("d")?.split(/[LM]/).length ?? 0), 0)
    );

  it("trains an MLP and its twin on 2-D data: curves, boundaries, progress, exports, no leaks", async () => {
    const {page, log} = await openLab("?dataset=circles&units=2&hidden=8&steps=60", {downloads: true});
    expect(await page.locator(".rx-lab-placeholder").count()).toBe(1);
    expect(await page.locator(".rx-lab-estimate").textContent()).toMatch(/^Training these 2 nets takes about \d+ s here/);
    await page.locator(".rx-lab-train").click();
    await finished(page);
    expect(await chips(page)).toEqual(["residual MLP-6: done", "plain MLP-6: done"]);
    expect(await page.locator(".rx-progress__backend").getAttribute("data-backend")).toMatch(/^(wasm|cpu)$/);
    const figures = page.locator(".rx-lab-charts .rx-export");
    expect(await figures.locator(".rx-export__title").allTextContents()).toEqual([
      "Training error (thin) and test error (bold)", "Decision boundaries", "Training loss (cross-entropy)"
    ]);
    expect(await curvePoints(page)).toBeGreaterThan(2 * 40);
    expect(await page.locator('.rx-boundary[data-panels="2"] .rx-boundary__panel svg [aria-label="raster"] image').count()).toBe(2);
    expect(await page.locator(".rx-boundary__heading").allTextContents()).toEqual(["residual MLP-6 · step 60", "plain MLP-6 · step 60"]);
    const caption = await figures.first().locator("figcaption").textContent();
    const backend = await page.locator(".rx-progress__backend").getAttribute("data-backend");
    expect(caption).toBe("residual MLP-6 vs plain MLP-6 · circles · 60 SGD steps of 32, lr 0.1, momentum 0.9, weight decay 0.0001 · seed 1 · computed with " +
      (backend === "wasm" ? "WebAssembly" : "plain JavaScript"));
    for (const [i, figure] of (await figures.all()).entries()) {
      const files = await exportAll(page, figure);
      expect([files.svgRoot, files.svgError, files.isPng], `figure ${i}`).toEqual(["svg", null, true]);
      expect(files.svgTexts).toContain("seed 1");
      expect(files.csvRows.length, `figure ${i}`).toBeGreaterThan(20);
    }
    const afterFirst = await tensors(page);
    await page.locator(".rx-lab-train").click();
    await page.waitForFunction(() => document.querySelector(".rx-progress")?.getAttribute("data-phase") === "running");
    await finished(page);
    expect(await tensors(page)).toBe(afterFirst);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("trains a tiny conv net on the MNIST subset, with test error evaluated", async () => {
    const {page, log} = await openLab("?depth=8&width=2&batchSize=8&steps=20&twin=false&backend=cpu");
    await page.locator(".rx-lab-train").click();
    await finished(page);
    expect(await chips(page)).toEqual(["ResNet-8: done"]);
    expect(await page.locator(".rx-progress__backend").getAttribute("data-backend")).toBe("cpu");
    expect(await page.locator(".rx-lab-charts .rx-export").count()).toBe(2); // no decision boundary for images
    const described = await page.locator(".rx-lab-charts .rx-curves > svg").first().getAttribute("aria-label");
    expect(described).toMatch(/ResNet-8: step 20, training error \d+%/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("stops a run when a setting changes, and pauses and resumes", async () => {
    const {page, log} = await openLab("?dataset=spirals&units=4&steps=5000");
    expect(await page.locator(".rx-lab-train").textContent()).toMatch(/^Train/);
    await page.locator(".rx-lab-train").click();
    await page.waitForFunction(() => document.querySelector(".rx-progress__text")?.textContent?.startsWith("Training 2 nets · step"));
    await page.getByRole("button", {name: "Pause"}).click();
    await expect.poll(() => phase(page)).toBe("paused");
    const pausedAt = await page.locator(".rx-progress__text").textContent();
    await page.waitForTimeout(600);
    expect(await page.locator(".rx-progress__text").textContent()).toBe(pausedAt);
    await page.getByRole("button", {name: "Resume"}).click();
    await expect.poll(() => phase(page)).toBe("running");
    const before = await curvePoints(page);
    await expect.poll(() => curvePoints(page), {timeout: 30_000}).toBeGreaterThan(before);
    const seed = page.getByRole("spinbutton", {name: "Seed"});
    await seed.fill("2");
    await seed.press("Enter");
    await page.waitForFunction(() => document.querySelector(".rx-progress")?.getAttribute("data-phase") === "stopped");
    expect(await chips(page)).toEqual(["residual MLP-10: cancelled", "plain MLP-10: cancelled"]);
    expect(await page.locator(".rx-lab-note").textContent()).toMatch(/^The settings changed, so the run was stopped/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("shows a run that blows up as diverged", async () => {
    const {page, log} = await openLab("?dataset=circles&units=10&batchNorm=false&learningRate=1&momentum=0.99&steps=200&twin=false");
    await page.locator(".rx-lab-train").click();
    await page.waitForFunction(() => ["finished", "stopped"].includes(document.querySelector(".rx-progress")?.getAttribute("data-phase") ?? ""), null, {timeout: 120_000});
    expect(await chips(page)).toEqual(["residual MLP-22: diverged"]);
    expect(await page.locator(".rx-lab-charts .rx-curves > svg").first().textContent()).toContain("diverged");
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("copies a link that reopens exactly these settings", async () => {
    const query = "?dataset=checkerboard&units=3&hidden=12&residual=false&unit=preact&batchNorm=false&learningRate=0.05&momentum=0.5&weightDecay=0.001&batchSize=64&steps=120&seed=77&backend=cpu&twin=false";
    const {page} = await openLab(query);
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", {value: undefined}));
    await page.getByRole("button", {name: "Copy link"}).click();
    const link = await page.getByRole("textbox", {name: "Link to these settings"}).inputValue();
    const summary = await page.locator("main").evaluate((main) => main.textContent?.match(/This setup trains.*?backend \w+\./s)?.[0]);
    const values = () => page.locator(".rx-control").evaluateAll((controls) => controls.map((control) => [control.getAttribute("data-param"), (control as any).value]));
    const original = await values();
    expect(new URL(link).search).toBe(query);
    const reopened = await browser.newPage({viewport: {width: 1200, height: 900}});
    await reopened.goto(link, {waitUntil: "networkidle"});
    await reopened.locator(".rx-lab-train").waitFor();
    expect(await reopened.locator(".rx-control").evaluateAll((controls) => controls.map((control) => [control.getAttribute("data-param"), (control as any).value]))).toEqual(original);
    expect(await reopened.locator("main").evaluate((main) => main.textContent?.match(/This setup trains.*?backend \w+\./s)?.[0])).toBe(summary);
    await reopened.close();
    await page.close();
  });

  it("fits 375 px while and after training", async () => {
    const {page, log} = await openLab("?dataset=spirals&units=2&steps=40", {width: 375});
    await page.locator(".rx-lab-train").click();
    await finished(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({path: `${SCREENSHOT_DIR}/lab-runs-375.png`, fullPage: true});
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
