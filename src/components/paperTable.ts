/**
 * PaperTable: a published table rendered as a real HTML table, with its source beside it. The numbers come
 * from src/data/papers/ (one module per paper table); this component only formats them.
 */
import type {Cell, PublishedColumn, PublishedTable} from "../data/papers/types.js";

/** Text shown for a missing value (the paper prints a dash). */
export const MISSING = "–";

/** A table ready to draw: header, body and caption as plain strings. */
export interface TableModel {
  header: string[];
  body: string[][];
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

/** Header text of a column, with its unit in parentheses. */
export function columnHeader(column: PublishedColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** Turns a published table into strings; throws if a row lacks a column (a typo in the data). */
export function tableModel(table: PublishedTable): TableModel {
  const body = table.rows.map((row, index) =>
    table.columns.map((column) => {
      if (!(column.key in row)) throw new Error(`${table.id}: row ${index} has no "${column.key}"`);
      return formatCell(row[column.key], column);
    })
  );
  return {
    header: table.columns.map(columnHeader),
    body,
    isNumeric: table.columns.map((column) => column.decimals !== undefined),
    caption: table.caption,
    source: table.source,
    notes: table.notes ?? []
  };
}

/** Options of PaperTable. */
export interface PaperTableOptions {
  /** Rows to emphasise, by the text of their first cell (e.g. ["ResNet-152"]). */
  highlight?: string[];
}

/**
 * Renders a published table: `<figure class="paper-figure">` holding a scrollable `<table class="paper-table">`,
 * then a `<figcaption>` that names the source (and labels the table), then the table's notes. The table's data
 * is on `figure.value`.
 */
export function PaperTable(table: PublishedTable, {highlight = []}: PaperTableOptions = {}): HTMLElement {
  const model = tableModel(table);
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
  for (const cells of model.body) {
    const row = append(body, "tr");
    if (highlight.includes(cells[0])) row.className = "highlight";
    cells.forEach((text, column) => {
      const cell = append(row, column === 0 ? "th" : "td");
      cell.textContent = text;
      if (column === 0) (cell as HTMLTableCellElement).scope = "row";
      if (model.isNumeric[column]) cell.className = "num";
    });
  }
  const caption = append(figure, "figcaption");
  caption.id = `${table.id}-caption`;
  append(caption, "strong").textContent = `${model.source}. `;
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
