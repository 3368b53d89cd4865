/**
 * The data a chart draws, as CSV (RFC 4180): a header row, one row per datum, fields quoted when they hold a
 * comma, a quote, a line break or surrounding spaces, quotes doubled, lines ended by CRLF. Pure: no DOM.
 */

/** One row of a chart's data: field name → value. */
export type Row = Readonly<Record<string, unknown>>;

/** The CSV header's name of every column of some rows, by the rows' key (Exportable's `columnNames`): naming a column is not optional. */
export type ColumnNames<Rows extends readonly object[]> = Record<keyof Rows[number] & string, string>;

/** The columns of a set of rows: every key, in the order first seen. */
export function columnsOf(rows: readonly Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/** Text of one value: numbers in full precision, dates in ISO 8601, arrays and objects as JSON, nothing for null. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One field, quoted when it has to be. */
export function csvField(value: unknown): string {
  const text = csvText(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as CSV text: header, then one line per row, each ended by CRLF. `names` gives the header's name of a
 * column (its key by default): the same data reads "step,loss" on an English page and "步,损失" on a Chinese one.
 */
export function toCsv(rows: readonly Row[], columns: readonly string[] = columnsOf(rows), names: Readonly<Record<string, string>> = {}): string {
  const lines = [columns.map((column) => csvField(names[column] ?? column)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(","));
  return lines.join("\r\n") + "\r\n";
}
