/**
 * "ResNet-50, built in your browser": a button that asks the training worker to build a network with the
 * engine's TF.js builder (no training, no weights downloaded), then shows the parameter count it measured
 * beside the architecture arithmetic and torchvision's figure, how long the build took, how much memory the
 * weights held, and the worker's tensor count before the build and after the model was disposed.
 * TF.js runs inside the worker only; this component talks to it through the client (../../workers/client.ts).
 */
import {formatNumber, localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import type {BuildReport, ModelSpec, TrainingClient} from "../../workers/client.js";
import {plainText, withCode} from "./codeText.js";
import {RESNET50_BUILD_TEXT} from "./text.js";

/** What the build is compared with. */
export interface Resnet50BuildOptions {
  /** The network to build (e.g. `imagenetSpec({depth: 50})`). */
  spec: ModelSpec;
  /** Its parameters as counted by the architecture arithmetic (src/engine/arch). */
  arithmetic: number;
  /** A published count, e.g. torchvision's 25,557,032, with where it comes from (in the page's language). */
  published: {value: number; source: string};
  /** Starts (or returns) the training worker; called on the first click, so nothing loads before. */
  connect: () => TrainingClient;
}

/** What one build measured, as shown and exported. */
export interface BuildResult {
  report: BuildReport;
  /** Milliseconds to build the same net with zero weights (allocation only, no random draws). */
  allocationMs: number;
  tensorsBefore: number;
  tensorsAfter: number;
  bytesAfter: number;
}

const integer = (n: number, locale: Locale) => formatNumber(n, locale);
const megabytes = (bytes: number, locale: Locale) => localized(RESNET50_BUILD_TEXT, locale).megabytes((bytes / 2 ** 20).toFixed(1));
const milliseconds = (ms: number, locale: Locale) => localized(RESNET50_BUILD_TEXT, locale).milliseconds(formatNumber(Math.round(ms), locale));

/** The rows of the comparison table for one build, in `locale` (a `backquoted` part of a cell is code: ./codeText.ts). */
export function buildRows(result: BuildResult, {arithmetic, published}: Pick<Resnet50BuildOptions, "arithmetic" | "published">, locale: Locale = pageLocale()) {
  const text = localized(RESNET50_BUILD_TEXT, locale);
  const {report} = result;
  const count = (n: number) => integer(n, locale);
  const agree = (value: number) => (value === report.params ? text.equal : text.differs(count(report.params - value)));
  return [
    {quantity: text.paramsBuilt, value: count(report.params), comparison: text.measured},
    {quantity: text.paramsArithmetic, value: count(arithmetic), comparison: agree(arithmetic)},
    {quantity: text.paramsPublished(published.source), value: count(published.value), comparison: agree(published.value)},
    {quantity: text.buildTime, value: milliseconds(report.buildMs, locale), comparison: text.buildNote(report.backend)},
    {quantity: text.zeroTime, value: milliseconds(result.allocationMs, locale), comparison: text.zeroNote},
    {quantity: text.memory, value: megabytes(report.bytes, locale), comparison: text.tensorsNote(count(report.tensors))},
    {
      quantity: text.tensors,
      value: `${count(result.tensorsBefore)} → ${count(result.tensorsAfter)}`,
      comparison: result.tensorsAfter === result.tensorsBefore ? text.clean : text.leaked
    }
  ];
}

/** A row of the CSV: one cell per column named in RESNET50_BUILD_TEXT's `csv` (a column without a name does not compile). */
type CsvRow = Record<keyof (typeof RESNET50_BUILD_TEXT)["en"]["csv"], string>;

/** The rows for the CSV: the cells' text without code marks. */
function csvRows(rows: ReturnType<typeof buildRows>): CsvRow[] {
  return rows.map((row): CsvRow => ({quantity: plainText(row.quantity), value: row.value, comparison: plainText(row.comparison)}));
}

/**
 * The table; each row's `data-quantity` is its English quantity (`hooks`, the same in every language), so that a
 * test or a style finds a row whatever the page's language.
 */
function resultTable(rows: ReturnType<typeof buildRows>, hooks: readonly string[], locale: Locale): HTMLElement {
  const {headers} = localized(RESNET50_BUILD_TEXT, locale);
  const head = el("tr", {}, ["", headers.value, headers.check].map((text) => el("th", {scope: "col"}, [text])));
  const body = rows.map((row, i) =>
    el("tr", {"data-quantity": hooks[i]}, [
      el("th", {scope: "row"}, withCode(row.quantity)),
      el("td", {class: "num"}, [row.value]),
      el("td", {}, withCode(row.comparison))
    ])
  );
  const table = el("table", {class: "paper-table rx-r50-table"}, [el("thead", {}, [head]), el("tbody", {}, body)]);
  return el("div", {class: "table-scroll"}, [table]);
}

/** Resolves with `request`'s answer, or rejects when the worker reports a failure of its own first. */
function answer<T>(client: TrainingClient, request: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe((message) => {
      if (message.type === "error" && message.id === null) {
        stop();
        reject(new Error(message.message));
      }
    });
    request().then(
      (value) => (stop(), resolve(value)),
      (error) => (stop(), reject(error))
    );
  });
}

/**
 * Builds the spec in the worker twice: first with zero weights (only allocating them; this also starts the
 * worker's backend), then — between two readings of the worker's tensor count — with the weights drawn from
 * the seed as for training.
 */
export async function buildOnce(client: TrainingClient, spec: ModelSpec): Promise<BuildResult> {
  const allocation = await answer(client, () => client.build(spec, {init: "zeros", seed: 1}));
  const before = await answer(client, () => client.stats());
  const report = await answer(client, () => client.build(spec, {init: "he", seed: 1}));
  const after = await answer(client, () => client.stats());
  return {report, allocationMs: allocation.buildMs, tensorsBefore: before.numTensors, tensorsAfter: after.numTensors, bytesAfter: after.numBytes};
}

/** The button, its status line and, after a build, the table (exportable as SVG, PNG and CSV), in the page's language. */
export function Resnet50Build(options: Resnet50BuildOptions): HTMLElement {
  const {spec, connect} = options;
  const locale = pageLocale();
  const text = localized(RESNET50_BUILD_TEXT, locale);
  const name = spec.name;
  const button = el("button", {type: "button", class: "rx-r50-button"}, [text.build(name)]);
  const status = el("p", {class: "rx-r50-status", role: "status", "aria-live": "polite"}, [text.idle(integer(options.arithmetic, locale), megabytes(options.arithmetic * 4, locale))]);
  const output = el("div", {class: "rx-r50-output"});
  let client: TrainingClient | null = null;
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = text.building(name);
    try {
      client ??= connect();
      const result = await buildOnce(client, spec);
      const rows = buildRows(result, options, locale);
      const hooks = buildRows(result, options, "en").map((row) => row.quantity);
      const caption = text.caption(name, result.report.backend, new Date().toISOString().slice(0, 10));
      output.replaceChildren(Exportable(resultTable(rows, hooks, locale), {title: text.title(name), caption, data: csvRows(rows), columnNames: text.csv, filename: text.filename(name)}));
      status.textContent = text.built(name, integer(result.report.params, locale), String(Math.round(result.report.buildMs)));
    } catch (error) {
      status.textContent = text.failed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
      button.textContent = text.buildAgain(name);
    }
  });
  return el("div", {class: "rx-r50"}, [button, status, output]);
}
