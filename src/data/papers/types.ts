/**
 * Published figures, kept as data. Each table of a paper is one module that exports one `PublishedTable`;
 * pages render them with `PaperTable` (src/components/paperTable.ts) and never retype a number.
 *
 * A cell is a number (printed with its column's `decimals`, so 7.40 keeps its trailing zero), a string
 * printed exactly as the paper prints it ("fail", "6.61±0.16", "8.43†"), or null for a dash: the paper
 * gives no value there.
 */

/** One cell of a published table. */
export type Cell = number | string | null;

/** A column of a published table. */
export interface PublishedColumn {
  /** Key of the column in every row. */
  key: string;
  /** Header as shown on the page. */
  label: string;
  /** Digits after the decimal point for numeric cells (as printed in the paper). Omit for text columns. */
  decimals?: number;
  /** Unit appended to the header, e.g. "%" — never to the cells. */
  unit?: string;
}

/** A table (or the part of one we show) exactly as a paper published it. */
export interface PublishedTable {
  /** Stable id, e.g. "he2015-table3". */
  id: string;
  /** Where the numbers come from, e.g. "He et al. 2015, Table 3". Shown beside the table. */
  source: string;
  /** What the numbers measure, in our words. */
  caption: string;
  columns: PublishedColumn[];
  rows: Record<string, Cell>[];
  /** Footnotes in our words (e.g. what † means). */
  notes?: string[];
}
