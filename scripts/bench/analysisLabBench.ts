/**
 * The default live runs of the labs that train and then measure (the lesion lab, the loss-landscape lab), timed on the
 * built site: each page trains a plain MLP and its residual twin in the training worker on load and then measures them;
 * we take the time from navigation to the live charts, and the part of it after training (the lab's `data-analysis-ms`: first
 * measurement reported to the result).
 */
import type {Browser} from "playwright-core";

/** A lab's default run's times, or null ones when the build has no such lab. */
export interface AnalysisLabResult {
  path: string;
  /** Navigation start to the live run's charts (page, worker start-up, TF.js, training, measurement). */
  totalMs: number | null;
  /** The measurement after training, as the page saw it. */
  measureMs: number | null;
}

/** The labs measured: page and the lab's element (its `data-analysis-ms` holds the time after training). */
export const ANALYSIS_LABS = [
  {path: "/lesion", root: ".rx-lesion", what: "plain-20 and residual-20 MLPs, 300 steps, then every deletion", after: "deleting units"},
  {path: "/loss-landscape", root: ".rx-landscape", what: "plain-56 and residual-56 MLPs, 300 steps, then two 21×21 grids and slices", after: "measuring the landscapes"}
] as const;

/** Opens `lab.path` with its defaults in a fresh context and waits until the live run is drawn. */
export async function measureAnalysisLab(browser: Browser, baseUrl: string, lab: (typeof ANALYSIS_LABS)[number]): Promise<AnalysisLabResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${baseUrl}${lab.path}`);
    const isLive = await page
      .locator(`${lab.root}[data-drawn="live"]`)
      .waitFor({timeout: 180_000})
      .then(() => true, () => false);
    if (!isLive) return {path: lab.path, totalMs: null, measureMs: null};
    const totalMs = Date.now() - started;
    const measureMs = Number(await page.locator(lab.root).getAttribute("data-analysis-ms"));
    return {path: lab.path, totalMs, measureMs};
  } finally {
    await context.close();
  }
}
