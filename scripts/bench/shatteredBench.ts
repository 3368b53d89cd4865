/**
 * The shattered-gradients lab's default live run, timed on the built site: /shattered-gradients measures 20 untrained
 * nets in the training worker on load; we take the time from navigation to its "finished" phase, and the worker's own
 * measuring time (the lab's `data-elapsed-ms`).
 */
import type {Browser} from "playwright-core";

/** The default run's times, or null ones when the build has no such lab. */
export interface ShatteredBenchResult {
  /** Navigation start to the charts drawn (page, worker start-up, TF.js, measurement). */
  totalMs: number | null;
  /** The measurement alone, in the worker. */
  workerMs: number | null;
}

/** Opens /shattered-gradients with its defaults in a fresh context and waits until it has measured. */
export async function measureShatteredLab(browser: Browser, baseUrl: string): Promise<ShatteredBenchResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${baseUrl}/shattered-gradients`);
    const finished = await page
      .locator('.rx-shattered__progress[data-phase="finished"]')
      .waitFor({timeout: 120_000})
      .then(() => true, () => false);
    if (!finished) return {totalMs: null, workerMs: null};
    const totalMs = Date.now() - started;
    const workerMs = Number(await page.locator(".rx-shattered").getAttribute("data-elapsed-ms"));
    return {totalMs, workerMs};
  } finally {
    await context.close();
  }
}
