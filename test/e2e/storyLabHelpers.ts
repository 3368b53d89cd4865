/**
 * Helpers shared by the story labs' end-to-end tests (hero, residual unit, gradient flow): capture an export
 * download and check the three files of an `Exportable` figure, and measure overflow at a phone's width.
 */
import {readFile} from "node:fs/promises";
import type {Locator, Page} from "playwright-core";
import {expect} from "vitest";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return {name: file.suggestedFilename(), bytes: await readFile(await file.path())};
}

/** A CSV file's rows as objects keyed by the header (fields without quotes or commas only: numbers, words). */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split(/\r\n/);
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [columns[i], value])));
}

/**
 * Presses SVG, PNG and CSV of an exported figure (`figure.rx-export`) and checks each file: the SVG parses as
 * XML with an <svg> root and holds the title, the PNG has the PNG signature, the CSV has a header and rows.
 * Returns the CSV's rows.
 */
export async function checkExports(page: Page, figure: Locator): Promise<Record<string, string>[]> {
  const title = ((await figure.locator(".rx-export__title").textContent()) ?? "").trim();
  const svg = await download(page, figure.getByRole("button", {name: /as SVG/}));
  expect(svg.name).toMatch(/\.svg$/);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return {root: doc.documentElement.nodeName, error: doc.getElementsByTagName("parsererror").length, text: doc.documentElement.textContent ?? ""};
  }, svg.bytes.toString("utf8"));
  expect(parsed.root).toBe("svg");
  expect(parsed.error).toBe(0);
  expect(parsed.text).toContain(title.slice(0, 20));
  const png = await download(page, figure.getByRole("button", {name: /as PNG/}));
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const csv = await download(page, figure.getByRole("button", {name: /as CSV/}));
  const rows = parseCsv(csv.bytes.toString("utf8"));
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

/** True when nothing on the page is wider than the viewport. */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
