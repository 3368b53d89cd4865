/**
 * One self-contained SVG document for a chart: its title on top, the chart as drawn on screen (plot, legends,
 * HTML labels merged, styles inlined), and a caption line with the settings and seed underneath, on the page's
 * background colour. System fonts only: the file needs nothing but itself.
 */
import {boundsOf, collectPieces, type Piece} from "./collectPieces.js";
import {cloneWithInlineStyles} from "./inlineStyles.js";
import {wrapText} from "./wrapText.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Margin around the drawing, in CSS pixels. */
const PADDING = 16;
/** Narrowest export (room for a readable title and caption). */
const MIN_WIDTH = 320;
const TITLE_SIZE = 16;
const CAPTION_SIZE = 12;
const LINE_HEIGHT = 1.35;

/** What {@link chartToSvg} returns: the document's root and its size in CSS pixels (whole numbers). */
export interface ChartSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** Coordinates to 1/100 px: finer is invisible and only makes the file longer. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(typeof value === "number" ? round(value) : value));
  return element;
}

/** The colour behind an element: its own background or the first opaque one of its ancestors, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return "white";
}

function measurer(font: string): (text: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return (text) => text.length * 8;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/** Text lines as an SVG group starting at `top`; returns the group and its height. */
function textBlock(lines: string[], top: number, size: number, attributes: Record<string, string | number>) {
  const group = svgElement("g", attributes);
  lines.forEach((line, i) => {
    const text = svgElement("text", {x: PADDING, y: top + size * (0.95 + i * LINE_HEIGHT)});
    text.textContent = line;
    group.append(text);
  });
  return {group, height: lines.length === 0 ? 0 : size * (0.95 + (lines.length - 1) * LINE_HEIGHT + 0.35)};
}

/** One piece moved by (dx, dy) as an SVG node. */
function pieceNode(piece: Piece, dx: number, dy: number): SVGElement {
  const x = piece.box.x + dx;
  const y = piece.box.y + dy;
  if (piece.kind === "image") {
    return svgElement("image", {x, y, width: piece.box.width, height: piece.box.height, href: piece.href});
  }
  if (piece.kind === "rule") {
    const line = svgElement("line", {x1: piece.x1 + dx, y1: piece.y1 + dy, x2: piece.x2 + dx, y2: piece.y2 + dy});
    line.style.cssText = `stroke:${piece.color};stroke-width:${piece.width}px`; // the CSSOM, as for text
    return line;
  }
  if (piece.kind === "text") {
    const text = svgElement("text", {x, y: piece.baseline + dy});
    text.style.cssText = `font:${piece.font};fill:${piece.color}`; // the CSSOM, not a style attribute: see svgSize.ts
    text.textContent = piece.text;
    return text;
  }
  const clone = cloneWithInlineStyles(piece.element) as SVGSVGElement;
  for (const [name, value] of Object.entries({x, y, width: piece.box.width, height: piece.box.height})) {
    clone.setAttribute(name, String(round(value)));
  }
  return clone;
}

/** Builds the export document for a chart element (which must be in the page, laid out). */
export function chartToSvg(chart: Element, {title, caption = ""}: {title: string; caption?: string}): ChartSvg {
  const style = getComputedStyle(chart);
  const family = style.fontFamily || "system-ui, sans-serif";
  const pieces = collectPieces(chart);
  const bounds = boundsOf(pieces);
  const width = Math.ceil(Math.max(MIN_WIDTH, bounds.width + 2 * PADDING));
  const textWidth = width - 2 * PADDING;
  const titleLines = wrapText(title, textWidth, measurer(`bold ${TITLE_SIZE}px ${family}`));
  const captionLines = wrapText(caption, textWidth, measurer(`${CAPTION_SIZE}px ${family}`));
  const heading = textBlock(titleLines, PADDING, TITLE_SIZE, {"font-size": TITLE_SIZE, "font-weight": "bold"});
  const top = PADDING + heading.height + (titleLines.length ? 8 : 0);
  const footerTop = top + bounds.height + (captionLines.length ? 10 : 0);
  const footer = textBlock(captionLines, footerTop, CAPTION_SIZE, {"font-size": CAPTION_SIZE, "fill-opacity": 0.8});
  const height = Math.ceil(footerTop + footer.height + PADDING);
  const svg = svgElement("svg", {width, height, viewBox: `0 0 ${width} ${height}`, "font-family": family, fill: style.color});
  const label = svgElement("title", {});
  label.textContent = title;
  const description = svgElement("desc", {});
  description.textContent = caption;
  const drawing = svgElement("g", {});
  drawing.append(...pieces.map((piece) => pieceNode(piece, PADDING - bounds.x, top - bounds.y)));
  svg.append(label, description, svgElement("rect", {width, height, fill: backgroundOf(chart)}), heading.group, drawing, footer.group);
  return {svg, width, height};
}

/** The document as SVG file text (with an XML declaration). */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
