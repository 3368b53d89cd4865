/**
 * The offline helper on the built site: a first visit to the Overview in a fresh browser context with service workers
 * allowed, timed from navigation until the page says "Available offline", and what the cache then holds (entries and
 * bytes, read back from the browser's cache).
 */
import type {Browser} from "playwright-core";

export interface OfflineResult {
  /** Navigation to "available offline", ms. */
  readyMs: number;
  entries: number;
  bytes: number;
}

export async function measureOffline(browser: Browser, baseUrl: string): Promise<OfflineResult> {
  const context = await browser.newContext({serviceWorkers: "allow"});
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + "/");
    await page.waitForFunction(() => document.documentElement.dataset.offline === "ready", undefined, {timeout: 300_000, polling: 100});
    const readyMs = await page.evaluate(() => performance.now()); // includes the one reload where the host sends no isolation headers
    const cache = await page.evaluate(async () => {
      let entries = 0;
      let bytes = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          entries += 1;
          bytes += (await (await cache.match(request))!.blob()).size;
        }
      }
      return {entries, bytes};
    });
    return {readyMs: Math.round(readyMs), ...cache};
  } finally {
    await context.close();
  }
}
