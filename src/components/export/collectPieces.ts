/**
 * Reads what a chart shows on screen as pieces an SVG file can hold: each top-level `<svg>` (the plot, a
 * colour ramp, each legend swatch), each `<canvas>` (as an image), each line of HTML text (a Plot swatch
 * legend's labels, a figure's heading) and each visible CSS border of an HTML element as a line (a table's rules, the
 * bracket bars of Table 1 — "A bracket is one residual unit"), with their positions relative to the chart. Laying the pieces out
 * where the browser put them merges Plot's HTML legends into the exported drawing.
 */
import {breakPieces} from "./wrapText.js";

/** A rectangle relative to the chart's top-left corner, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One piece of the drawing. */
export type Piece =
  | {kind: "svg"; box: Box; element: SVGSVGElement}
  | {kind: "image"; box: Box; href: string}
  | {kind: "text"; box: Box; text: string; baseline: number; font: string; color: string}
  /** A straight border: from (x1, y1) to (x2, y2), relative to the chart; `box` is its bounding box. */
  | {kind: "rule"; box: Box; x1: number; y1: number; x2: number; y2: number; width: number; color: string};

const SKIPPED = new Set(["STYLE", "SCRIPT", "TEMPLATE", "NOSCRIPT", "BUTTON", "INPUT", "SELECT", "TEXTAREA"]);

function relativeBox(rect: DOMRect, origin: DOMRect): Box {
  return {x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height};
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Distance from the top of a line of text to its baseline, for a CSS font shorthand. */
function ascentOf(font: string): number {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return 0;
  measureContext.font = font;
  return measureContext.measureText("Hg").fontBoundingBoxAscent;
}

/** The CSS font shorthand an element's text is drawn in. */
export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/**
 * Splits a text node into the lines the browser wrapped it into, each with its box. Words are measured one by one —
 * and Chinese text, which the browser may wrap between any two characters, piece by piece (./wrapText.ts).
 */
function textLines(node: Text, origin: DOMRect): {text: string; box: Box}[] {
  const lines: {text: string; box: Box}[] = [];
  const range = document.createRange();
  for (const match of node.data.matchAll(/\S+/g)) {
    let start = match.index;
    breakPieces(match[0]).forEach((piece, i) => {
      range.setStart(node, start);
      range.setEnd(node, start + piece.length);
      start += piece.length;
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return;
      const box = relativeBox(rect, origin);
      const last = lines[lines.length - 1];
      if (last && Math.abs(last.box.y - box.y) < 1) {
        last.text += (i === 0 ? " " : "") + piece;
        last.box.width = box.x + box.width - last.box.x;
      } else {
        lines.push({text: piece, box});
      }
    });
  }
  return lines;
}

function canvasPiece(canvas: HTMLCanvasElement, origin: DOMRect): Piece | null {
  try {
    return {kind: "image", box: relativeBox(canvas.getBoundingClientRect(), origin), href: canvas.toDataURL("image/png")};
  } catch {
    return null; // a canvas tainted by a cross-origin image cannot be read; leave it out
  }
}

function textPieces(node: Text, origin: DOMRect): Piece[] {
  const parent = node.parentElement;
  if (!parent) return [];
  const style = getComputedStyle(parent);
  const font = fontOf(style);
  const ascent = ascentOf(font);
  return textLines(node, origin).map(({text, box}) => ({kind: "text", box, text, baseline: box.y + ascent, font, color: style.color}));
}

/** The visible borders of an HTML element, each as a rule along its side (rounded corners drawn square). */
function borderPieces(element: Element, style: CSSStyleDeclaration, origin: DOMRect): Piece[] {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return [];
  const {x, y, width: w, height: h} = relativeBox(rect, origin);
  const sides = [
    ["top", x, y, x + w, y],
    ["bottom", x, y + h, x + w, y + h],
    ["left", x, y, x, y + h],
    ["right", x + w, y, x + w, y + h]
  ] as const;
  const pieces: Piece[] = [];
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = Number.parseFloat(style.getPropertyValue(`border-${side}-width`));
    const kind = style.getPropertyValue(`border-${side}-style`);
    const color = style.getPropertyValue(`border-${side}-color`);
    if (!(width > 0) || kind === "none" || kind === "hidden" || /rgba\(.*,\s*0\)$|transparent/.test(color)) continue;
    // the line's centre sits half its width inside the element's edge
    const inset = width / 2;
    const [ax1, ay1, ax2, ay2] =
      side === "top" ? [x1, y1 + inset, x2, y2 + inset] : side === "bottom" ? [x1, y1 - inset, x2, y2 - inset] : side === "left" ? [x1 + inset, y1, x2 + inset, y2] : [x1 - inset, y1, x2 - inset, y2];
    pieces.push({kind: "rule", box: {x: Math.min(ax1, ax2), y: Math.min(ay1, ay2), width: Math.abs(ax2 - ax1), height: Math.abs(ay2 - ay1)}, x1: ax1, y1: ay1, x2: ax2, y2: ay2, width, color});
  }
  return pieces;
}

/** Every visible piece of a chart, in document order (later pieces draw on top). */
export function collectPieces(chart: Element): Piece[] {
  const origin = chart.getBoundingClientRect();
  const pieces: Piece[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      if (node.data.trim()) pieces.push(...textPieces(node, origin));
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName.toUpperCase())) return;
    const style = getComputedStyle(node);
    if (style.display === "none" || style.visibility === "hidden") return;
    if (node instanceof SVGSVGElement) {
      const box = relativeBox(node.getBoundingClientRect(), origin);
      if (box.width > 0 && box.height > 0) pieces.push({kind: "svg", box, element: node});
      return;
    }
    if (node instanceof HTMLCanvasElement) {
      const piece = canvasPiece(node, origin);
      if (piece) pieces.push(piece);
      return;
    }
    if (node instanceof HTMLElement && node !== chart) pieces.push(...borderPieces(node, style, origin));
    node.childNodes.forEach(visit);
  };
  visit(chart);
  return pieces;
}

/** The smallest box holding every piece (all zero when there are none). */
export function boundsOf(pieces: readonly Piece[]): Box {
  if (pieces.length === 0) return {x: 0, y: 0, width: 0, height: 0};
  const left = Math.min(...pieces.map((piece) => piece.box.x));
  const top = Math.min(...pieces.map((piece) => piece.box.y));
  const right = Math.max(...pieces.map((piece) => piece.box.x + piece.box.width));
  const bottom = Math.max(...pieces.map((piece) => piece.box.y + piece.box.height));
  return {x: left, y: top, width: right - left, height: bottom - top};
}
