/**
 * The reference runs as a table: one block per setting (data set, units, steps), one row per network, with
 * the final training loss and error over the seeds (mean and range), the test error, and under each block
 * in how many seeds the deep plain net degraded while its residual twin did not. Exportable (SVG, PNG, CSV).
 */
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import {formatNumber, localized, pageLocale, type Locale} from "../../i18n/locale.js";
import type {NetSummary, SettingSummary, Spread} from "./summarize.js";
import {NAMES_TEXT, REPRODUCTION_TABLE_TEXT} from "./text.js";

/** A loss with 3 decimals; an error in percent with 1. */
const loss = (value: number) => value.toFixed(3);
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const range = (s: Spread, format: (value: number) => string) => (s.min === s.max ? "" : `${format(s.min)}–${format(s.max)}`);

/** What a setting is, in a few words: "circles, pre-activation units, 300 steps of 64, lr 0.1 — 10 seeds". */
export function settingLabel(setting: SettingSummary, locale: Locale = pageLocale()): string {
  const names = localized(NAMES_TEXT, locale);
  return localized(REPRODUCTION_TABLE_TEXT, locale).setting({
    data: names.data(setting.data),
    units: names.units(setting.units),
    steps: setting.steps,
    batchSize: setting.batchSize,
    lr: setting.lr,
    seeds: setting.nets[0].seeds.length
  });
}

/** One CSV row per network and setting: the numbers the table shows, unrounded, under the language's column names. */
export function reproductionRows(settings: readonly SettingSummary[], locale: Locale = pageLocale()) {
  const text = localized(REPRODUCTION_TABLE_TEXT, locale);
  const columns = text.csv;
  return settings.flatMap((setting) =>
    setting.nets.map((net) => ({
      [columns.setting]: settingLabel(setting, locale),
      [columns.network]: localized(NAMES_TEXT, locale).net(net.name),
      [columns.layers]: net.layers,
      [columns.parameters]: net.params ?? "",
      [columns.seeds]: net.seeds.join(" "),
      [columns.lossMean]: net.loss.mean,
      [columns.lossMin]: net.loss.min,
      [columns.lossMax]: net.loss.max,
      [columns.trainErrorMean]: net.trainError.mean,
      [columns.testErrorMean]: net.testError?.mean ?? "",
      [columns.reproduced]: text.reproduced(setting.reproduced.holds, setting.reproduced.of),
      [columns.command]: setting.command
    }))
  );
}

function netRow(net: NetSummary, locale: Locale): HTMLTableRowElement {
  const cell = (text: string, className = "num") => el("td", {class: className}, [text]);
  return el("tr", {"data-net": net.id, class: net.isResidual ? "rx-repro-row--residual" : "rx-repro-row--plain"}, [
    el("th", {scope: "row"}, [localized(NAMES_TEXT, locale).net(net.name)]),
    cell(net.params === null ? "–" : formatNumber(net.params, locale)),
    cell(loss(net.loss.mean)),
    cell(range(net.loss, loss), "num rx-repro-range"),
    cell(percent(net.trainError.mean)),
    cell(net.testError ? percent(net.testError.mean) : "–")
  ]);
}

function settingBlock(setting: SettingSummary, locale: Locale): HTMLTableSectionElement {
  const {holds, of} = setting.reproduced;
  return el("tbody", {"data-preset": setting.preset}, [
    el("tr", {class: "rx-repro-setting"}, [el("th", {scope: "rowgroup", colspan: 6}, [settingLabel(setting, locale)])]),
    ...setting.nets.map((net) => netRow(net, locale)),
    el("tr", {class: "rx-repro-verdict"}, [
      el("td", {colspan: 6}, [localized(REPRODUCTION_TABLE_TEXT, locale).verdict(holds, of), el("code", {}, [setting.command])])
    ])
  ]);
}

/** The table of every setting, wrapped for export. */
export function ReproductionTable(settings: readonly SettingSummary[], {caption, locale = pageLocale()}: {caption: string; locale?: Locale}): HTMLElement {
  const text = localized(REPRODUCTION_TABLE_TEXT, locale);
  const table = el("table", {class: "paper-table rx-repro-table"}, [
    el("thead", {}, [el("tr", {}, text.headers.map((header) => el("th", {scope: "col"}, [header])))]),
    ...settings.map((setting) => settingBlock(setting, locale))
  ]);
  return Exportable(el("div", {class: "table-scroll"}, [table]), {
    title: text.title,
    caption,
    data: reproductionRows(settings, locale),
    filename: text.filename
  });
}
