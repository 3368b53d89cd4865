/** A small table of published error rates (e.g. He et al. 2015, Table 3), each row with its source. */
import type {ErrorRow} from "../../engine/arch/published.js";
import {el, tableFigure} from "./html.js";
import type {DataFigure} from "./svgFigure.js";

/** The rows as a table with top-1 and top-5 columns; `figure.data` holds them for CSV export. */
export function ErrorTable(rows: readonly ErrorRow[], {caption}: {caption: string}): DataFigure {
  const head = el("tr", {}, ...["model", "top-1 err. (%)", "top-5 err. (%)"].map((h) => el("th", {scope: "col"}, h)));
  const body = rows.map((row) =>
    el("tr", {}, el("th", {scope: "row"}, row.model), el("td", {class: "number"}, row.top1.toFixed(2)), el("td", {class: "number"}, row.top5.toFixed(2)))
  );
  const table = el("table", {class: "paper-table error-table"}, el("thead", {}, head), el("tbody", {}, ...body));
  const data = rows.map((row) => ({model: row.model, top1_error: row.top1, top5_error: row.top5, source: row.source}));
  return tableFigure(table, caption, data) as DataFigure;
}
