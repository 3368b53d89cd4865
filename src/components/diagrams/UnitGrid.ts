/**
 * Unit diagrams side by side (stacked on phones), exported together: one title, one caption, one SVG/PNG of
 * all of them, and one CSV of all their parts.
 */
import {exported, type ExportText} from "./exported.js";
import {el} from "../dom.js";
import type {DataFigure} from "./svgFigure.js";

/** The diagrams in a responsive grid with export buttons; `.data` concatenates the diagrams' parts. */
export function UnitGrid(diagrams: readonly DataFigure[], text: ExportText): DataFigure {
  const grid = Object.assign(el("div", {class: "unit-grid"}, [...diagrams]), {data: diagrams.flatMap((d) => d.data)});
  return exported(grid, text);
}
