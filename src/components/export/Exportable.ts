/**
 * Wraps a chart (a Plot figure or any element holding SVG) with its title, a caption line and three buttons:
 * SVG, PNG (2× for slides) and CSV (the data drawn). The exported SVG and PNG hold the title, the chart with its
 * legend, and the caption, as the reader sees them — in light colours by default, or the page's own (dark, say)
 * if the reader chooses so; nothing is fetched. Failures are shown next to the buttons.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {chartToSvg, serializeSvg} from "./chartSvg.js";
import {toCsv, type Row} from "./csv.js";
import {downloadBlob} from "./download.js";
import {safeFilename} from "./filename.js";
import {svgToPng} from "./png.js";
import {EXPORT_TEXT} from "./text.js";

/** Options of {@link Exportable}. */
export interface ExportOptions {
  /** The chart's title: shown above it and written into every export. Do not also give Plot a title. */
  title: string;
  /** The settings and seed that made the chart, e.g. "plain-56 vs ResNet-56 · lr 0.1 · 300 steps · seed 3". */
  caption?: string;
  /** The data drawn, one object per row (or a function returning it, read at click time). No CSV button without it. */
  data?: readonly Row[] | (() => readonly Row[]);
  /** CSV columns, in order (default: every key of the rows, in the order first seen). */
  columns?: readonly string[];
  /** The CSV header's name of each column in the page's language, by the rows' key (default: the key itself). */
  columnNames?: Readonly<Record<string, string>>;
  /** Base name of the files (default: the title), made safe; extensions are added. */
  filename?: string;
  /** PNG scale factor (default 2). */
  scale?: number;
  /** The language of the buttons and of the file names' fallback (default the page's). */
  locale?: Locale;
}

/** The wrapped chart; `.value` passes the chart's own value through (e.g. a Plot pointer selection). */
export type ExportableElement = HTMLElement & {value?: unknown};

/** The colours of an SVG or PNG export: light (the default: slides and handouts are usually light) or the page's own. */
export type ExportTheme = "light" | "page";

/** Class that gives a figure the light theme's colours for the moment of an export (src/components/components.css). */
const LIGHT_CLASS = "rx-export--light";

/** Runs `capture` with `figure` in the chosen colours: computed styles follow the class at once, and it is removed after. */
function inTheme<T>(figure: Element, theme: ExportTheme, capture: () => T): T {
  if (theme !== "light") return capture();
  figure.classList.add(LIGHT_CLASS);
  try {
    return capture();
  } finally {
    figure.classList.remove(LIGHT_CLASS);
  }
}

/** What each button makes; `theme()` reads the reader's choice of colours at click time. */
function exporters(chart: Element, options: ExportOptions, theme: () => ExportTheme) {
  const {title, caption = "", columns, columnNames, scale = 2, locale = pageLocale()} = options;
  const base = options.filename ?? title;
  const svgText = () => {
    const figure = chart.closest(".rx-export") ?? chart;
    const {svg, width, height} = inTheme(figure, theme(), () => chartToSvg(chart, {title, caption}));
    return {text: serializeSvg(svg), width, height};
  };
  return {
    svg: async () => downloadBlob(new Blob([svgText().text], {type: "image/svg+xml"}), safeFilename(base, "svg", locale)),
    png: async () => {
      const {text, width, height} = svgText();
      downloadBlob(await svgToPng(text, width, height, scale), safeFilename(base, "png", locale));
    },
    csv: async () => {
      const rows = typeof options.data === "function" ? options.data() : (options.data ?? []);
      downloadBlob(new Blob([toCsv(rows, columns, columnNames)], {type: "text/csv;charset=utf-8"}), safeFilename(base, "csv", locale));
    }
  };
}

/** A button that runs an export, disabled while it works, reporting failure in `status`. */
function exportButton(format: string, description: string, run: () => Promise<void>, status: HTMLElement, locale: Locale): HTMLButtonElement {
  const button = el("button", {type: "button", class: "rx-export__button", "aria-label": description}, [format]);
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "";
    try {
      await run();
    } catch (error) {
      status.textContent = localized(EXPORT_TEXT, locale).failed(format, error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The chart with its title, caption and export buttons. */
export function Exportable(chart: Element, options: ExportOptions): ExportableElement {
  const locale = options.locale ?? pageLocale();
  const text = localized(EXPORT_TEXT, locale);
  const colours = el("select", {class: "rx-export__theme", "aria-label": text.coloursLabel(options.title)}, [
    el("option", {value: "light"}, [text.lightColours]),
    el("option", {value: "page"}, [text.pageColours])
  ]);
  const run = exporters(chart, {...options, locale}, () => colours.value as ExportTheme);
  const status = el("span", {class: "rx-export__status", role: "status", "aria-live": "polite"});
  const buttons: HTMLElement[] = [
    exportButton("SVG", text.svgLabel(options.title), run.svg, status, locale),
    exportButton("PNG", text.pngLabel(options.title, options.scale ?? 2), run.png, status, locale),
    colours
  ];
  if (options.data) buttons.push(exportButton("CSV", text.csvLabel(options.title), run.csv, status, locale));
  const figure = el("figure", {class: "rx-export"}, [
    el("div", {class: "rx-export__title"}, [options.title]),
    el("div", {class: "rx-export__chart"}, [chart]),
    ...(options.caption ? [el("figcaption", {class: "rx-export__caption"}, [options.caption])] : []),
    el("div", {class: "rx-export__buttons", role: "group", "aria-label": text.groupLabel(options.title)}, [...buttons, status])
  ]);
  if ("value" in chart) Object.defineProperty(figure, "value", {get: () => (chart as {value?: unknown}).value});
  return figure;
}
