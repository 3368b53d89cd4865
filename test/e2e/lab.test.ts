/**
 * The Lab page in Chromium: its sections, one accessible control per declared parameter, keyboard use,
 * controls that apply only to the chosen data set, copy link (Clipboard API and its fallback), the slot kept
 * for the runs, and a layout that fits a 375 px phone.
 */
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {labParams} from "../../src/components/controls/parameters.ts";
import {launchBrowser, recordPage} from "./browser.ts";

const SCREENSHOT_DIR = "test-results/screenshots";

async function openLab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, {waitUntil: "domcontentloaded"});
  await page.locator(".rx-control[data-param='seed']").waitFor();
  return page;
}

describe("Lab page", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("has its title, sections, one labelled control per parameter and the slot for the runs", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await openLab(context, `${baseUrl}/lab`);
    const log = recordPage(page, baseUrl);
    expect(await page.title()).toMatch(/^Lab/);
    expect(await page.locator("main h1").allTextContents()).toEqual(["Lab"]);
    // The page's own sections (the Share-as-lesson dialog's title is an h2 too, inside its closed dialog).
    expect(await page.locator("main h2:not(dialog h2)").allTextContents()).toEqual(["Data", "Network", "Optimisation", "Run", "Runs"]);
    for (const param of labParams("lab")) {
      expect(await page.locator(`.rx-control[data-param="${param.name}"]`).count(), param.name).toBe(1);
    }
    await expect.poll(() => page.getByRole("combobox", {name: "Data set"}).count()).toBe(1);
    expect(await page.getByRole("slider", {name: "Depth"}).count()).toBe(1);
    expect(await page.getByRole("spinbutton", {name: "Depth"}).count()).toBe(1);
    expect(await page.getByRole("switch", {name: "Shortcuts"}).count()).toBe(1);
    expect(await page.getByRole("radiogroup", {name: "Shortcut"}).or(page.getByRole("group", {name: "Shortcut"})).count()).toBe(1);
    expect(await page.getByRole("spinbutton", {name: "Seed"}).count()).toBe(1);
    const unlabelled = await page.$$eval(".rx-controls input, .rx-controls select", (inputs) =>
      inputs.filter((input) => {
        const field = input as HTMLInputElement;
        return !(field.labels?.length || field.getAttribute("aria-labelledby") || field.closest("label"));
      }).length
    );
    expect(unlabelled).toBe(0);
    expect(await page.locator("#lab-runs[data-slot='lab-runs']").count()).toBe(1);
    expect(await page.locator("main").textContent()).toContain("ResNet-20 (20 weighted layers)");
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it("works from the keyboard and updates the URL and the summary", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await openLab(context, `${baseUrl}/lab`);
    await page.getByRole("slider", {name: "Depth"}).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("spinbutton", {name: "Depth"}).inputValue()).toBe("32");
    await expect.poll(() => new URL(page.url()).search).toBe("?depth=32");
    expect(await page.locator("main").textContent()).toContain("ResNet-32 (32 weighted layers)");
    await page.getByRole("switch", {name: "Shortcuts"}).focus();
    await page.keyboard.press("Space");
    await expect.poll(() => new URL(page.url()).search).toBe("?depth=32&residual=false");
    expect(await page.locator("main").textContent()).toContain("plain-32");
    const depthBox = page.getByRole("spinbutton", {name: "Depth"});
    await depthBox.fill("999");
    await depthBox.press("Enter");
    expect(await depthBox.inputValue()).toBe("110");
    expect(await page.locator(".rx-control[data-param='depth'] .rx-control__note").textContent()).toBe(
      "999 is above the maximum 110; using 110"
    );
    await context.close();
  });

  it("moves the learning rate along 1-2-5 stops and lets decimals be typed digit by digit", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await openLab(context, `${baseUrl}/lab`);
    await page.getByRole("slider", {name: "Learning rate"}).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("spinbutton", {name: "Learning rate"}).inputValue()).toBe("0.2");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("spinbutton", {name: "Learning rate"}).inputValue()).toBe("0.05");
    const momentum = page.getByRole("spinbutton", {name: "Momentum"});
    await momentum.fill("");
    await momentum.pressSequentially("0.05");
    expect(await momentum.inputValue()).toBe("0.05");
    await momentum.press("Enter");
    await expect.poll(() => new URL(page.url()).search).toBe("?learningRate=0.05&momentum=0.05");
    await context.close();
  });

  it("shows only the controls that apply to the chosen data set", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await openLab(context, `${baseUrl}/lab`);
    const visible = (name: string) => page.locator(`.rx-control[data-param="${name}"]`).isVisible();
    expect([await visible("depth"), await visible("width"), await visible("shortcut"), await visible("units")]).toEqual([true, true, true, false]);
    await page.getByRole("combobox", {name: "Data set"}).selectOption("circles");
    expect([await visible("depth"), await visible("width"), await visible("shortcut"), await visible("units"), await visible("hidden")]).toEqual([false, false, false, true, true]);
    expect(await page.locator("main").textContent()).toContain("residual MLP-18");
    await context.close();
  });

  it("copies the link with the Clipboard API", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {origin: baseUrl});
    const page = await openLab(context, `${baseUrl}/lab?seed=9&depth=44`);
    await page.getByRole("button", {name: "Copy link"}).click();
    await expect.poll(() => page.locator(".rx-copy-link__status").textContent()).toBe("Link copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/lab?depth=44&seed=9`);
    await context.close();
  });

  it("falls back to a selected text box when the clipboard is unavailable", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    await context.addInitScript(() => Object.defineProperty(navigator, "clipboard", {value: undefined}));
    const page = await openLab(context, `${baseUrl}/lab?seed=9`);
    await page.getByRole("button", {name: "Copy link"}).click();
    const box = page.getByRole("textbox", {name: "Link to these settings"});
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe(`${baseUrl}/lab?seed=9`);
    const selected = await box.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionStart, input.selectionEnd, input.value.length]);
    expect(selected).toEqual([true, 0, selected[3], selected[3]]);
    expect(await page.locator(".rx-copy-link__status").textContent()).toMatch(/press Ctrl\+C/);
    await context.close();
  });

  it("fits a 375 px screen: nothing wider than the viewport", async () => {
    const context = await browser.newContext({viewport: {width: 375, height: 800}, isMobile: true, hasTouch: true});
    const page = await openLab(context, `${baseUrl}/lab?depth=999&dataset=Spirals&foo=${"x".repeat(200)}`);
    const log = recordPage(page, baseUrl);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const overflowing = await page.$$eval(".rx-control, .rx-url-notes, .rx-copy-link, #lab-runs", (elements) =>
      elements.filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
      }).length
    );
    expect(overflowing).toBe(0);
    await page.screenshot({path: `${SCREENSHOT_DIR}/lab-375.png`, fullPage: true});
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
