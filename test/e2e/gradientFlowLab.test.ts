/**
 * The gradient-flow lab on /gradient-flow in Chromium, on a short run (14 layers, 40 steps): it trains when scrolled
 * into view, draws one point per probe point (every unit's input and the head's) for the plain and the residual net,
 * the scrubber changes the step drawn (initialisation included), the identity's terms are there for the residual
 * net, exports are valid, a bad URL value is clamped with a note, nothing is fetched off the origin, and it fits
 * a 375 px screen.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {checkExports, fitsViewport} from "./storyLabHelpers.ts";

/** 14 layers = 6 units: probe points at 6 unit inputs and the head's input. */
const QUERY = "?depth=14&steps=40";
const UNITS = 6;

const dots = (page: Page, description: string) => page.locator(`figure.flow-norms g[aria-description="${description}"] circle, figure.flow-identity g[aria-description="${description}"] circle`).count();
const shownStep = (page: Page, figure: string) => page.locator(`figure.${figure} .flow-chart`).getAttribute("data-step");

describe("the gradient-flow lab", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("trains when reached, draws every unit for both nets, scrubs through the steps and shows the identity's terms", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + "/gradient-flow" + QUERY, {waitUntil: "load"});
    await page.locator("#gradient-flow-lab").scrollIntoViewIfNeeded();
    await page.locator('#gradient-flow-lab .rx-progress[data-phase="finished"]').waitFor({timeout: 120_000});

    expect(await dots(page, "plain gradient norms")).toBe(UNITS + 1);
    expect(await dots(page, "residual gradient norms")).toBe(UNITS + 1);
    expect(await shownStep(page, "flow-norms")).toBe("40");
    const latestSentences = await page.locator("figure.flow-norms .flow-readout").textContent();

    await page.getByRole("button", {name: "Initialisation"}).click();
    expect(await shownStep(page, "flow-norms")).toBe("0");
    expect(await shownStep(page, "flow-identity")).toBe("0");
    expect(await page.locator("figure.flow-norms .flow-readout").textContent()).not.toBe(latestSentences);
    const range = page.locator(".flow-scrubber input[type=range]");
    await range.fill("20");
    expect(await shownStep(page, "flow-norms")).toBe("20");
    const rows = await checkExports(page, page.locator("figure.flow-norms"));
    expect(new Set(rows.filter((row) => row.step === "20").map((row) => row.net))).toEqual(new Set(["plain", "residual"]));
    expect(rows.filter((row) => row.step === "20")).toHaveLength(2 * (UNITS + 1));
    expect(rows.some((row) => row.step === "0")).toBe(true); // the initial profile, drawn dashed

    for (const term of ["total", "direct", "residual"]) expect(await dots(page, `identity ${term}`)).toBe(UNITS);
    const terms = await checkExports(page, page.locator("figure.flow-identity"));
    expect(terms).toHaveLength(UNITS);
    for (const row of terms) {
      expect(row.isExact).toBe("true");
      expect(Number(row.direct)).toBeGreaterThan(0);
      expect(Number(row.residual)).toBeGreaterThan(0);
    }
    expect(await page.locator("figure.flow-identity .flow-readout").textContent()).toContain("the split is exact");
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("clamps a bad depth with a note and fits a 375 px screen", async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + "/gradient-flow?depth=999&steps=20&unit=original", {waitUntil: "load"});
    expect(await page.locator("#gradient-flow-lab .rx-url-notes").textContent()).toContain("depth=999");
    await page.locator("#gradient-flow-lab").scrollIntoViewIfNeeded();
    await page.locator('figure.flow-norms g[aria-description="plain gradient norms"] circle').first().waitFor({timeout: 120_000});
    expect(await fitsViewport(page)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
