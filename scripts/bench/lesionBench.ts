/**
 * The lesion lab's default live run, timed on the built site: /lesion trains plain-20 and residual-20 MLPs in the
 * training worker on load and then deletes their units; we take the time from navigation to the live charts, and the
 * part of it after training (the lab's `data-lesion-ms`: first deletion measurement reported to the result).
 */
import type {Browser} from "playwright-core";

/** The default run's times, or null ones when the build has no such lab. */
export interface LesionBenchResult {
  /** Navigation start to the live run's charts (page, worker start-up, TF.js, training, deletions). */
  totalMs: number | null;
  /** The deletions and path measurements after training, as the page saw them. */
  lesionMs: number | null;
}

/** Opens /lesion with its defaults in a fresh context and waits until the live run is drawn. */
export async function measureLesionLab(browser: Browser, baseUrl: string): Promise<LesionBenchResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${baseUrl}/lesion`);
    const isLive = await page
      .locator('.rx-lesion[data-drawn="live"]')
      .waitFor({timeout: 180_000})
      .then(() => true, () => false);
    if (!isLive) return {totalMs: null, lesionMs: null};
    const totalMs = Date.now() - started;
    const lesionMs = Number(await page.locator(".rx-lesion").getAttribute("data-lesion-ms"));
    return {totalMs, lesionMs};
  } finally {
    await context.close();
  }
}
