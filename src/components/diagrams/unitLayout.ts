/**
 * Pixel layout of one residual unit (pure: no DOM). The residual branch runs down the middle, the shortcut
 * down the right, they meet at the addition; whatever follows the addition sits below it. Every node and
 * edge carries the formula term it belongs to, so the drawing can highlight it.
 */
import type {UnitDescription, UnitPart, UnitTerm} from "../../engine/arch/unitParts.js";

/** A placed node: a box (layer), a circle (the addition) or a free label. */
export interface UnitNode {
  shape: "box" | "circle" | "label";
  /** Label lines (boxes may wrap to two lines). */
  lines: string[];
  term: UnitTerm | "input" | "output";
  kind: UnitPart["kind"] | "text";
  x: number;
  y: number;
  width: number;
  height: number;
  /** Parameters of the part (0 for ReLU, BN shown separately, the addition). */
  params: number;
  anchor?: "start" | "middle" | "end";
}

/** A placed edge: a polyline from point to point. */
export interface UnitEdge {
  points: Array<[number, number]>;
  term: UnitTerm | "input";
  hasArrow: boolean;
}

/** The whole unit drawing. */
export interface UnitLayout {
  width: number;
  height: number;
  nodes: UnitNode[];
  edges: UnitEdge[];
}

/** Options of the layout. */
export interface UnitLayoutOptions {
  /** Draw BatchNorm boxes (the Identity Mappings figures do; He et al. 2015, Figs. 2 and 5 do not). */
  showBatchNorm?: boolean;
  /** Text beside the branch, the shortcut and the addition, e.g. "ℱ(x)", "x identity", "ℱ(x) + x". */
  branchNote?: string;
  shortcutNote?: string;
  addNote?: string;
  /** Text above the input, e.g. "x" or "64-d"; defaults to the input shape. */
  inputNote?: string;
  /** Text below the output; defaults to the output shape. */
  outputNote?: string;
}

const BOX_W = 118;
const BOX_H = 22;
const LINE_H = 13;
const GAP = 11;
const SIDE_W = 136;

function linesOf(part: UnitPart): string[] {
  if (part.kind !== "zeropad") return [part.label];
  const comma = part.label.indexOf(", ");
  return comma < 0 ? [part.label] : [part.label.slice(0, comma), part.label.slice(comma + 2)];
}

function boxFor(part: UnitPart, centerX: number, top: number, width: number): UnitNode {
  const lines = linesOf(part);
  const height = BOX_H + (lines.length - 1) * LINE_H;
  return {shape: "box", lines, term: part.term, kind: part.kind, x: centerX - width / 2, y: top, width, height, params: part.params};
}

/** Stacks parts down from `top` at `centerX`; returns the nodes and the y below the last one. */
function stack(parts: readonly UnitPart[], centerX: number, top: number, width: number): {nodes: UnitNode[]; bottom: number} {
  const nodes: UnitNode[] = [];
  let y = top;
  for (const part of parts) {
    const node = boxFor(part, centerX, y, width);
    nodes.push(node);
    y += node.height + GAP;
  }
  return {nodes, bottom: y - GAP};
}

const shapeText = (s: {height: number; width: number; channels: number}) => `${s.height}×${s.width}×${s.channels}`;

/** Lays out one unit. */
export function layoutUnit(unit: UnitDescription, options: UnitLayoutOptions = {}): UnitLayout {
  const keep = (p: UnitPart) => options.showBatchNorm || p.kind !== "bn";
  const branch = unit.branch.filter(keep);
  const shortcutParts = unit.shortcut.filter((p) => p.kind !== "identity").filter(keep);
  const hasShortcut = unit.shortcut.length > 0;
  const noteW = options.branchNote || options.addNote ? 60 : 8;
  const mainX = noteW + BOX_W / 2;
  const sideX = mainX + BOX_W / 2 + 24 + SIDE_W / 2;
  const nodes: UnitNode[] = [];
  const edges: UnitEdge[] = [];
  const inputLabel = options.inputNote ?? shapeText(unit.input);
  nodes.push({shape: "label", lines: [inputLabel], term: "input", kind: "text", x: mainX, y: 4, width: 0, height: 14, params: 0, anchor: "middle"});
  const splitY = 30;
  const main = stack(branch, mainX, splitY + 14, BOX_W);
  nodes.push(...main.nodes);
  edges.push({points: [[mainX, 20], [mainX, main.nodes[0]?.y ?? splitY]], term: "input", hasArrow: true});
  main.nodes.slice(1).forEach((node, i) => edges.push({points: [[mainX, main.nodes[i].y + main.nodes[i].height], [mainX, node.y]], term: node.term === "preact" ? "preact" : "residual", hasArrow: true}));
  let y = main.bottom;
  if (hasShortcut) {
    const addY = Math.max(main.bottom, splitY + 14 + shortcutParts.reduce((h, p) => h + linesOf(p).length * LINE_H + BOX_H + GAP, 0)) + 22;
    nodes.push({shape: "circle", lines: ["+"], term: "add", kind: "add", x: mainX - 10, y: addY - 10, width: 20, height: 20, params: 0});
    if (options.addNote) {
      nodes.push({shape: "label", lines: [options.addNote], term: "add", kind: "text", x: mainX - 16, y: addY - 7, width: 0, height: 14, params: 0, anchor: "end"});
    }
    edges.push({points: [[mainX, main.bottom], [mainX, addY - 10]], term: "residual", hasArrow: true});
    const side = stack(shortcutParts, sideX, splitY + 22, SIDE_W);
    nodes.push(...side.nodes);
    const term = unit.shortcut[0].term;
    const sidePoints: Array<[number, number]> = [[mainX, splitY], [sideX, splitY], [sideX, addY], [mainX + 10, addY]];
    edges.push({points: sidePoints, term, hasArrow: true});
    y = addY + 10;
  }
  const after = stack(unit.merge.filter((p) => p.kind !== "add"), mainX, y + 14, BOX_W);
  nodes.push(...after.nodes);
  if (after.nodes.length) edges.push({points: [[mainX, y], [mainX, after.nodes[0].y]], term: hasShortcut ? "add" : "residual", hasArrow: true});
  const bottom = after.nodes.length ? after.bottom : y;
  edges.push({points: [[mainX, bottom], [mainX, bottom + 16]], term: after.nodes.length ? "post" : "add", hasArrow: true});
  nodes.push({shape: "label", lines: [options.outputNote ?? shapeText(unit.output)], term: "output", kind: "text", x: mainX, y: bottom + 20, width: 0, height: 14, params: 0, anchor: "middle"});
  if (options.branchNote && main.nodes.length) {
    const midY = (main.nodes[0].y + main.bottom) / 2;
    nodes.push({shape: "label", lines: [options.branchNote], term: "residual", kind: "text", x: noteW - 6, y: midY - 7, width: 0, height: 14, params: 0, anchor: "end"});
  }
  if (options.shortcutNote && hasShortcut) {
    nodes.push({shape: "label", lines: [options.shortcutNote], term: unit.shortcut[0].term, kind: "text", x: sideX + 6, y: splitY - 16, width: 0, height: 14, params: 0, anchor: "middle"});
  }
  const width = hasShortcut ? sideX + SIDE_W / 2 + 6 : mainX + BOX_W / 2 + 8;
  return {width, height: bottom + 40, nodes, edges};
}
