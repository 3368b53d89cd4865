/**
 * Every architecture figure and table leaves the page through the shared export component: a title above, a
 * caption below, and SVG, PNG (2×) and CSV buttons. The records drawn stay on `.data` of the returned element.
 */
import {Exportable} from "../export/index.js";
import type {DataFigure} from "./svgFigure.js";

/** What a figure is called and what its caption says (sources included). */
export interface ExportText {
  title: string;
  caption: string;
}

/** Wraps a drawing or table with its title, caption and export buttons; CSV exports `figure.data`. */
export function exported(figure: DataFigure, {title, caption}: ExportText): DataFigure {
  const wrapped = Exportable(figure, {title, caption, data: figure.data});
  wrapped.classList.add("arch-export");
  return Object.assign(wrapped, {data: figure.data});
}
