/**
 * IlsvrcChart: top-5 error of the ILSVRC classification winners by year, one bar per entry, each labelled
 * with the depth of the network behind it. Horizontal bars keep the labels readable at 375 px.
 */
import * as Plot from "@observablehq/plot";
import type {IlsvrcEntry} from "../data/papers/ilsvrcWinners.js";

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

/** Rows in year order (ties keep their input order), with the labels the chart draws. */
export function ilsvrcRows(entries: IlsvrcEntry[]): IlsvrcRow[] {
  return entries
    .map((entry, index) => ({entry, index}))
    .sort((a, b) => a.entry.year - b.entry.year || a.index - b.index)
    .map(({entry}, index) => ({
      ...entry,
      key: `${index}`,
      label: `${entry.year} · ${entry.model} · ${entry.depth} layers`,
      value: `${entry.top5Error}%`
    }));
}

/** The drawn data as CSV (header + one line per entry), with each number's source. */
export function ilsvrcCsv(entries: IlsvrcEntry[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ilsvrcRows(entries).map((row) =>
    [row.year, row.model, row.top5Error, row.depth, row.place, row.errorSource, row.depthSource].map(String).map(quote).join(",")
  );
  return ["year,model,top5_error_percent,depth_layers,place,error_source,depth_source", ...lines].join("\n");
}

/** The sources cited under the chart, each once, in order of first use. */
export function ilsvrcSources(entries: IlsvrcEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => [entry.errorSource, entry.depthSource]))];
}

/** Options of IlsvrcChart. */
export interface IlsvrcChartOptions {
  /** Width in px (from Framework's `resize`). */
  width: number;
}

/**
 * Draws the chart: a `<figure class="chart">` with a title, exactly one `<svg>` and a caption naming every
 * source. The drawn entries are on `figure.value`; `ilsvrcCsv(figure.value)` gives them as CSV.
 */
export function IlsvrcChart(entries: IlsvrcEntry[], {width}: IlsvrcChartOptions): HTMLElement {
  const rows = ilsvrcRows(entries);
  const maxError = Math.max(...rows.map((row) => row.top5Error));
  const svg = Plot.plot({
    width,
    height: rows.length * BAND_HEIGHT + 50,
    marginLeft: 8,
    marginRight: 56,
    marginTop: 8,
    marginBottom: 42,
    style: {fontSize: "12px"},
    x: {domain: [0, Math.ceil(maxError / 5) * 5], grid: true, label: "Top-5 error on the ILSVRC test set (%) →", labelAnchor: "left"},
    y: {domain: rows.map((row) => row.key), axis: null, paddingInner: 0, paddingOuter: 0},
    marks: [
      Plot.barX(rows, {x: "top5Error", y: "key", insetTop: 24, insetBottom: 6, fill: (row: IlsvrcRow) => (row.place === 1 ? "var(--theme-foreground-focus, steelblue)" : "var(--theme-foreground-faint, #bbb)")}),
      Plot.text(rows, {x: 0, y: "key", text: "label", textAnchor: "start", dy: -BAND_HEIGHT / 2 + 12, fontWeight: 600}),
      Plot.text(rows, {x: "top5Error", y: "key", text: "value", textAnchor: "start", dx: 4, dy: 9}),
      Plot.ruleX([0])
    ]
  }) as SVGSVGElement;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Bar chart: " + rows.map((row) => `${row.label}, ${row.value}`).join("; "));
  const figure = document.createElement("figure");
  figure.className = "chart";
  const title = document.createElement("div");
  title.className = "chart-title";
  title.textContent = "ImageNet classification: winning top-5 error by year, and how deep the network was";
  const caption = document.createElement("figcaption");
  caption.textContent =
    "Dark bars: first place; light bar: VGG, second in 2014. 2012–2014 are the entries without extra training data. " +
    `Sources: ${ilsvrcSources(rows).join("; ")}.`;
  figure.append(title, svg, caption);
  return Object.assign(figure, {value: entries});
}
