/**
 * PaperTable: a published table rendered as a real HTML table, with its source beside it. The numbers come
 * from src/data/papers/ (one module per paper table, with the table's words in every language); this component
 * only formats them, in the page's language.
 */
import type {Cell, PublishedColumn, PublishedTable, TableTranslation} from "../data/papers/types.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {PAPER_TABLE_TEXT} from "./paperTable.text.js";

/** Text shown for a missing value (the paper prints a dash). */
export const MISSING = "–";

/** A table ready to draw: header, body and caption as plain strings. */
export interface TableModel {
  header: string[];
  body: string[][];
  /** The English text of each row's first cell: what `highlight` names, in every language. */
  rowKeys: string[];
  /** Which columns hold numbers (right-aligned). */
  isNumeric: boolean[];
  caption: string;
  source: string;
  notes: string[];
}

/** Formats one cell: numbers with the column's decimals, strings verbatim, null as a dash. */
export function formatCell(cell: Cell, column: PublishedColumn): string {
  if (cell === null) return MISSING;
  if (typeof cell === "string") return cell;
  if (!Number.isFinite(cell)) throw new Error(`${column.key}: not a finite number (${cell})`);
  return column.decimals === undefined ? String(cell) : cell.toFixed(column.decimals);
}

/** Header text of a column, with its unit in parentheses (`label` replaces the English label, in a translation). */
export function columnHeader(column: PublishedColumn, locale: Locale = "en", label = column.label): string {
  return column.unit ? localized(PAPER_TABLE_TEXT, locale).header(label, column.unit) : label;
}

/** A table's translation into `locale` (null for English, or where the table has none: it is shown in English). */
function translationOf(table: PublishedTable, locale: Locale): TableTranslation | null {
  if (locale === "en") return null;
  const translation = table.translations?.[locale];
  if (!translation) return null;
  const missing = table.columns.find((column) => !(column.key in translation.labels));
  if (missing) throw new Error(`${table.id}: the ${locale} translation has no header for "${missing.key}"`);
  const [notes, translated] = [(table.notes ?? []).length, (translation.notes ?? []).length];
  if (translated !== notes) throw new Error(`${table.id}: the ${locale} translation has ${translated} notes for ${notes}`);
  return translation;
}

/**
 * Turns a published table into strings, in `locale` (default the page's; English outside a page); throws if a
 * row lacks a column, or a translation a header or a note (a typo in the data).
 */
export function tableModel(table: PublishedTable, locale: Locale = pageLocale()): TableModel {
  const translation = translationOf(table, locale);
  const translate = (text: string) => translation?.cells?.[text] ?? text;
  const english = table.rows.map((row, index) =>
    table.columns.map((column) => {
      if (!(column.key in row)) throw new Error(`${table.id}: row ${index} has no "${column.key}"`);
      return formatCell(row[column.key], column);
    })
  );
  return {
    header: table.columns.map((column) => columnHeader(column, locale, translation?.labels[column.key])),
    body: english.map((cells) => cells.map(translate)),
    rowKeys: english.map((cells) => cells[0]),
    isNumeric: table.columns.map((column) => column.decimals !== undefined),
    caption: translation?.caption ?? table.caption,
    source: localized(PAPER_TABLE_TEXT, locale).citation(table.source),
    notes: translation?.notes ?? table.notes ?? []
  };
}

/** Options of PaperTable. */
export interface PaperTableOptions {
  /** Rows to emphasise, by the English text of their first cell (e.g. ["ResNet-152"]), in every language. */
  highlight?: string[];
  /** Language of the table's words (default: the page's). */
  locale?: Locale;
}

/**
 * Renders a published table: `<figure class="paper-figure">` holding a scrollable `<table class="paper-table">`,
 * then a `<figcaption>` that names the source (and labels the table), then the table's notes. The table's data
 * is on `figure.value`.
 */
export function PaperTable(table: PublishedTable, {highlight = [], locale = pageLocale()}: PaperTableOptions = {}): HTMLElement {
  const model = tableModel(table, locale);
  const figure = document.createElement("figure");
  figure.className = "paper-figure";
  figure.id = table.id;
  const scroll = append(figure, "div", "table-scroll");
  const element = append(scroll, "table", "paper-table");
  element.setAttribute("aria-labelledby", `${table.id}-caption`);
  const headRow = append(append(element, "thead"), "tr");
  model.header.forEach((text, column) => {
    const cell = append(headRow, "th");
    cell.textContent = text;
    cell.scope = "col";
    if (model.isNumeric[column]) cell.className = "num";
  });
  const body = append(element, "tbody");
  model.body.forEach((cells, index) => {
    const row = append(body, "tr");
    if (highlight.includes(model.rowKeys[index])) row.className = "highlight";
    cells.forEach((text, column) => {
      const cell = append(row, column === 0 ? "th" : "td");
      cell.textContent = text;
      if (column === 0) (cell as HTMLTableCellElement).scope = "row";
      if (model.isNumeric[column]) cell.className = "num";
    });
  });
  const caption = append(figure, "figcaption");
  caption.id = `${table.id}-caption`;
  append(caption, "strong").textContent = localized(PAPER_TABLE_TEXT, locale).sourceLead(model.source);
  caption.append(model.caption);
  for (const note of model.notes) append(figure, "p", "paper-note").textContent = note;
  return Object.assign(figure, {value: table});
}

function append<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  parent.append(element);
  return element;
}
