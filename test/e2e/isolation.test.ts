/**
 * Threads on a host that sends no headers (issue 11 §2): `dist/` served by a plain static server (no COOP/COEP, no
 * policy), as GitHub Pages or a school server would. On the first visit the service worker takes over and the page
 * reloads once into cross-origin isolation, so the labs' kernels use several threads; it never reloads again. With the
 * service worker blocked the lab still trains, on one thread, and says why; inside another site's frame it does not
 * reload and says why too.
 */
import {mkdtemp, writeFile} from "node:fs/promises";
import type {Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {serve} from "../../scripts/serve.ts";
import {launchBrowser, recordPage} from "./browser.ts";
import {reportedThreads, waitUntilOffline} from "./siteWorker.ts";

/** A short Lab run: one small MLP pair. */
const LAB = "/lab?dataset=circles&units=2&steps=20";

/** Counts the page's main-frame navigations (a reload is one). */
function countNavigations(page: Page): {count: number} {
  const counter = {count: 0};
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) counter.count += 1;
  });
  return counter;
}

describe("threads on a host without isolation headers", () => {
  let browser: Browser;
  let plain: {server: Server; url: string};
  let parent: {server: Server; url: string};

  beforeAll(async () => {
    browser = await launchBrowser();
    plain = await serve({root: "dist", isolated: false, csp: false});
    const parentRoot = await mkdtemp(join(tmpdir(), "rx-parent-"));
    await writeFile(join(parentRoot, "index.html"), `<!doctype html><title>Course page</title><link rel="icon" href="data:,"><iframe src="${plain.url}${LAB}" width="900" height="700"></iframe>`);
    parent = await serve({root: parentRoot, isolated: false, csp: false});
  });
  afterAll(async () => {
    await browser?.close();
    for (const {server} of [plain, parent]) await new Promise((done) => server?.close(done));
  });

  it("reloads once on the first visit, then trains multi-threaded, and never reloads again", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}, serviceWorkers: "allow"});
    const page = await context.newPage();
    const log = recordPage(page, plain.url);
    const navigations = countNavigations(page);
    await page.goto(plain.url + LAB, {waitUntil: "load"});
    await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), {timeout: 60_000}).toBe(true);
    expect(navigations.count).toBe(2); // the visit and its one reload
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.isolation), {timeout: 30_000}).toBe("isolated");
    await waitUntilOffline(page);
    await page.locator(".rx-lab-train").click();
    const {threads, text} = await reportedThreads(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(`isolation: with the service worker on a plain host, ${threads} threads (${cores} cores): ${text}`);
    expect(threads).toBe(Math.min(cores, 4));
    expect(threads).toBeGreaterThan(1);
    await page.reload({waitUntil: "load"});
    await page.waitForTimeout(1000);
    expect(navigations.count).toBe(3); // the reader's reload, and no other
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await context.close();
  });

  it("still trains with the service worker blocked, on one thread, and says why", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}}); // service workers blocked
    const log = recordPage(page, plain.url);
    const navigations = countNavigations(page);
    await page.goto(plain.url + LAB, {waitUntil: "load"});
    await page.locator(".rx-lab-train").click();
    await expect.poll(() => page.locator(".rx-progress").getAttribute("data-phase"), {timeout: 120_000}).toBe("finished");
    await expect.poll(() => page.locator(".rx-progress__backend-text").first().textContent(), {timeout: 30_000}).toMatch(/1 thread\)\. .*host does not allow sharing memory/);
    console.log(`isolation: service worker blocked: ${await page.locator(".rx-progress__backend-text").first().textContent()}`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    expect(navigations.count).toBe(1);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await page.close();
  });

  it("does nothing inside another site's frame but train on one thread, and says so", async () => {
    const context = await browser.newContext({viewport: {width: 1000, height: 800}, serviceWorkers: "allow"});
    const page = await context.newPage();
    const log = recordPage(page, parent.url);
    const frameNavigations: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) frameNavigations.push(frame.url());
    });
    await page.goto(parent.url + "/", {waitUntil: "load"});
    const frame = page.frameLocator("iframe");
    await frame.locator(".rx-lab-train").click();
    await expect.poll(() => frame.locator(".rx-progress").getAttribute("data-phase"), {timeout: 120_000}).toBe("finished");
    await expect.poll(() => frame.locator(".rx-progress__backend-text").first().textContent(), {timeout: 30_000}).toMatch(/1 thread\)\. .*inside another page/);
    expect(frameNavigations).toHaveLength(1);
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await context.close();
  });
});
