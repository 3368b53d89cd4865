/**
 * The legend shared by the training charts: a line swatch per entry (colour, width, dash), drawn as small inline
 * SVGs so that chart export (src/components/export/) carries it into SVG and PNG files.
 */
import {el} from "../dom.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One legend entry: a short line (or a dot) drawn as the chart draws it, and its text (`x_L`: a subscript L). */
export interface LegendEntry {
  label: string;
  /** CSS colour; default the text colour. */
  color?: string;
  /** Stroke width of the line (default 2). */
  width?: number;
  /** SVG stroke-dasharray, e.g. "5,3". */
  dash?: string;
  opacity?: number;
  /** A dot instead of a line (hollow: a ring). */
  symbol?: "line" | "dot" | "ring";
}

function swatch({color = "currentColor", width = 2, dash, opacity = 1, symbol = "line"}: LegendEntry): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", "26");
  svg.setAttribute("height", "12");
  svg.setAttribute("aria-hidden", "true");
  const mark = document.createElementNS(SVG_NS, symbol === "line" ? "line" : "circle");
  const attributes: Record<string, string> =
    symbol === "line"
      ? {x1: "1", x2: "25", y1: "6", y2: "6", stroke: color, "stroke-width": String(width), "stroke-opacity": String(opacity)}
      : {cx: "13", cy: "6", r: "4", stroke: color, "stroke-width": "1.5", fill: symbol === "dot" ? color : "none"};
  if (dash) attributes["stroke-dasharray"] = dash;
  for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
  svg.append(mark);
  return svg;
}

/**
 * A label's text with its subscripts set as subscripts: "‖∂L/∂x_L‖" reads x with a subscript L (a letter, a digit or a
 * braced group `_{…}` after an underscore); every other character is kept as it is.
 */
export function labelNodes(label: string): Array<Node | string> {
  const nodes: Array<Node | string> = [];
  let last = 0;
  for (const match of label.matchAll(/_(\{[^}]*\}|[A-Za-z0-9])/g)) {
    nodes.push(label.slice(last, match.index));
    nodes.push(el("sub", {}, [match[1].replace(/^\{|\}$/g, "")]));
    last = match.index + match[0].length;
  }
  nodes.push(label.slice(last));
  return nodes.filter((node) => node !== "");
}

/** A row of legend entries that wraps on narrow screens. */
export function Legend(entries: readonly LegendEntry[]): HTMLElement {
  return el(
    "div",
    {class: "rx-legend"},
    entries.map((entry) => el("span", {class: "rx-legend__item"}, [swatch(entry), ...labelNodes(entry.label)]))
  );
}
