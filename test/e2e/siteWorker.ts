/**
 * Helpers for the service worker's end-to-end tests (offline.test.ts, isolation.test.ts): wait until the site is kept
 * for offline use, and check that a page's lab computes.
 */
import type {Page} from "playwright-core";

/** Waits until the page says the site is kept offline (`<html data-offline="ready">`); returns what it says. */
export async function waitUntilOffline(page: Page, timeout = 120_000): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.offline === "ready", undefined, {timeout, polling: 200});
  return (await page.locator(".rx-site-note").textContent()) ?? "";
}

/** Scrolls to the bottom in steps, so figures that start near the viewport start. */
export async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until the page's lab has trained at least one step: the Overview's demo has drawn a snapshot, or a progress
 * panel shows progress (a lab with a Train button is started with it). Pages without a training lab return at once.
 */
export async function waitForTraining(page: Page, path: string, timeout = 120_000): Promise<void> {
  const train = page.locator(".rx-lab-train").first();
  if ((await train.count()) > 0) await train.click(); // the Lab and the shortcut lab start on their button
  if (path === "/") {
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>(".hero__card")].some((card) => Number(card.dataset.step) > 0), undefined, {timeout, polling: 250});
    return;
  }
  if ((await page.locator(".rx-progress").count()) === 0) return;
  await page
    .waitForFunction(() => [...document.querySelectorAll<HTMLProgressElement>(".rx-progress__bar")].some((bar) => bar.value > 0), undefined, {timeout, polling: 250})
    .catch((error: Error) => {
      throw new Error(`${path}: no lab trained a step: ${error.message}`);
    });
}

/** The threads the page's first progress panel says the kernels use (from "…, 2 threads)."), or null. */
export async function reportedThreads(page: Page, timeout = 120_000): Promise<{threads: number; text: string}> {
  const locator = page.locator(".rx-progress__backend-text").first();
  await locator.filter({hasText: /thread/}).waitFor({timeout});
  const text = (await locator.textContent()) ?? "";
  return {threads: Number(/(\d+) threads?\)/.exec(text)?.[1] ?? NaN), text};
}
