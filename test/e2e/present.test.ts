/**
 * Presenter mode at a projector's 1024×768 (issue 16, item 3): the lab alone fills the viewport without
 * horizontal overflow, chart text is at least 20 px and data lines at least 3 px (measured from the DOM), no chart
 * text is cut off or lies on the x axis's label — on every lab; on the degradation lab Space pauses and resumes
 * training, Esc leaves and drops `present=1` from the URL; the "Present" button enters it.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {livePointCount, SCREENSHOT_DIR, waitForPhase} from "./labHelpers.ts";

const presenting = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("rx-present"));

/** The smallest computed font size of the lab's chart text and the smallest stroke width of its data lines. */
function chartSizes(page: Page): Promise<{texts: number; minFont: number; lines: number; minLine: number}> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll("[data-rx-lab] svg text")].filter((text) => (text.textContent ?? "").trim() !== "");
    const lines = [...document.querySelectorAll('[data-rx-lab] svg g[aria-label="line"] path')];
    const px = (element: Element, property: "fontSize" | "strokeWidth") => parseFloat(getComputedStyle(element)[property]);
    return {
      texts: texts.length,
      minFont: Math.min(...texts.map((text) => px(text, "fontSize"))),
      lines: lines.length,
      minLine: Math.min(...lines.map((line) => px(line, "strokeWidth")))
    };
  });
}

/** Chart texts that overlap the x axis's label, or are cut off at either side (at 20 px both once happened). */
function crowdedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll("[data-rx-lab] svg")) {
      const texts = [...svg.querySelectorAll("text")].filter((text) => (text.textContent ?? "").trim() !== "" && text.getBoundingClientRect().width > 0);
      for (const text of texts) {
        // Cut off by the window, by the chart's own <svg> (Chromium clips an outer svg at its box, overflow or
        // not), or by a box around it that clips what reaches past it.
        let [left, right] = [0, window.innerWidth];
        const own = text.closest("svg");
        for (let box: Element | null = own; box; box = box.parentElement) {
          if (box !== own && getComputedStyle(box).overflowX === "visible") continue;
          const rect = box.getBoundingClientRect();
          [left, right] = [Math.max(left, rect.left), Math.min(right, rect.right)];
        }
        const rect = text.getBoundingClientRect();
        if (rect.right > right + 1) problems.push(`"${text.textContent}" is cut off at the right`);
        if (rect.left < left - 1) problems.push(`"${text.textContent}" is cut off at the left`);
      }
      for (const axis of ["x", "y"]) {
        const label = svg.querySelector(`g[aria-label="${axis}-axis label"] text`);
        if (!label) continue;
        const a = label.getBoundingClientRect();
        for (const tick of svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)) {
          const b = tick.getBoundingClientRect();
          // Boxes of text include some air above and below the glyphs: 2 px of overlap are not a collision.
          if (a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2) problems.push(`"${label.textContent}" overlaps tick "${tick.textContent}"`);
        }
      }
    }
    return problems;
  });
}

describe("presenter mode at 1024×768", () => {
  let browser: Browser;
  let log: PageLog;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`present=1 on the degradation lab (${colorScheme}): sizes, no overflow, Space, Esc`, async () => {
      const page = await browser.newPage({viewport: {width: 1024, height: 768}, colorScheme});
      log = recordPage(page, baseUrl);
      await page.goto(`${baseUrl}/degradation?present=1&steps=3000`);
      await page.locator(".rx-progress").waitFor();
      expect(await presenting(page)).toBe(true);
      for (const hidden of ["#observablehq-sidebar", "#observablehq-footer", "h1", ".rx-skips"]) {
        expect(await page.locator(hidden).first().isHidden(), hidden).toBe(true);
      }
      await waitForPhase(page, ["running"]);
      await expect.poll(() => livePointCount(page), {timeout: 60_000}).toBeGreaterThan(20);
      await page.keyboard.press("Space");
      expect(await waitForPhase(page, ["paused"])).toBe("paused");
      await expect.poll(async () => (await chartSizes(page)).lines, {timeout: 30_000}).toBeGreaterThan(0);
      const main = await page.locator("#observablehq-main").boundingBox();
      expect(main!.x).toBeLessThanOrEqual(1);
      expect(main!.width).toBeGreaterThanOrEqual(1000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      const sizes = await chartSizes(page);
      expect(sizes.texts).toBeGreaterThan(10);
      expect(sizes.minFont).toBeGreaterThanOrEqual(20);
      expect(sizes.minLine).toBeGreaterThanOrEqual(3);
      expect(await crowdedTexts(page)).toEqual([]);
      await page.locator("#try-it-build-the-degradation-curve-yourself").evaluate((heading) => heading.scrollIntoView());
      await page.locator(".rx-lab-curves, figure svg").first().scrollIntoViewIfNeeded();
      await page.screenshot({path: `${SCREENSHOT_DIR}/present-degradation-1024x768-${colorScheme}.png`});
      await page.keyboard.press("Space");
      expect(await waitForPhase(page, ["running"])).toBe("running");
      await page.keyboard.press("Escape");
      expect(await presenting(page)).toBe(false);
      expect(await page.locator("h1").first().isVisible()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.has("present"), {timeout: 5000}).toBe(false);
      expect(new URL(page.url()).searchParams.get("steps")).toBe("3000");
      await page.getByRole("button", {name: "Stop"}).click();
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      await page.close();
    });
  }

  /** Every other lab, with what makes it draw: the trained ones wait for their curves. */
  const OTHER_LABS: {name: string; path: string; train?: string; lines: boolean}[] = [
    {name: "the Overview's hero", path: "/?present=1", lines: true},
    {name: "the residual-unit lab", path: "/residual-learning?present=1", lines: false}, // bars, no lines
    {name: "the gradient-flow lab", path: "/gradient-flow?present=1&steps=60", lines: true},
    {name: "the shattered-gradients lab", path: "/shattered-gradients?present=1", lines: true},
    {name: "the lesion lab", path: "/lesion?present=1", lines: true},
    {name: "the loss-landscape lab", path: "/loss-landscape?present=1", lines: true},
    {name: "the shortcut-options lab", path: "/residual-units?present=1&steps=20", train: "Train A, B and C", lines: true},
    {name: "the Lab page", path: "/lab?present=1&dataset=circles&steps=60", train: "Train", lines: true}
  ];
  for (const lab of OTHER_LABS) {
    it(`present=1 on ${lab.name}: chart text 20 px, lines 3 px, nothing cut off or on top of the axis label`, async () => {
      const page = await browser.newPage({viewport: {width: 1024, height: 768}});
      const pageLog = recordPage(page, baseUrl);
      await page.goto(baseUrl + lab.path);
      await expect.poll(() => presenting(page), {timeout: 10_000}).toBe(true);
      if (lab.train) await page.getByRole("button", {name: lab.train}).first().click();
      if (lab.lines) await expect.poll(async () => (await chartSizes(page)).lines, {timeout: 90_000}).toBeGreaterThan(0);
      await page.waitForTimeout(1000); // the last redraw of what was measured
      const sizes = await chartSizes(page);
      expect(sizes.texts).toBeGreaterThan(3);
      expect(sizes.minFont).toBeGreaterThanOrEqual(20);
      if (lab.lines) expect(sizes.minLine).toBeGreaterThanOrEqual(3);
      expect(await crowdedTexts(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      expect([...pageLog.consoleErrors, ...pageLog.pageErrors]).toEqual([]);
      await page.close();
    });
  }

  it("the Present button on the Lab page enters presenter mode and writes present=1; Esc leaves", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 768}});
    await page.goto(`${baseUrl}/lab`);
    await page.getByRole("button", {name: "Present"}).click();
    expect(await presenting(page)).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("present"), {timeout: 5000}).toBe("1");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    expect(await page.locator('.rx-control[data-param="depth"]').isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await presenting(page)).toBe(false);
    await expect.poll(() => new URL(page.url()).searchParams.has("present"), {timeout: 5000}).toBe(false);
    await page.close();
  });
});
