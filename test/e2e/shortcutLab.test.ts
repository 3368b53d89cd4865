/**
 * The residual-units page's shortcut lab in Chromium: "Train A, B and C" trains the same tiny conv net with each
 * option, the table's parameter counts equal the architecture arithmetic, a changed setting retrains all three
 * with it (and the URL keeps it), the exports are valid, the workers' tensors come back, nothing leaves the
 * origin, and 375 px fits.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {shortcutCounts} from "../../src/components/shortcutLab/shortcutRuns.ts";
import {parseLabParams} from "../../src/components/controls/urlState.ts";
import {launchBrowser, recordPage} from "./browser.ts";
import {exportAll} from "./exportFiles.ts";

describe("shortcut options lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const lab = (page: Page) => page.locator("#shortcut-lab");
  const chips = (page: Page) => lab(page).locator(".rx-progress__run").allTextContents();
  const waitFor = (page: Page, phase: string) =>
    page.waitForFunction((phase) => document.querySelector("#shortcut-lab .rx-progress")?.getAttribute("data-phase") === phase, phase, {timeout: 120_000});
  const counts = (page: Page) => lab(page).locator("table.rx-shortcut-table tbody tr td:nth-child(3)").allTextContents();

  it("with its default settings ends with A, B and C close, and says so from the run's own numbers", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-units`, {waitUntil: "networkidle"});
    await lab(page).getByRole("button", {name: /^Train A, B and C/}).click();
    await waitFor(page, "finished");
    const sentence = (await lab(page).locator(".rx-shortcut-verdict").textContent()) ?? "";
    const errors = (await lab(page).locator("table.rx-shortcut-table tbody tr td:nth-child(7)").allTextContents()).map((text) => Number.parseFloat(text));
    expect(sentence).toMatch(/^Final test errors: A \d+\.\d%, B \d+\.\d%, C \d+\.\d% — within \d\.\d points of each other/);
    expect(Math.max(...errors) - Math.min(...errors)).toBeLessThanOrEqual(3);
    expect(Math.max(...errors)).toBeLessThan(15);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("trains A, B and C, counts their parameters like the arithmetic, and retrains when a setting changes", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    const query = "?width=2&steps=20";
    await page.goto(`${baseUrl}/residual-units${query}`, {waitUntil: "networkidle"});
    const expected = (search: string) => shortcutCounts(parseLabParams("shortcuts", search).values).map((count) => count.params.toLocaleString("en-US"));
    expect(await counts(page)).toEqual(expected(query));
    await lab(page).getByRole("button", {name: /^Train A, B and C/}).click();
    await waitFor(page, "finished");
    expect(await chips(page)).toEqual(["option A: done", "option B: done", "option C: done"]);
    const curves = lab(page).locator(".rx-shortcut-curves > svg");
    expect(await curves.getAttribute("aria-label")).toMatch(/option A: step 20.*option B: step 20.*option C: step 20/);
    expect(await lab(page).locator("table.rx-shortcut-table tbody tr td:nth-child(5)").allTextContents()).toEqual(["done, step 20", "done, step 20", "done, step 20"]);
    const baseline = await page.evaluate(async () => (await (window as any).__shortcutSession.stats()).numTensors);

    for (const figure of await lab(page).locator(".rx-export").all()) {
      const files = await exportAll(page, figure);
      expect([files.svgRoot, files.svgError, files.isPng]).toEqual(["svg", null, true]);
      expect(files.svgTexts).toContain("seed 1");
      expect(files.csvRows.length).toBeGreaterThanOrEqual(3);
    }

    await lab(page).getByRole("radio", {name: "Pre-activation"}).check();
    await expect.poll(() => new URL(page.url()).search).toBe("?width=2&unit=preact&steps=20");
    await waitFor(page, "running");
    await waitFor(page, "finished");
    expect(await counts(page)).toEqual(expected("?width=2&unit=preact&steps=20"));
    expect(await lab(page).locator(".rx-export figcaption").first().textContent()).toMatch(/^ResNet-8 A vs ResNet-8 B vs ResNet-8 C · MNIST 14×14 · 20 SGD steps of 64/);
    expect(await page.evaluate(async () => (await (window as any).__shortcutSession.stats()).numTensors)).toBe(baseline);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("reads its settings from the URL, clamps bad ones with a note, and fits 375 px", async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}, isMobile: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/residual-units?depth=9&unit=preact`, {waitUntil: "networkidle"});
    expect(await lab(page).locator(".rx-url-notes").textContent()).toContain("depth");
    expect(await lab(page).getByRole("spinbutton", {name: "Depth"}).inputValue()).toBe("8");
    expect(await lab(page).getByRole("radio", {name: "Pre-activation"}).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
