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

/** The comparison as a table, wrapped for export. */
export function PaperComparison(rows: readonly ComparisonRow[], {caption, source}: {caption: string; source: string}): HTMLElement {
  const head = [
    el("tr", {}, [
      el("th", {scope: "col", rowspan: 2}, ["layers"]),
      el("th", {scope: "colgroup", colspan: 2}, [`ResNet on CIFAR-10 (${source})`]),
      el("th", {scope: "colgroup", colspan: 3}, ["our MLPs on circles (reference runs)"])
    ]),
    el("tr", {}, ["parameters", "test error", "parameters", "plain: training error", "residual: training error"].map((text) => el("th", {scope: "col"}, [text])))
  ];
  const body = rows.map((row) =>
    el("tr", {"data-layers": row.layers}, [
      el("th", {scope: "row"}, [String(row.layers)]),
      el("td", {class: "num"}, [row.paperParams ?? dash]),
      el("td", {class: "num"}, [row.paperTestError === null ? dash : `${row.paperTestError.toFixed(2)}%`]),
      el("td", {class: "num"}, [row.ourResidual?.params?.toLocaleString("en-US") ?? dash]),
      el("td", {class: "num"}, [row.ourPlain ? percent(row.ourPlain.trainError.mean) : dash]),
      el("td", {class: "num"}, [row.ourResidual ? percent(row.ourResidual.trainError.mean) : dash])
    ])
  );
  const table = el("table", {class: "paper-table rx-repro-compare"}, [el("thead", {}, head), el("tbody", {}, body)]);
  const data = rows.map((row) => ({
    layers: row.layers,
    paper_parameters: row.paperParams ?? "",
    paper_test_error_percent: row.paperTestError ?? "",
    our_parameters: row.ourResidual?.params ?? "",
    our_plain_training_error: row.ourPlain?.trainError.mean ?? "",
    our_residual_training_error: row.ourResidual?.trainError.mean ?? ""
  }));
  return Exportable(el("div", {class: "table-scroll"}, [table]), {title: "The paper's CIFAR-10 ResNets beside our tiny nets", caption, data, filename: "paper-vs-reference-runs"});
}
