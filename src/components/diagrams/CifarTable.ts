/** The CIFAR-10 ResNets of He et al. 2015, §4.2 (depth 6n+2, option A): computed counts beside Table 6. */
import type {CifarCounts} from "../../engine/arch/families.js";
import {formatInteger, formatMillions, formatTimesTen} from "../../engine/arch/format.js";
import {el} from "../dom.js";
import {tableFigure} from "./tableFigure.js";
import {exported} from "./exported.js";
import type {DataFigure} from "./svgFigure.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {CIFAR_TABLE_TEXT} from "./text.js";

/** The family as a table; `figure.data` holds it for CSV export. */
export function CifarTable(family: readonly CifarCounts[], locale: Locale = pageLocale()): DataFigure {
  const text = localized(CIFAR_TABLE_TEXT, locale);
  const head = el("tr", {}, [...text.headers.map((h) => el("th", {scope: "col"}, [h]))]);
  const body = family.map((net) =>
    el("tr", {}, [el("th", {scope: "row"}, [`ResNet-${net.depth}`]),
      el("td", {class: "number"}, [String(net.n)]),
      el("td", {class: "number"}, [formatInteger(net.params)]),
      el("td", {class: "number"}, [formatMillions(net.params)]),
      el("td", {class: "number published"}, [formatMillions(net.paperParams.value)]),
      el("td", {class: "number"}, [formatTimesTen(net.multiplyAdds, 3, 6)])])
  );
  const table = el("table", {class: "paper-table cifar-table"}, [el("thead", {}, [head]), el("tbody", {}, [...body])]);
  const {csv} = text;
  const data = family.map((net) => ({[csv.network]: `ResNet-${net.depth}`, [csv.n]: net.n, [csv.parameters]: net.params, [csv.parameters_table6]: net.paperParams.value, [csv.multiply_adds]: net.multiplyAdds}));
  return exported(tableFigure(table, data) as DataFigure, {title: text.title, caption: text.caption});
}
