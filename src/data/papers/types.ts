/**
 * Published figures, kept as data. Each table of a paper is one module that exports one `PublishedTable`;
 * pages render them with `PaperTable` (src/components/paperTable.ts) and never retype a number.
 *
 * A cell is a number (printed with its column's `decimals`, so 7.40 keeps its trailing zero), a string
 * printed exactly as the paper prints it ("fail", "6.61±0.16", "8.43†"), or null for a dash: the paper
 * gives no value there.
 *
 * The fields are English; a table's words in the site's other languages (issue 12) are in its `translations`:
 * headers, caption and notes in full, and the text cells that read differently. The rows themselves stay as the
 * paper prints them, so numbers, lookups and `highlight` work the same in every language.
 */
import type {Locale} from "../../i18n/locale.js";

/** The site's languages other than English, in which a table needs a translation. */
export type TranslatedLocale = Exclude<Locale, "en">;

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
  /** The table's words in other languages; where one is missing, that language shows the English. */
  translations?: Partial<Record<TranslatedLocale, TableTranslation>>;
}

/** A table's reader-visible words in one language other than English. */
export interface TableTranslation {
  /** The caption, in that language. */
  caption: string;
  /** The header of every column, by its key (the unit is appended as in English). */
  labels: Record<string, string>;
  /** The notes, one for each English note, in the same order. */
  notes?: string[];
  /** Text cells that read differently, by their English text ("fail" → "失败"); other cells are shown as printed. */
  cells?: Record<string, string>;
}

/**
 * A table of the site's data: with its words in every language the site has. Each module checks its table with
 * `satisfies TranslatedTable`, so tsc lists the tables that lack a language.
 */
export type TranslatedTable = PublishedTable & {translations: Record<TranslatedLocale, TableTranslation>};
