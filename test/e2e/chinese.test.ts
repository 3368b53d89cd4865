/**
 * The Chinese edition (issue 12): every Chinese page opens in Chinese — `<html lang="zh-CN">`, its sidebar, table of
 * contents, pager and footer in Chinese, no word of English outside names, math and English-marked titles — with no
 * console error, no request off the site and nothing wider than a phone; English pages say `lang="en"`; and the
 * language switch takes the reader to the same page and section in the other language with the lab's settings.
 * The lab pages' own behaviour is tested on the English pages: the Chinese twins run the same components.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES, ZH_PAGES} from "../../observablehq.config.ts";
import {pathIn} from "../../src/i18n/locale.ts";
import {launchBrowser, recordPage} from "./browser.ts";
import {waitForPhase} from "./labHelpers.ts";
import {cutOffs} from "./layoutChecks.ts";
import {readerTexts, untranslatedWords} from "./untranslated.ts";

/** The English words on the page that is open, with the text they stand in. */
async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(readerTexts);
  return texts.flatMap((text) => untranslatedWords(text).map((word) => `${word} in "${text.slice(0, 80)}"`));
}

describe("the Chinese edition", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("has a Chinese twin for every page", () => {
    expect(ZH_PAGES.map((page) => page.path)).toEqual(PAGES.map((page) => page.path));
  });

  it("the untranslated-word check flags English and passes names, math symbols, single letters and addresses", () => {
    expect(untranslatedWords("见 https://arxiv.org/abs/1512.03385 与 www.example.org")).toEqual([]);
    expect(untranslatedWords("训练 plain-56 的 loss")).toEqual(["plain-56", "loss"]);
    expect(untranslatedWords("PReLU-net 与 VGG (ILSVRC'14)、ResNet-152")).toEqual([]);
    expect(untranslatedWords("ResNet-34 在 ImageNet 上（He 等，2015，表 4），x 与 n")).toEqual([]);
  });

  for (const {names, path} of ZH_PAGES) {
    const zhPath = pathIn(path, "zh");
    it(`${names.zh} (${zhPath}) is Chinese throughout, renders its math, and fits 390 px`, async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      const log = recordPage(page, baseUrl);
      await page.goto(baseUrl + zhPath, {waitUntil: "networkidle"});
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      expect(await page.locator("#observablehq-toc > nav > div").allTextContents()).toEqual(
        (await page.locator("#observablehq-toc li").count()) > 0 ? ["目录"] : []
      );
      const pager = await page.evaluate(() =>
        [...document.querySelectorAll("#observablehq-footer nav a")].map((link) => getComputedStyle(link, "::before").content)
      );
      for (const label of pager) expect(['"上一页"', '"下一页"']).toContain(label);
      expect(await page.locator(".katex-error").count()).toBe(0);
      // every heading keeps its English twin's id, so anchors, embeds and the switch find the same section
      expect(await page.locator("#observablehq-main > :is(h1, h2, h3):is(:not([id]), [id=''])").count()).toBe(0);
      expect(await englishOnPage(page), zhPath).toEqual([]);
      await page.setViewportSize({width: 390, height: 800});
      await page.waitForTimeout(300);
      expect(await cutOffs(page), `${zhPath} at 390 px`).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.failedRequests).toEqual([]);
      expect(log.offOriginRequests).toEqual([]);
      await page.close();
    });
  }

  it("English pages say lang=en and link to their Chinese twin", async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + "/residual-units", {waitUntil: "domcontentloaded"});
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator(".rx-lang-link").getAttribute("hreflang")).toBe("zh-CN");
    expect(await page.locator(".rx-lang-link").textContent()).toBe("中文");
    await page.close();
  });

  it("the language switch keeps the lab's settings and the section, both ways", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const anchor = "#try-it-build-the-degradation-curve-yourself";
    await page.goto(`${baseUrl}/degradation?seed=7${anchor}`, {waitUntil: "networkidle"});
    await page.locator(".rx-lang-link").click();
    await page.waitForURL(`${baseUrl}/zh/degradation?seed=7${anchor}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.locator(anchor).count()).toBe(1);
    const seed = page.locator("input[name='seed'], [data-param='seed'] input").first();
    await expect.poll(() => seed.inputValue()).toBe("7");
    await page.locator(".rx-lang-link").click();
    await page.waitForURL(`${baseUrl}/degradation?seed=7${anchor}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.close();
  });

  it("/zh/lesion after its live run — training, deletions, verdict — is still Chinese", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/zh/lesion?seed=3`, {waitUntil: "load"});
    await page.locator('.rx-lesion[data-drawn="live"]').waitFor({timeout: 120_000});
    await page.waitForTimeout(300);
    expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toMatch(/holds|fails|weak/);
    expect(await englishOnPage(page)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("/zh/degradation after its live run — progress, verdict with its numbers, the runs' point — is still Chinese", async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/zh/degradation`, {waitUntil: "load"});
    expect(await waitForPhase(page, ["finished"])).toBe("finished");
    await page.waitForTimeout(300);
    expect(await page.locator(".rx-verdict").getAttribute("data-verdict")).toMatch(/^(holds|fails)$/);
    expect(await page.locator(".rx-verdict").textContent()).toMatch(/普通-20 \d\.\d{3}.*普通-56 \d\.\d{3}.*残差-20 \d\.\d{3}.*残差-56 \d\.\d{3}/);
    expect(await englishOnPage(page)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it("presents a Chinese lab in Chinese: the lab alone, its controls and notes in Chinese", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 768}});
    await page.goto(`${baseUrl}/zh/degradation?present=1`, {waitUntil: "networkidle"});
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("rx-present"))).toBe(true);
    expect(await page.locator("#observablehq-header").isVisible()).toBe(false);
    expect(await englishOnPage(page)).toEqual([]);
    await page.close();
  });

  it("prints a Chinese page as a Chinese handout: no switch, links listed under 链接, the printed footer in Chinese", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 900}});
    await page.goto(`${baseUrl}/zh/references`, {waitUntil: "networkidle"});
    await page.emulateMedia({media: "print"});
    const seen = await page.evaluate(() => ({
      header: document.querySelector("#observablehq-header")?.getClientRects().length ?? 0,
      notes: document.querySelector(".rx-print-notes h2")?.textContent,
      links: document.querySelectorAll(".rx-print-notes li").length,
      footer: document.querySelector<HTMLElement>(".rx-print-footer")?.innerText ?? ""
    }));
    expect(seen.header).toBe(0);
    expect(seen.notes).toBe("链接");
    expect(seen.links).toBeGreaterThan(3);
    expect(seen.footer).toMatch(new RegExp(`^打印自 ${baseUrl}/zh/references，\\d{4}年\\d{1,2}月\\d{1,2}日。$`));
    await page.close();
  });
});
