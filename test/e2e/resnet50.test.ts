/**
 * The architecture page's "ResNet-50, built in your browser" in Chromium: the button builds the full network in
 * the training worker, the page shows 25,557,032 parameters beside the arithmetic and torchvision's figure, the
 * worker's tensor count returns to its start, TF.js never loads on the main thread, the builder's source is on
 * the page with its marked lines, the table exports, and the section fits 375 px.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {exportAll} from "./exportFiles.ts";

describe("ResNet-50 built in the browser", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("builds ResNet-50 in the worker, counts 25,557,032 parameters and disposes it", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/architecture`, {waitUntil: "networkidle"});
    const section = page.locator("#resnet50-lab");
    const button = section.getByRole("button", {name: "Build ResNet-50 in this browser"});
    const workersBefore = await page.evaluate(() => performance.getEntriesByType("resource").filter((entry) => entry.name.includes("train.worker")).length);
    expect(workersBefore).toBe(0);
    await button.click();
    const table = section.locator("table.rx-r50-table");
    await table.waitFor({timeout: 120_000});
    const cell = (quantity: string) => table.locator(`tr[data-quantity^="${quantity}"] td`).first().textContent();
    expect(await cell("parameters, built by TF.js")).toBe("25,557,032");
    expect(await cell("parameters, architecture arithmetic")).toBe("25,557,032");
    expect(await cell("parameters, torchvision")).toBe("25,557,032");
    const [before, after] = (await cell("worker tensors"))!.split(" → ");
    expect(after).toBe(before);
    expect(await table.locator(`tr[data-quantity^="worker tensors"] td`).nth(1).textContent()).toMatch(/nothing leaked/);
    expect(await cell("build time,")).toMatch(/^[\d,]+ ms$/);
    expect(Number((await cell("weights in memory"))!.replace(" MB", ""))).toBeGreaterThan(97);
    expect(await section.locator(".rx-r50-status").textContent()).toMatch(/^Built ResNet-50: 25,557,032 parameters in \d+ ms; disposed\.$/);

    const exports = await exportAll(page, section.locator(".rx-export"));
    expect([exports.svgRoot, exports.svgError, exports.isPng]).toEqual(["svg", null, true]);
    expect(exports.svgTexts).toContain("25,557,032");
    expect(exports.csvHeader).toBe("quantity,value,comparison");
    expect(exports.csvRows.length).toBe(7);

    const resources: string[] = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
    expect(resources.filter((name) => name.includes("tensorflow") || name.includes("tfjs"))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("shows the builder's real source, marked where it matches the Chinese explainer's _block and _bottleneck", async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}, isMobile: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/architecture`, {waitUntil: "networkidle"});
    const excerpts = page.locator(".rx-code-excerpt");
    expect(await excerpts.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-function")))).toEqual([
      "buildConvNet", "createStages", "unitLayout", "createConvUnit", "createShortcut", "projectionShortcut"
    ]);
    const headings = (await page.locator(".rx-code-excerpt h4").allTextContents()).join(" | ");
    expect(headings).toContain("createStages ↔ _block");
    expect(headings).toContain("createConvUnit ↔ _bottleneck");
    expect(headings).toContain("projection shortcut");
    for (let i = 0; i < 6; i++) expect(await excerpts.nth(i).locator(".rx-code__line--marked").count()).toBeGreaterThan(0);
    const unitLayout = await page.locator('.rx-code-excerpt[data-function="unitLayout"] pre code').textContent();
    expect(unitLayout).toContain("const hidden = width / BOTTLENECK_EXPANSION;");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const section = page.locator("#resnet50-lab");
    await section.getByRole("button").click();
    await section.locator("table.rx-r50-table").waitFor({timeout: 120_000});
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});
