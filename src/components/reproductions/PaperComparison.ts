/**
 * The paper's CIFAR-10 ResNets (He et al. 2015, Table 6: layers, parameters, test error) beside our reference
 * runs at the same depths (final training error of the plain and residual nets, their parameters). Different
 * data, nets, budgets and even measures — the table says so in its caption; what can be compared is the trend
 * with depth. Every number comes from src/data/papers or from the reference files. Exportable.
 */
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import type {PublishedTable} from "../../data/papers/types.js";
import type {NetSummary} from "./summarize.js";
import {formatNumber, localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {PAPER_TABLE_TEXT} from "../paperTable.text.js";
import {PAPER_COMPARISON_TEXT} from "./text.js";

/** One depth: the paper's ResNet and ours (null where one of them has no net of that depth). */
export interface ComparisonRow {
  layers: number;
  paperParams: string | null;
  paperTestError: number | null;
  ourResidual: NetSummary | null;
  ourPlain: NetSummary | null;
}

/** Joins Table 6's ResNet rows and our nets by depth, in increasing depth (only depths that one of them has). */
export function comparisonRows(table6: PublishedTable, nets: readonly NetSummary[], {maxLayers = 110} = {}): ComparisonRow[] {
  const paper = table6.rows.filter((row) => row.method === "ResNet").map((row) => ({layers: Number(row.layers), params: row.params as string, error: row.error as number}));
  const depths = [...new Set([...paper.map((row) => row.layers), ...nets.map((net) => net.layers)])].filter((d) => d <= maxLayers).sort((a, b) => a - b);
  return depths.map((layers) => {
    const published = paper.find((row) => row.layers === layers);
    return {
      layers,
      paperParams: published?.params ?? null,
      paperTestError: published?.error ?? null,
      ourResidual: nets.find((net) => net.layers === layers && net.isResidual) ?? null,
      ourPlain: nets.find((net) => net.layers === layers && !net.isResidual) ?? null
    };
  });
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const dash = "–";

/**
 * The comparison as a table, wrapped for export; `source` is the paper table's source as its data gives it
 * ("He et al. 2015, Table 6"), cited here in the page's language.
 */
export function PaperComparison(rows: readonly ComparisonRow[], {caption, source, locale = pageLocale()}: {caption: string; source: string; locale?: Locale}): HTMLElement {
  const text = localized(PAPER_COMPARISON_TEXT, locale);
  const head = [
    el("tr", {}, [
      el("th", {scope: "col", rowspan: 2}, [text.layers]),
      el("th", {scope: "colgroup", colspan: 2}, [text.paperGroup(localized(PAPER_TABLE_TEXT, locale).citation(source))]),
      el("th", {scope: "colgroup", colspan: 3}, [text.oursGroup])
    ]),
    el("tr", {}, text.columns.map((label) => el("th", {scope: "col"}, [label])))
  ];
  const body = rows.map((row) =>
    el("tr", {"data-layers": row.layers}, [
      el("th", {scope: "row"}, [String(row.layers)]),
      el("td", {class: "num"}, [row.paperParams ?? dash]),
      el("td", {class: "num"}, [row.paperTestError === null ? dash : `${row.paperTestError.toFixed(2)}%`]),
      el("td", {class: "num"}, [row.ourResidual?.params == null ? dash : formatNumber(row.ourResidual.params, locale)]),
      el("td", {class: "num"}, [row.ourPlain ? percent(row.ourPlain.trainError.mean) : dash]),
      el("td", {class: "num"}, [row.ourResidual ? percent(row.ourResidual.trainError.mean) : dash])
    ])
  );
  const table = el("table", {class: "paper-table rx-repro-compare"}, [el("thead", {}, head), el("tbody", {}, body)]);
  const columns = text.csv;
  const data = rows.map((row) => ({
    [columns.layers]: row.layers,
    [columns.paperParams]: row.paperParams ?? "",
    [columns.paperError]: row.paperTestError ?? "",
    [columns.ourParams]: row.ourResidual?.params ?? "",
    [columns.plainError]: row.ourPlain?.trainError.mean ?? "",
    [columns.residualError]: row.ourResidual?.trainError.mean ?? ""
  }));
  return Exportable(el("div", {class: "table-scroll"}, [table]), {title: text.title, caption, data, filename: text.filename});
}
