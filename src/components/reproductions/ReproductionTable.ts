/**
 * The reference runs as a table: one block per setting (data set, units, steps), one row per network, with
 * the final training loss and error over the seeds (mean and range), the test error, and under each block
 * in how many seeds the deep plain net degraded while its residual twin did not. Exportable (SVG, PNG, CSV).
 */
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import type {NetSummary, SettingSummary, Spread} from "./summarize.js";

/** A loss with 3 decimals; an error in percent with 1. */
const loss = (value: number) => value.toFixed(3);
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const range = (s: Spread, format: (value: number) => string) => (s.min === s.max ? "" : `${format(s.min)}–${format(s.max)}`);

/** What a setting is, in a few words: "circles, pre-activation units, 300 steps of 64, lr 0.1". */
export function settingLabel(setting: SettingSummary): string {
  const seeds = setting.nets[0].seeds.length;
  return `${setting.data}, ${setting.units} units, ${setting.steps} steps of ${setting.batchSize}, lr ${setting.lr} — ${seeds} seed${seeds === 1 ? "" : "s"}`;
}

/** One CSV row per network and setting: the numbers the table shows, unrounded. */
export function reproductionRows(settings: readonly SettingSummary[]) {
  return settings.flatMap((setting) =>
    setting.nets.map((net) => ({
      setting: settingLabel(setting),
      network: net.name,
      layers: net.layers,
      parameters: net.params ?? "",
      seeds: net.seeds.join(" "),
      training_loss_mean: net.loss.mean,
      training_loss_min: net.loss.min,
      training_loss_max: net.loss.max,
      training_error_mean: net.trainError.mean,
      test_error_mean: net.testError?.mean ?? "",
      degradation_reproduced: `${setting.reproduced.holds} of ${setting.reproduced.of}`,
      command: setting.command
    }))
  );
}

function netRow(net: NetSummary): HTMLTableRowElement {
  const cell = (text: string, className = "num") => el("td", {class: className}, [text]);
  return el("tr", {"data-net": net.id, class: net.isResidual ? "rx-repro-row--residual" : "rx-repro-row--plain"}, [
    el("th", {scope: "row"}, [net.name]),
    cell(net.params === null ? "–" : net.params.toLocaleString("en-US")),
    cell(loss(net.loss.mean)),
    cell(range(net.loss, loss), "num rx-repro-range"),
    cell(percent(net.trainError.mean)),
    cell(net.testError ? percent(net.testError.mean) : "–")
  ]);
}

function settingBlock(setting: SettingSummary): HTMLTableSectionElement {
  const {holds, of} = setting.reproduced;
  return el("tbody", {"data-preset": setting.preset}, [
    el("tr", {class: "rx-repro-setting"}, [el("th", {scope: "rowgroup", colspan: 6}, [settingLabel(setting)])]),
    ...setting.nets.map(netRow),
    el("tr", {class: "rx-repro-verdict"}, [
      el("td", {colspan: 6}, [`Deep plain net clearly worse, deep residual net not: ${holds} of ${of} seeds. `, el("code", {}, [setting.command])])
    ])
  ]);
}

/** The table of every setting, wrapped for export. */
export function ReproductionTable(settings: readonly SettingSummary[], {caption}: {caption: string}): HTMLElement {
  const headers = ["network", "parameters", "training loss, mean", "range over seeds", "training error, mean", "test error, mean"];
  const table = el("table", {class: "paper-table rx-repro-table"}, [
    el("thead", {}, [el("tr", {}, headers.map((text) => el("th", {scope: "col"}, [text])))]),
    ...settings.map(settingBlock)
  ]);
  return Exportable(el("div", {class: "table-scroll"}, [table]), {
    title: "Our reference runs: final training loss and error, plain vs residual",
    caption,
    data: reproductionRows(settings),
    filename: "reference-runs-summary"
  });
}
