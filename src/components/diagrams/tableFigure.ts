import {el} from "../dom.js";

/**
 * A table in a figure that scrolls sideways inside its own box on narrow screens; `data` (the rows, for CSV
 * export) is attached to the figure. Title and caption come from the export wrapper (./exported.ts).
 */
export function tableFigure<R>(table: HTMLTableElement, data: R[]): HTMLElement & {data: R[]} {
  const figure = el("figure", {class: "arch-figure arch-table"}, [el("div", {class: "table-scroll"}, [table])]);
  return Object.assign(figure, {data});
}
