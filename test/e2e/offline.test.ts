/**
 * Offline after one visit (issue 11 §1): the first visit to the Overview keeps the whole site; then, with the network
 * gone, every page renders from the cache and its lab trains — no failed request, no console error, nothing off the
 * site's origin.
 */
import {cp, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {serve} from "../../scripts/serve.ts";
import {writeServiceWorker} from "../../scripts/postbuild/serviceWorker.ts";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES, ZH_PAGES} from "../../observablehq.config.ts";
import {pathIn} from "../../src/i18n/locale.ts";
import {launchBrowser, recordPage} from "./browser.ts";
import {scrollThrough, waitForTraining, waitUntilOffline} from "./siteWorker.ts";

describe("the site offline after one visit", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps every page and its lab working without a network", async () => {
    const context = await browser.newContext({viewport: {width: 1024, height: 768}, serviceWorkers: "allow"});
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(baseUrl + "/", {waitUntil: "load"});
    const note = await waitUntilOffline(page);
    console.log(`offline: kept after ${Date.now() - started} ms on the first visit`);
    expect(note).toMatch(/Available offline/);
    expect(await page.locator(".rx-site-status").textContent()).toMatch(/Available offline/);
    await page.waitForLoadState("networkidle");

    await context.setOffline(true);
    const log = recordPage(page, baseUrl);
    for (const {path} of PAGES) {
      const response = await page.goto(baseUrl + path, {waitUntil: "load"});
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect.poll(() => page.locator("main h1").first().textContent(), {timeout: 30_000}).toBeTruthy();
      await scrollThrough(page);
      await waitForTraining(page, path);
      expect(await page.locator(".katex-error").count(), path).toBe(0);
      await page.waitForLoadState("networkidle");
    }
    // The Chinese edition was kept too: every Chinese page opens offline, in Chinese.
    for (const {path} of ZH_PAGES) {
      const zhPath = pathIn(path, "zh");
      const response = await page.goto(baseUrl + zhPath, {waitUntil: "load"});
      expect(response?.fromServiceWorker(), zhPath).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang), zhPath).toBe("zh-CN");
      await expect.poll(() => page.locator("main h1").first().textContent(), {timeout: 30_000}).toMatch(/[\u4e00-\u9fff]/);
      await page.waitForLoadState("networkidle");
    }
    expect(log.failedRequests).toEqual([]);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await context.close();
  });

  it("offers a new deploy as 'Updated — reload', and then serves only the new version", async () => {
    const root = await mkdtemp(join(tmpdir(), "rx-deploy-"));
    await cp("dist", root, {recursive: true});
    const site = await serve({root});
    const context = await browser.newContext({viewport: {width: 1024, height: 768}, serviceWorkers: "allow"});
    try {
      const page = await context.newPage();
      const log = recordPage(page, site.url);
      await page.goto(site.url + "/references", {waitUntil: "load"});
      await waitUntilOffline(page);
      const first = await page.evaluate(() => caches.keys());
      expect(first).toHaveLength(1);

      // The next deploy: one page changed, so a new manifest and a new worker.
      const page2 = join(root, "references.html");
      await writeFile(page2, (await readFile(page2, "utf8")).replace("<h1", '<p class="rx-deployed">second deploy</p><h1'));
      await writeServiceWorker(root);
      await page.reload({waitUntil: "load"});
      expect(await page.locator(".rx-deployed").count()).toBe(0); // still the first version: never a mix
      const note = page.locator(".rx-site-note", {hasText: "An updated version"});
      await note.waitFor({timeout: 60_000});
      await note.getByRole("button", {name: "Reload"}).click();
      await page.locator(".rx-deployed").waitFor({timeout: 30_000});
      await expect.poll(() => page.evaluate(() => caches.keys()), {timeout: 10_000}).toHaveLength(1);
      expect(await page.evaluate(() => caches.keys())).not.toEqual(first);
      expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    } finally {
      await context.close();
      await new Promise((done) => site.server.close(done));
      await rm(root, {recursive: true, force: true});
    }
  });
});
