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
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SHORTCUT_TABLE_TEXT} from "./text.js";

/** The rows: the plain network, then the options; their words are in SHORTCUT_TABLE_TEXT.rows. */
const ROWS = [{key: "plain"}, {key: "A"}, {key: "B"}, {key: "C"}] as const;

type Text = (typeof SHORTCUT_TABLE_TEXT)["en"];

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

function group(comparisons: readonly ShortcutComparison[], measure: Measure, title: string, text: Text): HTMLTableSectionElement {
  const heading = el("tr", {class: "group-heading"}, [el("th", {scope: "rowgroup", colspan: comparisons.length + 1}, [title])]);
  const rows = ROWS.map((row) => {
    const {label, note} = text.rows[row.key];
    return el("tr", {}, [el("th", {scope: "row"}, [label, el("span", {class: "row-note"}, [note])]), ...comparisons.map((cmp) => cell(cmp, row.key, measure))]);
  });
  return el("tbody", {}, [heading, ...rows]);
}

/** The comparison as a table (one column per depth); `figure.data` holds one record per network for CSV. */
export function ShortcutTable(comparisons: readonly ShortcutComparison[], locale: Locale = pageLocale()): DataFigure {
  const text = localized(SHORTCUT_TABLE_TEXT, locale);
  const head = el("tr", {}, [el("th", {scope: "col"}, [text.shortcut]), ...comparisons.map((cmp) => el("th", {scope: "col", class: "number"}, [text.depthColumn(cmp.depth)]))]);
  const table = el("table", {class: "paper-table shortcut-table"}, [el("thead", {}, [head]),
    group(comparisons, "params", text.parameters, text), group(comparisons, "multiplyAdds", text.multiplyAdds, text)]);
  const {csv} = text;
  const data = comparisons.flatMap((cmp) =>
    ROWS.map((row) => ({
      [csv.network]: row.key === "plain" ? text.plainNetwork(cmp.depth) : `ResNet-${cmp.depth} ${row.key}`,
      [csv.shortcut]: text.rows[row.key].note,
      [csv.parameters]: valueOf(cmp, row.key, "params"),
      [csv.parameters_over_plain]: valueOf(cmp, row.key, "params") - cmp.plain.params,
      [csv.multiply_adds]: valueOf(cmp, row.key, "multiplyAdds"),
      [csv.multiply_adds_over_plain]: valueOf(cmp, row.key, "multiplyAdds") - cmp.plain.multiplyAdds
    }))
  );
  return exported(tableFigure(table, data) as DataFigure, {title: text.title, caption: text.caption});
}
