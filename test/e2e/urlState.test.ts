/**
 * The Lab page's URL state in Chromium: every malformed parameter yields a valid control value and a visible
 * note naming it, with no uncaught error; the URL is rewritten to what the controls show; and a setup made
 * with the controls survives a reload through the URL alone.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {formatValue} from "../../src/components/controls/coerce.ts";
import {labParams, URL_PARAMETERS} from "../../src/components/controls/parameters.ts";
import {MALFORMED_URLS, type MalformedCase} from "../components/controls/malformedUrls.ts";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";

/** Every control's value on the page, keyed by parameter name. */
function controlValues(page: Page): Promise<Record<string, unknown>> {
  return page.$$eval(".rx-control[data-param]", (controls) =>
    Object.fromEntries(controls.map((control) => [control.getAttribute("data-param"), (control as HTMLElement & {value: unknown}).value]))
  );
}

/** Waits until the debounced writer has put the state into the address bar. */
async function settledSearch(page: Page, expected: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).search, {timeout: 5000}).toBe(expected);
}

/** Splits the cases into URLs that each name a parameter at most once (several notes on one page load). */
function batchesOfDistinctParams(cases: MalformedCase[]): MalformedCase[][] {
  const batches: MalformedCase[][] = [];
  for (const malformed of cases) {
    const batch = batches.find((candidate) => candidate.every((other) => other.name !== malformed.name));
    if (batch) batch.push(malformed);
    else batches.push([malformed]);
  }
  return batches;
}

describe("Lab page URL state", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({viewport: {width: 1000, height: 900}});
    log = recordPage(page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`${MALFORMED_URLS.length} malformed URL parameters each give a valid control value and a note naming it`, async () => {
    for (const cases of batchesOfDistinctParams(MALFORMED_URLS)) {
      const search = "?" + cases.map((malformed) => malformed.search.slice(1)).join("&");
      await page.goto(`${baseUrl}/lab${search}`, {waitUntil: "domcontentloaded"});
      await page.locator(".rx-control[data-param='seed']").waitFor();
      const values = await controlValues(page);
      expect(await page.locator(".rx-url-notes").isVisible()).toBe(true);
      for (const {search: one, name, value, note} of cases) {
        expect(values[name], one).toEqual(value);
        const texts = await page.locator(`.rx-url-notes li[data-param="${name}"]`).allTextContents();
        expect(texts.some((text) => note.test(text)), `${one}: ${texts.join(" | ")}`).toBe(true);
      }
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it("rewrites a malformed URL to the values the controls show, dropping unknown keys", async () => {
    await page.goto(`${baseUrl}/lab?depth=999&foo=bar&seed=-4&dataset=Spirals&momentum=0.9`, {waitUntil: "load"});
    await settledSearch(page, "?dataset=spirals&depth=110&seed=0");
    expect(await page.locator(".rx-url-notes li").count()).toBe(4);
  });

  it("shows no notes for a clean URL and leaves it alone", async () => {
    await page.goto(`${baseUrl}/lab?depth=56&seed=3`, {waitUntil: "load"});
    await page.locator(".rx-control[data-param='seed']").waitFor();
    expect(await page.locator(".rx-url-notes").isVisible()).toBe(false);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).search).toBe("?depth=56&seed=3");
  });

  it("round-trips: set controls → URL → reload → same controls", async () => {
    await page.goto(`${baseUrl}/lab`, {waitUntil: "load"});
    await page.getByRole("combobox", {name: "Data set"}).selectOption("spirals");
    const units = page.getByRole("spinbutton", {name: "Units"});
    await units.fill("23");
    await units.press("Enter");
    await page.getByRole("switch", {name: "Shortcuts"}).uncheck();
    await page.getByRole("radio", {name: "Pre-activation"}).check();
    const rate = page.getByRole("spinbutton", {name: "Learning rate"});
    await rate.fill("0.003");
    await rate.press("Tab");
    await page.getByRole("slider", {name: "Momentum"}).focus();
    await page.keyboard.press("ArrowLeft");
    const seed = page.getByRole("spinbutton", {name: "Seed"});
    await seed.fill("4242");
    await seed.press("Enter");
    await page.getByRole("combobox", {name: "Backend"}).selectOption("cpu");
    const before = await controlValues(page);
    expect(before).toMatchObject({dataset: "spirals", units: 23, residual: false, unit: "preact", learningRate: 0.003, momentum: 0.89, seed: 4242, backend: "cpu"});
    await settledSearch(page, "?dataset=spirals&units=23&residual=false&unit=preact&learningRate=0.003&momentum=0.89&seed=4242&backend=cpu");
    await page.reload({waitUntil: "load"});
    await page.locator(".rx-control[data-param='seed']").waitFor();
    expect(await controlValues(page)).toEqual(before);
    expect(await page.locator(".rx-url-notes").isVisible()).toBe(false);
  });

  it("the number boxes enforce the table's limits (the URL and the UI share them)", async () => {
    for (const dataset of ["mnist14", "spirals"]) {
      await page.goto(`${baseUrl}/lab?dataset=${dataset}`, {waitUntil: "domcontentloaded"});
      await page.locator(".rx-control[data-param='seed']").waitFor();
      for (const param of labParams("lab")) {
        if (param.type !== "int" && param.type !== "float") continue;
        const box = page.locator(`.rx-control[data-param="${param.name}"] input[type=number]`);
        if (!(await box.isVisible())) continue;
        expect(await box.getAttribute("min"), param.name).toBe(String(param.min));
        expect(await box.getAttribute("max"), param.name).toBe(String(param.max));
        await box.fill(String(param.max * 10 + 1));
        await box.press("Enter");
        expect((await controlValues(page))[param.name], param.name).toBe(param.max);
        expect(await box.inputValue()).toBe(formatValue(param, param.max));
      }
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
  });

  it("every page whose lab keeps its state in the URL has a Copy link button for it", async () => {
    const paths = [...new Set(Object.values(URL_PARAMETERS).map((lab) => lab.path))];
    expect(paths.length).toBeGreaterThanOrEqual(6);
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`, {waitUntil: "load"});
      await expect.poll(() => page.locator(".rx-copy-link__button").count(), {timeout: 15_000, message: path}).toBeGreaterThan(0);
    }
  });
});
