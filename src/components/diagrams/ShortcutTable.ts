/**
 * What the shortcut options cost (He et al. 2015, §3.3): for each ImageNet depth, parameters and
 * multiply-adds of the plain net and of options A, B and C, with what each adds over the plain net.
 */
import type {ShortcutComparison} from "../../engine/arch/families.js";
import {formatInteger, formatSignedInteger, formatTimesTen} from "../../engine/arch/format.js";
import {el} from "../dom.js";
import {tableFigure} from "./tableFigure.js";
import {exported} from "./exported.js";
import type {DataFigure} from "./svgFigure.js";

const ROWS = [
  {key: "plain", label: "plain", note: "no shortcuts"},
  {key: "A", label: "A", note: "identity, zero-padding where the shape changes"},
  {key: "B", label: "B", note: "1×1 projection where the shape changes"},
  {key: "C", label: "C", note: "1×1 projection on every shortcut"}
] as const;

type Measure = "params" | "multiplyAdds";

function valueOf(cmp: ShortcutComparison, key: (typeof ROWS)[number]["key"], measure: Measure): number {
  return key === "plain" ? cmp.plain[measure] : cmp.options[key][measure];
}

function cell(cmp: ShortcutComparison, key: (typeof ROWS)[number]["key"], measure: Measure): HTMLTableCellElement {
  const value = valueOf(cmp, key, measure);
  const plain = cmp.plain[measure];
  const text = measure === "params" ? formatInteger(value) : formatTimesTen(value, 3);
  const extra = value - plain;
  const extraText = measure === "params" ? formatSignedInteger(extra) : `+${formatTimesTen(extra, 3)}`;
  const delta = key === "plain" ? null : el("span", {class: "delta"}, [extra === 0 ? "+0" : `${extraText} (+${((extra / plain) * 100).toFixed(1)}%)`]);
  return el("td", {class: "number"}, [text, delta]);
}

function group(comparisons: readonly ShortcutComparison[], measure: Measure, title: string): HTMLTableSectionElement {
  const heading = el("tr", {class: "group-heading"}, [el("th", {scope: "rowgroup", colspan: comparisons.length + 1}, [title])]);
  const rows = ROWS.map((row) =>
    el("tr", {}, [el("th", {scope: "row"}, [row.label, el("span", {class: "row-note"}, [row.note])]), ...comparisons.map((cmp) => cell(cmp, row.key, measure))])
  );
  return el("tbody", {}, [heading, ...rows]);
}

/** The comparison as a table (one column per depth); `figure.data` holds one record per network for CSV. */
export function ShortcutTable(comparisons: readonly ShortcutComparison[]): DataFigure {
  const head = el("tr", {}, [el("th", {scope: "col"}, ["shortcut"]), ...comparisons.map((cmp) => el("th", {scope: "col", class: "number"}, [`${cmp.depth}-layer`]))]);
  const caption = "Computed by the project's architecture arithmetic from the specs (224×224 input, 1000 classes, " +
    "bottleneck stride on the first 1×1). Small lines: what the shortcuts add over the plain network. " +
    "Projections are 1×1 convolutions followed by BatchNorm.";
  const table = el("table", {class: "paper-table shortcut-table"}, [el("thead", {}, [head]),
    group(comparisons, "params", "parameters"), group(comparisons, "multiplyAdds", "multiply-adds (FLOPs)")]);
  const data = comparisons.flatMap((cmp) =>
    ROWS.map((row) => ({
      network: row.key === "plain" ? `plain-${cmp.depth}` : `ResNet-${cmp.depth} ${row.key}`,
      shortcut: row.note,
      parameters: valueOf(cmp, row.key, "params"),
      parameters_over_plain: valueOf(cmp, row.key, "params") - cmp.plain.params,
      multiply_adds: valueOf(cmp, row.key, "multiplyAdds"),
      multiply_adds_over_plain: valueOf(cmp, row.key, "multiplyAdds") - cmp.plain.multiplyAdds
    }))
  );
  return exported(tableFigure(table, data) as DataFigure, {title: "What shortcut options A, B and C cost", caption});
}
