/**
 * One residual unit drawn from its spec (He et al. 2015 Figs. 2 and 5; He et al. 2016 Figs. 1 and 4; the
 * shortcut options). Every part is focusable and tagged with its formula term (`data-term`), so
 * `linkTerms` can light up the matching term of the formula next to it, and the other way round.
 */
import * as d3 from "d3";
import {formatInteger} from "../../engine/arch/format.js";
import type {UnitDescription} from "../../engine/arch/unitParts.js";
import {layoutUnit, type UnitLayoutOptions, type UnitNode} from "./unitLayout.js";
import {uniqueId} from "../dom.js";
import {arrowMarker, svgFigure, type DataFigure} from "./svgFigure.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {ARCH_LABEL_TEXT, UNIT_DIAGRAM_TEXT} from "./text.js";

/** Options of a unit diagram. */
export interface UnitDiagramOptions extends UnitLayoutOptions {
  /** Heading drawn above the unit (defaults to the unit's title, e.g. "ResNet-34, conv3_1"). */
  heading?: string;
  /** Show the unit's parameter count under the drawing. */
  showTotals?: boolean;
  caption?: string;
  /** Language of the drawing's words (default: the page's). */
  locale?: Locale;
}

type Text = (typeof UNIT_DIAGRAM_TEXT)["en"];

const KIND_FILLS: Record<string, string> = {
  conv: "#dcebfa",
  bn: "#fdebd3",
  relu: "#dff2e1",
  zeropad: "#efe3f6",
  identity: "#eceff1",
  add: "#ffffff"
};
const INK = "#1d1d1d";

type Group = d3.Selection<SVGGElement, undefined, null, undefined>;

/** Draws one node; `label` puts a line written by the architecture arithmetic into the page's language. */
function drawNode(group: Group, node: UnitNode, index: number, text: Text, label: (line: string) => string): void {
  const isFocusable = node.term !== "input" && node.term !== "output";
  const lines = node.shape === "label" ? node.lines : node.lines.map(label);
  const g = group.append("g").attr("class", `unit-part part-${node.kind}`).attr("data-term", node.term);
  if (isFocusable) {
    const params = node.params ? formatInteger(node.params) : null;
    g.attr("tabindex", 0).attr("role", "img").attr("aria-label", text.partLabel(lines.join(" "), text.terms[node.term], params));
  }
  if (node.shape === "box") {
    g.append("rect").attr("x", node.x).attr("y", node.y).attr("width", node.width).attr("height", node.height).attr("rx", 4)
      .attr("fill", KIND_FILLS[node.kind] ?? "#eee").attr("stroke", INK).attr("stroke-opacity", 0.45);
  } else if (node.shape === "circle") {
    g.append("circle").attr("cx", node.x + node.width / 2).attr("cy", node.y + node.height / 2).attr("r", node.width / 2)
      .attr("fill", KIND_FILLS.add).attr("stroke", INK).attr("stroke-opacity", 0.7);
  }
  const textElement = g.append("text").attr("text-anchor", node.anchor ?? "middle")
    .attr("fill", node.shape === "label" ? "currentColor" : INK)
    .attr("font-size", node.shape === "label" ? 12 : 11)
    .attr("font-style", node.shape === "label" && node.term !== "input" && node.term !== "output" ? "italic" : null);
  const cx = node.shape === "label" ? node.x : node.x + node.width / 2;
  const firstY = node.shape === "label" ? node.y + 11 : node.y + node.height / 2 - ((node.lines.length - 1) * 13) / 2;
  lines.forEach((line, i) => {
    textElement.append("tspan").attr("x", cx).attr("y", firstY + i * 13).attr("dy", node.shape === "label" ? null : "0.35em").text(line);
  });
  if (node.params) g.append("title").text(text.parameters(formatInteger(node.params)));
  g.attr("data-index", index);
}

/** Draws one unit; `figure.data` lists its parts (term, label, parameters, multiply-adds). */
export function UnitDiagram(unit: UnitDescription, options: UnitDiagramOptions = {}): DataFigure {
  const locale = options.locale ?? pageLocale();
  const text = localized(UNIT_DIAGRAM_TEXT, locale);
  const {label} = localized(ARCH_LABEL_TEXT, locale);
  const layout = layoutUnit(unit, options);
  const title = label(unit.title);
  const heading = options.heading ?? title;
  const {csv} = text;
  const top = 22;
  const footer = options.showTotals ? 20 : 0;
  const parts = [...unit.branch, ...unit.shortcut, ...unit.merge];
  const {figure, svg} = svgFigure(
    parts.map((p) => ({[csv.unit]: title, [csv.term]: p.term, [csv.part]: label(p.label), [csv.kind]: p.kind, [csv.parameters]: p.params, [csv.multiply_adds]: p.multiplyAdds})),
    {
      title: heading,
      description: text.description(title, unit.branch.map((p) => label(p.label)).join(" → "), unit.shortcut.map((p) => label(p.label)).join(" → ") || null),
      width: Math.max(layout.width, 200),
      height: layout.height + top + footer,
      caption: options.caption,
      className: "unit-figure"
    }
  );
  svg.append("text").attr("x", 2).attr("y", 14).attr("font-weight", 600).attr("font-size", 12.5).attr("fill", "currentColor").text(heading);
  const arrow = arrowMarker(svg, uniqueId("unit-arrow"));
  const body = svg.append("g").attr("transform", `translate(0,${top})`);
  body.append("g").attr("class", "unit-edges").attr("fill", "none").attr("stroke", "currentColor").attr("stroke-opacity", 0.7)
    .selectAll("polyline").data(layout.edges).join("polyline")
    .attr("class", "unit-edge")
    .attr("data-term", (d) => d.term)
    .attr("points", (d) => d.points.map((p) => p.join(",")).join(" "))
    .attr("marker-end", (d) => (d.hasArrow ? arrow : null));
  const nodes = body.append("g").attr("class", "unit-nodes");
  layout.nodes.forEach((node, i) => drawNode(nodes, node, i, text, label));
  if (options.showTotals) {
    svg.append("text").attr("x", 2).attr("y", layout.height + top + 12).attr("font-size", 11).attr("fill", "currentColor").attr("fill-opacity", 0.8)
      .text(text.totals(formatInteger(unit.params), (unit.multiplyAdds / 1e6).toFixed(1)));
  }
  return figure;
}
