/**
 * Lesson links in Chromium (issue 16, item 2): `hide=` hides controls and `lock=` disables them on the
 * degradation lab and the Lab page, surviving a reload; an unknown name gives a URL note; and the "Share as
 * lesson" dialog builds a link that reproduces the lab's settings with the right controls fixed.
 */
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {labParams} from "../../src/components/controls/parameters.ts";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {SCREENSHOT_DIR} from "./labHelpers.ts";

const control = (page: Page, name: string) => page.locator(`.rx-control[data-param="${name}"]`);

/** Whether every field of a control is disabled (a locked control), and whether any is. */
function fieldsDisabled(page: Page, name: string): Promise<boolean[]> {
  return control(page, name).locator("input, select").evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).disabled));
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(".rx-control[data-param='seed']").first().waitFor({state: "attached"});
}

describe("lesson links", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({viewport: {width: 1024, height: 900}});
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {origin: baseUrl});
    page = await context.newPage();
    log = recordPage(page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hides and locks the named controls of the degradation lab, and keeps doing so after a reload", async () => {
    await open(page, `${baseUrl}/degradation?deep=110&hide=seed&lock=deep,data`);
    for (let load = 0; load < 2; load++) {
      await expect.poll(() => new URL(page.url()).search, {timeout: 5000}).toBe("?deep=110&hide=seed&lock=deep,data");
      expect(await control(page, "seed").isHidden()).toBe(true);
      expect(await control(page, "deep").isVisible()).toBe(true);
      expect(await fieldsDisabled(page, "deep")).toEqual(expect.arrayContaining([true]));
      expect((await fieldsDisabled(page, "deep")).every(Boolean)).toBe(true);
      expect((await fieldsDisabled(page, "data")).every(Boolean)).toBe(true);
      expect((await fieldsDisabled(page, "shallow")).some(Boolean)).toBe(false);
      expect(await control(page, "deep").evaluate((el) => (el as HTMLElement & {value: number}).value)).toBe(110);
      expect(await page.locator(".rx-url-notes").isHidden()).toBe(true);
      await page.reload();
      await control(page, "seed").waitFor({state: "attached"});
    }
  });

  it("hide=all hides every control of the Lab page; lock= disables the named ones", async () => {
    await open(page, `${baseUrl}/lab?hide=all`);
    for (const param of labParams("lab")) expect(await control(page, param.name).isHidden(), param.name).toBe(true);
    expect(await page.locator(".rx-controls:visible").count()).toBe(0);
    await open(page, `${baseUrl}/lab?lock=learningRate,seed&learningRate=5`);
    expect((await fieldsDisabled(page, "learningRate")).every(Boolean)).toBe(true);
    expect((await fieldsDisabled(page, "seed")).every(Boolean)).toBe(true);
    expect((await fieldsDisabled(page, "momentum")).some(Boolean)).toBe(false);
    expect(await control(page, "learningRate").evaluate((el) => (el as HTMLElement & {value: number}).value)).toBe(1);
    expect(await page.locator('.rx-url-notes li[data-param="learningRate"]').textContent()).toMatch(/maximum 1/);
  });

  it("reports an unknown control name in hide or lock in the URL note", async () => {
    await open(page, `${baseUrl}/degradation?hide=seed,colour&lock=Deep`);
    expect(await page.locator(".rx-url-notes").isVisible()).toBe(true);
    expect(await page.locator('.rx-url-notes li[data-param="hide"]').textContent()).toMatch(/colour is not a control of this page/);
    expect(await page.locator('.rx-url-notes li[data-param="lock"]').textContent()).toMatch(/read as deep/);
    expect(await control(page, "seed").isHidden()).toBe(true);
  });

  it("the Share as lesson dialog builds a link that reproduces the settings, with the unticked controls hidden", async () => {
    await open(page, `${baseUrl}/degradation?deep=110&steps=500`);
    await page.getByRole("button", {name: "Share as lesson"}).click();
    const dialog = page.locator("dialog.rx-lesson");
    await dialog.waitFor();
    for (const box of await dialog.locator("input[name=free]").all()) {
      if ((await box.getAttribute("value")) !== "steps") await box.uncheck();
    }
    await dialog.getByLabel("hidden").check();
    await dialog.getByRole("button", {name: "Copy lesson link"}).click();
    await expect.poll(() => dialog.locator(".rx-lesson__status").textContent()).toBe("Lesson link copied.");
    const link = await dialog.locator("input.rx-lesson__link").inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toBe(`${baseUrl}/degradation?deep=110&steps=500&hide=shallow,deep,seed,backend,data`);
    await page.setViewportSize({width: 390, height: 844});
    expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true); // a resize keeps it open
    await dialog.evaluate((element) => element.scrollIntoView());
    await page.screenshot({path: `${SCREENSHOT_DIR}/lesson-dialog-390.png`});
    await page.setViewportSize({width: 1024, height: 900});
    await open(page, link);
    expect(await control(page, "deep").evaluate((el) => (el as HTMLElement & {value: number}).value)).toBe(110);
    expect(await control(page, "steps").isVisible()).toBe(true);
    for (const name of ["shallow", "deep", "seed", "backend", "data"]) expect(await control(page, name).isHidden(), name).toBe(true);
  });

  it("had no console or page errors", () => {
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
