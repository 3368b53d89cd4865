/**
 * BlockDiagram: a two-layer building block drawn as an SVG, plain (y = F(x)) or residual (y = F(x) + x),
 * after He et al. 2015, Fig. 2. The two drawings share one layout so they can be compared side by side.
 */

import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {BLOCK_DIAGRAM_TEXT} from "./blockDiagram.text.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Layout of the block, in viewBox units. */
const LAYOUT = {width: 270, height: 330, boxX: 50, boxWidth: 120, boxHeight: 34, centerX: 110, shortcutX: 196} as const;

/** One labelled step of the block, top to bottom. */
interface Step {
  kind: "box" | "op" | "label";
  text: string;
  y: number;
}

/** The steps of the block; the residual block adds its input before the last ReLU. */
export function blockSteps(isResidual: boolean, locale: Locale = pageLocale()): Step[] {
  const {weightLayer} = localized(BLOCK_DIAGRAM_TEXT, locale);
  return [
    {kind: "label", text: "x", y: 16},
    {kind: "box", text: weightLayer, y: 60},
    {kind: "op", text: "ReLU", y: 112},
    {kind: "box", text: weightLayer, y: 160},
    {kind: "op", text: isResidual ? "+" : "", y: 220},
    {kind: "op", text: "ReLU", y: 262},
    {kind: "label", text: isResidual ? "H(x) = F(x) + x" : "H(x)", y: 312}
  ];
}

/** Options of BlockDiagram. */
export interface BlockDiagramOptions {
  /** Draw the shortcut and the addition. */
  isResidual: boolean;
}

/** Draws the block as one `<svg>` that scales to its container's width. */
export function BlockDiagram({isResidual}: BlockDiagramOptions): SVGSVGElement {
  const words = localized(BLOCK_DIAGRAM_TEXT);
  const {width, height, boxX, boxWidth, boxHeight, centerX, shortcutX} = LAYOUT;
  const svg = element("svg", {viewBox: `0 0 ${width} ${height}`, class: "block-diagram", role: "img"}) as SVGSVGElement;
  svg.setAttribute("aria-label", isResidual ? words.residualLabel : words.plainLabel);
  const steps = blockSteps(isResidual);
  const markerId = isResidual ? "block-arrow-residual" : "block-arrow-plain";
  const [first, last] = [steps[0], steps[steps.length - 1]];
  svg.append(arrow(centerX, first.y + 8, centerX, last.y - 14, markerId));
  for (const step of steps) {
    if (step.kind === "box") {
      svg.append(element("rect", {x: boxX, y: step.y - boxHeight / 2, width: boxWidth, height: boxHeight, rx: 6, class: "block-box"}));
      svg.append(text(centerX, step.y + 5, step.text));
    } else if (step.kind === "op" && step.text === "+") {
      svg.append(element("circle", {cx: centerX, cy: step.y, r: 13, class: "block-add"}));
      svg.append(text(centerX, step.y + 6, "+", "block-plus"));
    } else if (step.kind === "op" && step.text) {
      svg.append(element("rect", {x: centerX - 30, y: step.y - 12, width: 60, height: 24, rx: 12, class: "block-op"}));
      svg.append(text(centerX, step.y + 5, step.text));
    } else if (step.kind === "label") {
      svg.append(text(centerX, step.y + 5, step.text, "block-label"));
    }
  }
  if (isResidual) {
    const add = steps.find((step) => step.text === "+")!;
    const path = `M ${centerX} 34 H ${shortcutX} V ${add.y} H ${centerX + 15}`;
    svg.append(element("path", {d: path, class: "block-shortcut", "marker-end": `url(#${markerId})`}));
    svg.append(text(shortcutX + 6, 122, words.shortcutLines[0], "block-shortcut-label", "start"));
    svg.append(text(shortcutX + 6, 138, words.shortcutLines[1], "block-shortcut-label", "start"));
    svg.append(text(16, 112, "F(x)", "block-label", "start"));
  }
  svg.prepend(arrowMarker(markerId));
  return svg;
}

function element(tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function text(x: number, y: number, content: string, className = "block-text", anchor = "middle"): SVGElement {
  const node = element("text", {x, y, class: className, "text-anchor": anchor});
  node.textContent = content;
  return node;
}

function arrow(x1: number, y1: number, x2: number, y2: number, markerId: string): SVGElement {
  return element("line", {x1, y1, x2, y2, class: "block-flow", "marker-end": `url(#${markerId})`});
}

function arrowMarker(id: string): SVGElement {
  const defs = element("defs", {});
  const marker = element("marker", {id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto"});
  marker.append(element("path", {d: "M 0 0 L 10 5 L 0 10 z", class: "block-arrowhead"}));
  defs.append(marker);
  return defs;
}
