/**
 * Export helpers of the end-to-end tests: capture a download (kept in test-results/exports), and click an
 * Exportable's SVG, PNG and CSV buttons and read the files back (SVG parsed as XML, PNG signature, CSV lines).
 */
import {mkdir, readFile, writeFile} from "node:fs/promises";
import type {Locator, Page} from "playwright-core";

/** Downloads are kept here, to open and look at. */
const EXPORT_DIR = "test-results/exports";
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks a button and returns the downloaded file's suggested name and bytes. */
export async function download(page: Page, button: Locator): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const bytes = await readFile(await file.path());
  await mkdir(EXPORT_DIR, {recursive: true});
  await writeFile(`${EXPORT_DIR}/${file.suggestedFilename()}`, bytes);
  return {name: file.suggestedFilename(), bytes};
}

/** What the three exports of one figure held. */
export interface ExportCheck {
  svgName: string;
  svgRoot: string;
  svgError: string | null;
  /** The SVG's <text> elements, joined by spaces. */
  svgTexts: string;
  /** The SVG's whole text content. */
  svgText: string;
  isPng: boolean;
  csvHeader: string;
  csvRows: string[];
  csvText: string;
}

/**
 * Runs `fn(arg)` in a blank page of its own (no site, no Content-Security-Policy) and returns what it returns. For
 * parsing exported files in the browser: parsing markup with style attributes inside a page of the site counts as
 * inline styles against the site's policy, console errors that would be the test's, not the site's.
 */
export async function evaluateOffSite<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R> {
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to open a blank page in");
  const blank = await browser.newPage();
  try {
    return (await blank.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
  } finally {
    await blank.close();
  }
}

/** Exports `figure` (an `.rx-export` element) in all three formats and reads the files back. */
export async function exportAll(page: Page, figure: Locator): Promise<ExportCheck> {
  const buttons = figure.locator(".rx-export__buttons button");
  const svg = await download(page, buttons.filter({hasText: /^SVG$/}));
  const png = await download(page, buttons.filter({hasText: /^PNG$/}));
  const csv = await download(page, buttons.filter({hasText: /^CSV$/}));
  const parsed = await evaluateOffSite(page, (source: string) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return {
      root: doc.documentElement.nodeName,
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      texts: Array.from(doc.documentElement.getElementsByTagName("text"), (node) => node.textContent).join(" "),
      text: doc.documentElement.textContent ?? ""
    };
  }, svg.bytes.toString("utf8"));
  const csvText = csv.bytes.toString("utf8");
  const [header, ...rows] = csvText.trim().split(/\r?\n/);
  return {
    svgName: svg.name,
    svgRoot: parsed.root,
    svgError: parsed.error,
    svgTexts: parsed.texts,
    svgText: parsed.text,
    isPng: PNG_SIGNATURE.every((byte, i) => png.bytes[i] === byte),
    csvHeader: header,
    csvRows: rows,
    csvText
  };
}
