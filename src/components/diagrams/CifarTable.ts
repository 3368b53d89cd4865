/** The CIFAR-10 ResNets of He et al. 2015, §4.2 (depth 6n+2, option A): computed counts beside Table 6. */
import type {CifarCounts} from "../../engine/arch/families.js";
import {formatInteger, formatMillions, formatTimesTen} from "../../engine/arch/format.js";
import {el} from "../dom.js";
import {tableFigure} from "./tableFigure.js";
import {exported} from "./exported.js";
import type {DataFigure} from "./svgFigure.js";

/** The family as a table; `figure.data` holds it for CSV export. */
export function CifarTable(family: readonly CifarCounts[]): DataFigure {
  const head = el("tr", {}, [...["network", "n", "parameters, computed", "rounded", "Table 6", "multiply-adds, computed"].map((h) => el("th", {scope: "col"}, [h]))]);
  const body = family.map((net) =>
    el("tr", {}, [el("th", {scope: "row"}, [`ResNet-${net.depth}`]),
      el("td", {class: "number"}, [String(net.n)]),
      el("td", {class: "number"}, [formatInteger(net.params)]),
      el("td", {class: "number"}, [formatMillions(net.params)]),
      el("td", {class: "number published"}, [formatMillions(net.paperParams.value)]),
      el("td", {class: "number"}, [formatTimesTen(net.multiplyAdds, 3, 6)])])
  );
  const caption = "CIFAR-10 nets (32×32 input, widths 16/32/64, option A), computed from the specs; " +
    "published parameter counts from He et al. 2015, Table 6. The paper gives no FLOPs for them.";
  const table = el("table", {class: "paper-table cifar-table"}, [el("thead", {}, [head]), el("tbody", {}, [...body])]);
  const data = family.map((net) => ({network: `ResNet-${net.depth}`, n: net.n, parameters: net.params, parameters_table6: net.paperParams.value, multiply_adds: net.multiplyAdds}));
  return exported(tableFigure(table, data) as DataFigure, {title: "The CIFAR-10 ResNets: parameters beside Table 6", caption});
}
