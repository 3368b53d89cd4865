/**
 * IlsvrcChart: top-5 error of the ILSVRC classification winners by year, one bar per entry, each labelled
 * with the depth of the network behind it. Horizontal bars keep the labels readable at 375 px.
 */
import * as Plot from "@observablehq/plot";
import type {IlsvrcEntry} from "../data/papers/ilsvrcWinners.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {ILSVRC_CSV_TEXT, ILSVRC_TEXT} from "./ilsvrcChart.text.js";

/** Height of one entry's band (label line above its bar), in px. */
const BAND_HEIGHT = 50;

/** One drawn row: an entry plus the text the chart shows for it. */
export interface IlsvrcRow extends IlsvrcEntry {
  /** Band key, unique per entry, in chart order. */
  key: string;
  /** Label above the bar, e.g. "2015 · ResNet (ensemble) · 152 layers". */
  label: string;
  /** Value at the end of the bar, e.g. "3.57%". */
  value: string;
}

/** Rows in year order (ties keep their input order), with the labels the chart draws in `locale`. */
export function ilsvrcRows(entries: IlsvrcEntry[], locale: Locale = pageLocale()): IlsvrcRow[] {
  const text = localized(ILSVRC_TEXT, locale);
  return entries
    .map((entry, index) => ({entry, index}))
    .sort((a, b) => a.entry.year - b.entry.year || a.index - b.index)
    .map(({entry}, index) => ({
      ...entry,
      key: `${index}`,
      label: text.rowLabel(entry.year, text.model(entry.model), entry.depth),
      value: `${entry.top5Error}%`
    }));
}

/** The CSV's columns, in order (their headers in a language: `ILSVRC_CSV_TEXT`). */
export const ILSVRC_CSV_COLUMNS = ["year", "model", "top5_error_percent", "depth_layers", "place", "error_source", "depth_source"] as const;

/** A column of {@link ilsvrcCsv}. */
export type IlsvrcCsvColumn = (typeof ILSVRC_CSV_COLUMNS)[number];

/**
 * The drawn data as CSV (header + one line per entry), with each number's source, in `locale`: the headers, the
 * models' names and the sources as the chart writes them (English: as the data has them); numbers unchanged.
 */
export function ilsvrcCsv(entries: IlsvrcEntry[], locale: Locale = pageLocale()): string {
  const text = localized(ILSVRC_TEXT, locale);
  const {columns} = localized(ILSVRC_CSV_TEXT, locale);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = ilsvrcRows(entries, locale).map((row) => {
    const cells: Record<IlsvrcCsvColumn, string | number> = {
      year: row.year,
      model: text.model(row.model),
      top5_error_percent: row.top5Error,
      depth_layers: row.depth,
      place: row.place,
      error_source: text.source(row.errorSource),
      depth_source: text.source(row.depthSource)
    };
    return ILSVRC_CSV_COLUMNS.map((column) => quote(String(cells[column]))).join(",");
  });
  return [ILSVRC_CSV_COLUMNS.map((column) => quote(columns[column])).join(","), ...lines].join("\n");
}

/** The sources cited under the chart, each once, in order of first use, as `locale` cites them. */
export function ilsvrcSources(entries: IlsvrcEntry[], locale: Locale = pageLocale()): string[] {
  const {source} = localized(ILSVRC_TEXT, locale);
  return [...new Set(entries.flatMap((entry) => [entry.errorSource, entry.depthSource]))].map(source);
}

/** Options of IlsvrcChart. */
export interface IlsvrcChartOptions {
  /** Width in px (from Framework's `resize`). */
  width: number;
  /** Language of the chart's words (default: the page's). */
  locale?: Locale;
}

/**
 * Draws the chart: a `<figure class="chart">` with a title, exactly one `<svg>` and a caption naming every
 * source. The drawn entries are on `figure.value`; `ilsvrcCsv(figure.value)` gives them as CSV.
 */
export function IlsvrcChart(entries: IlsvrcEntry[], {width, locale = pageLocale()}: IlsvrcChartOptions): HTMLElement {
  const text = localized(ILSVRC_TEXT, locale);
  const rows = ilsvrcRows(entries, locale);
  const maxError = Math.max(...rows.map((row) => row.top5Error));
  const svg = Plot.plot({
    width,
    height: rows.length * BAND_HEIGHT + 50,
    marginLeft: 8,
    marginRight: 56,
    marginTop: 8,
    marginBottom: 42,
    style: {fontSize: "12px"},
    x: {domain: [0, Math.ceil(maxError / 5) * 5], grid: true, label: text.x, labelAnchor: "left"},
    y: {domain: rows.map((row) => row.key), axis: null, paddingInner: 0, paddingOuter: 0},
    marks: [
      Plot.barX(rows, {x: "top5Error", y: "key", insetTop: 24, insetBottom: 6, fill: (row: IlsvrcRow) => (row.place === 1 ? "var(--theme-foreground-focus, steelblue)" : "var(--theme-foreground-faint, #bbb)")}),
      Plot.text(rows, {x: 0, y: "key", text: "label", textAnchor: "start", dy: -BAND_HEIGHT / 2 + 12, fontWeight: 600}),
      Plot.text(rows, {x: "top5Error", y: "key", text: "value", textAnchor: "start", dx: 4, dy: 9}),
      Plot.ruleX([0])
    ]
  }) as SVGSVGElement;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", text.ariaLabel(rows.map((row) => text.item(row.label, row.value))));
  const figure = document.createElement("figure");
  figure.className = "chart";
  const title = document.createElement("div");
  title.className = "chart-title";
  title.textContent = text.title;
  const caption = document.createElement("figcaption");
  caption.textContent = text.caption(ilsvrcSources(rows, locale));
  figure.append(title, svg, caption);
  return Object.assign(figure, {value: entries});
}
