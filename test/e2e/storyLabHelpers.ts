/**
 * Helpers shared by the story labs' end-to-end tests (hero, residual unit, gradient flow): capture an export
 * download and check the three files of an `Exportable` figure, and measure overflow at a phone's width.
 */
import type {Locator, Page} from "playwright-core";
import {expect} from "vitest";
import {exportAll} from "./exportFiles.ts";

/** The fields of one CSV line (RFC 4180: a field in double quotes may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (isQuoted) {
      if (char === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") fields.push(field), (field = "");
    else field += char;
  }
  return [...fields, field];
}

/** A CSV file's rows as objects keyed by the header (no line breaks inside fields: the site's CSVs have none). */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split(/\r\n/);
  const columns = csvFields(header);
  return lines.map((line) => {
    const fields = csvFields(line);
    expect(fields.length, line).toBe(columns.length);
    return Object.fromEntries(fields.map((value, i) => [columns[i], value]));
  });
}

/**
 * Presses SVG, PNG and CSV of an exported figure (`figure.rx-export`) and checks each file: the SVG parses as
 * XML with an <svg> root and holds the title, the PNG has the PNG signature, the CSV has a header and rows.
 * Returns the CSV's rows.
 */
export async function checkExports(page: Page, figure: Locator): Promise<Record<string, string>[]> {
  const title = ((await figure.locator(".rx-export__title").textContent()) ?? "").trim();
  const files = await exportAll(page, figure);
  expect(files.svgName).toMatch(/\.svg$/);
  expect(files.svgRoot).toBe("svg");
  expect(files.svgError).toBeNull();
  expect(files.svgText).toContain(title.slice(0, 20));
  expect(files.isPng).toBe(true);
  const rows = parseCsv(files.csvText);
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

/** True when nothing on the page is wider than the viewport. */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
