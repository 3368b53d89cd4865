/**
 * The degradation lab in Chromium (issue 4, item 2), with tiny step counts from the URL so each run takes seconds:
 * four nets train live and their curves grow; a verdict appears; finished runs become points of the error-vs-depth
 * chart, which survives a reload and can be cleared; moving a slider restarts the runs at the new depth and writes
 * the URL; the default settings show their reference runs at once; every chart exports valid SVG, PNG and CSV; the
 * page fits 375 px. Screenshots go to test-results/screenshots.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser} from "./browser.ts";
import {download, evaluateOffSite, PNG_SIGNATURE} from "./exportFiles.ts";
import {livePointCount, openDegradation, ownRunCount, SCREENSHOT_DIR, waitForPhase} from "./labHelpers.ts";

describe("degradation lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("trains four nets live, gives a verdict, and builds an error-vs-depth chart that survives a reload and can be cleared", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await openDegradation(context, baseUrl, "?steps=40");
    expect(await page.locator(".rx-progress__run").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^plain-20: /), expect.stringMatching(/^residual-20: /), expect.stringMatching(/^plain-56: /), expect.stringMatching(/^residual-56: /)])
    );
    await expect.poll(() => livePointCount(page), {timeout: 60_000}).toBeGreaterThan(8);
    const early = await livePointCount(page);
    await expect.poll(() => livePointCount(page), {timeout: 60_000}).toBeGreaterThan(early);
    expect(await waitForPhase(page, ["finished"])).toBe("finished");
    expect(await page.locator(".rx-progress__text").textContent()).toMatch(/^Done: 4 nets trained 40 steps in \d+/);
    expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toMatch(/^(holds|fails)$/);
    expect(await page.locator(".rx-verdict").textContent()).toMatch(/final training loss: plain-20 \d\.\d{3}, plain-56 \d\.\d{3}, residual-20 \d\.\d{3}, residual-56 \d\.\d{3}/);
    await expect.poll(() => ownRunCount(page)).toBe(4);
    await expect.poll(() => page.locator(".rx-history .rx-depth-chart g[aria-label=dot] circle").count()).toBe(4);

    await page.reload();
    await page.locator(".rx-history__count").waitFor();
    expect(await ownRunCount(page)).toBe(4); // from storage, before the new run ends
    await waitForPhase(page, ["finished"]);
    expect(await ownRunCount(page)).toBe(4); // the same settings again: the same four points, not eight
    await page.getByRole("button", {name: "Clear my runs"}).click();
    await expect.poll(() => ownRunCount(page)).toBe(0);
    expect(await page.locator(".rx-history .rx-depth-chart g[aria-label=dot] circle").count()).toBe(0);
    await page.reload();
    await page.locator(".rx-history__count").waitFor();
    expect(await ownRunCount(page)).toBe(0);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await context.close();
  });

  it("trains the same conv nets again to the same losses, bit for bit: the same seed gives the same run on two threads", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await openDegradation(context, baseUrl, "?steps=30");
    const finalLosses = async () => {
      await waitForPhase(page, ["finished"]);
      return page.evaluate(() => (window as any).__degradationLab.session.value.runs.map((run: any) => `${run.label} ${run.snapshots.at(-1).loss}`));
    };
    const first = await finalLosses();
    expect(first).toHaveLength(4);
    expect(await page.evaluate(() => (window as any).__degradationLab.session.value.backend.facts.kernelThreads)).toBeGreaterThanOrEqual(2); // real helper threads
    await page.getByRole("button", {name: "Retrain"}).click();
    await expect.poll(() => page.locator(".rx-progress").getAttribute("data-phase")).not.toBe("finished");
    expect(await finalLosses()).toEqual(first);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it("moving the deep slider restarts the runs at the new depth and writes the URL", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await openDegradation(context, baseUrl, "?steps=40&shallow=8");
    await page.getByRole("slider", {name: "Deep depth"}).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("spinbutton", {name: "Deep depth"}).inputValue()).toBe("44");
    await expect.poll(() => new URL(page.url()).search).toBe("?shallow=8&deep=44&steps=40");
    await expect.poll(() => page.locator(".rx-progress__run").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^plain-8: /), expect.stringMatching(/^plain-44: /), expect.stringMatching(/^residual-44: /)])
    );
    await waitForPhase(page, ["finished"]);
    expect(await page.locator(".rx-degradation-curves svg[role=img]").textContent()).toContain("44 layers");
    expect(await page.locator(".rx-verdict").textContent()).toMatch(/plain-8 .*plain-44/);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it("shows the reference runs of the default settings at once, marked as reference", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await openDegradation(context, baseUrl);
    const curves = page.locator(".rx-degradation-curves");
    expect(await curves.locator(".rx-legend").textContent()).toContain("reference run");
    expect(await curves.locator("g[aria-label=line] g[stroke-dasharray] path").count()).toBe(8); // 4 nets × training and test
    expect(await curves.locator("svg[role=img]").getAttribute("aria-label")).toContain("plain-56 (reference): step 200"); // the conv nets on digits (data/degradation-mnist.json)
    const rings = page.locator(".rx-history .rx-depth-chart g[aria-label=dot][fill=none] circle");
    expect(await rings.count()).toBeGreaterThanOrEqual(4 * 10); // ten seeds at 20 and 56 layers, plus the depth sweep
    expect(await page.locator(".rx-history .rx-legend").textContent()).toContain("reference runs");
    await curves.scrollIntoViewIfNeeded();
    await page.screenshot({path: `${SCREENSHOT_DIR}/degradation-lab-start-1200.png`});
    await page.getByRole("button", {name: "Stop"}).click();
    expect(await waitForPhase(page, ["stopped"])).toBe("stopped");
    expect(await page.locator(".rx-verdict").textContent()).toContain("Stopped before the end");
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it("exports the curves and the error-vs-depth chart as valid SVG, PNG and CSV", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const {page} = await openDegradation(context, baseUrl, "?steps=30&seed=2");
    await waitForPhase(page, ["finished"]);
    const curves = page.locator(".rx-degradation-curves");
    const svg = await download(page, curves.getByRole("button", {name: /as SVG/}));
    expect(svg.name).toBe("degradation-error-curves.svg");
    const parsed = await evaluateOffSite(page, (text: string) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {root: doc.documentElement.nodeName, error: doc.getElementsByTagName("parsererror").length, texts: Array.from(doc.getElementsByTagName("text"), (node) => node.textContent)};
    }, svg.bytes.toString("utf8"));
    expect(parsed).toMatchObject({root: "svg", error: 0});
    expect(parsed.texts.join(" ")).toContain("Training error (thin) and test error (bold)");
    expect(parsed.texts.join(" ")).toMatch(/30 steps · seed 2/);
    expect(parsed.texts).toEqual(expect.arrayContaining(["plain", "residual", "56 layers"]));
    const png = await download(page, curves.getByRole("button", {name: /as PNG/}));
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const csv = (await download(page, curves.getByRole("button", {name: /as CSV/}))).bytes.toString("utf8").split("\r\n");
    expect(csv[0]).toBe("run,source,net,depth,status,step,train_loss,train_error,test_error");
    expect(csv.filter((line) => line.startsWith("plain-56,live,plain,56,done,")).length).toBe(31); // steps 0, 1, …, 30
    const depth = page.locator(".rx-history");
    const depthPng = await download(page, depth.getByRole("button", {name: /as PNG/}));
    expect(depthPng.name).toBe("degradation-error-vs-depth.png");
    expect([...depthPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const depthCsv = (await download(page, depth.getByRole("button", {name: /as CSV/}))).bytes.toString("utf8").split("\r\n");
    expect(depthCsv[0]).toBe("run,source,net,depth,final_train_error,status");
    expect(depthCsv.filter((line) => /,live,/.test(line)).length).toBe(4);
    await context.close();
  });

  it("fits a 375 px screen and reads in the dark theme", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({viewport: {width: 375, height: 800}, isMobile: true, hasTouch: true, colorScheme});
      const {page, log} = await openDegradation(context, baseUrl, "?steps=20");
      await expect.poll(() => livePointCount(page), {timeout: 60_000}).toBeGreaterThan(8); // drawn while training
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const box = await page.locator(".rx-degradation-curves svg[role=img]").boundingBox();
      expect(box!.width).toBeLessThanOrEqual(375);
      await page.locator(".rx-progress").scrollIntoViewIfNeeded();
      await page.screenshot({path: `${SCREENSHOT_DIR}/degradation-lab-375-${colorScheme}.png`, fullPage: false});
      expect(log.pageErrors).toEqual([]);
      await context.close();
    }
  });
});
