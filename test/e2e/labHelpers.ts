/**
 * Helpers for the degradation lab's end-to-end tests: open the page, wait for the session to reach a phase, read
 * the worker's tensor count through the page's test handle (`window.__degradationLab`), count what the charts
 * drew. Downloads: exportFiles.ts.
 */
import type {BrowserContext, Page} from "playwright-core";
import {recordPage, type PageLog} from "./browser.ts";

export const SCREENSHOT_DIR = "test-results/screenshots";

/** Opens /degradation with a query and waits until the lab's progress panel is on the page. */
export async function openDegradation(context: BrowserContext, baseUrl: string, query = ""): Promise<{page: Page; log: PageLog}> {
  const page = await context.newPage();
  const log = recordPage(page, baseUrl);
  await page.goto(`${baseUrl}/degradation${query}`);
  await page.locator(".rx-progress").waitFor();
  await page.waitForFunction(() => (window as any).__degradationLab !== undefined);
  return {page, log};
}

/** Waits until the session's phase is one of `phases` (the progress panel's data-phase). */
export async function waitForPhase(page: Page, phases: string[], timeout = 120_000): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const phase = document.querySelector(".rx-progress")?.getAttribute("data-phase") ?? "";
      return wanted.includes(phase) ? phase : null;
    },
    phases,
    {timeout, polling: 250} // not every animation frame: the long-task test should measure the page, not the test
  );
  return (await handle.jsonValue()) as string;
}

/** The workers' tensor count, bytes and live runs (summed by the session). */
export function workerStats(page: Page): Promise<{numTensors: number; numBytes: number; liveRuns: string[]}> {
  return page.evaluate(() => (window as any).__degradationLab.session.stats());
}

/** Number of vertices in the solid (live) curves of the error chart. */
export function livePointCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paths = document.querySelectorAll(".rx-degradation-curves g[aria-label=line] g:not([stroke-dasharray]) path");
    return [...paths].reduce((sum, path) => sum + ((path.getAttribute("d") ?? "").match(/[ML]/g)?.length ?? 0), 0);
  });
}

/** "4 runs of yours with these settings…" → 4. */
export async function ownRunCount(page: Page): Promise<number> {
  const text = (await page.locator(".rx-history__count").textContent()) ?? "";
  return Number(/^(\d+) runs? of yours/.exec(text)?.[1] ?? Number.NaN);
}

/** Starts recording long tasks (PerformanceObserver) in the page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    w.__longTasks = [];
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({type: "longtask"});
  });
}

/** The long tasks recorded since {@link watchLongTasks}, in ms. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as any).__longTasks]);
}
