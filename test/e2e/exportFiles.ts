/**
 * Helpers for the labs' end-to-end tests: click an Exportable's SVG, PNG and CSV buttons and check the files
 * (SVG parses as XML with an <svg> root, PNG has the PNG signature, CSV has a header and rows).
 */
import {mkdir, readFile, writeFile} from "node:fs/promises";
import type {Locator, Page} from "playwright-core";

/** Downloads are kept here, to open and look at. */
const EXPORT_DIR = "test-results/exports";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

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
  svgRoot: string;
  svgError: string | null;
  svgTexts: string;
  isPng: boolean;
  csvHeader: string;
  csvRows: string[];
}

/** Exports `figure` (an `.rx-export` element) in all three formats and reads the files back. */
export async function exportAll(page: Page, figure: Locator): Promise<ExportCheck> {
  const buttons = figure.locator(".rx-export__buttons button");
  const svg = await download(page, buttons.filter({hasText: /^SVG$/}));
  const png = await download(page, buttons.filter({hasText: /^PNG$/}));
  const csv = await download(page, buttons.filter({hasText: /^CSV$/}));
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return {
      root: doc.documentElement.nodeName,
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      texts: Array.from(doc.documentElement.getElementsByTagName("text"), (node) => node.textContent).join(" ")
    };
  }, svg.bytes.toString("utf8"));
  const [header, ...rows] = csv.bytes.toString("utf8").trim().split(/\r?\n/);
  return {
    svgRoot: parsed.root,
    svgError: parsed.error,
    svgTexts: parsed.texts,
    isPng: PNG_SIGNATURE.every((byte, i) => png.bytes[i] === byte),
    csvHeader: header,
    csvRows: rows
  };
}
