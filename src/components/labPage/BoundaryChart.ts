/**
 * Decision boundaries on 2-D data: for each run, the class probabilities its latest snapshot measured on a grid
 * over the data's square (src/engine/train/boundary.ts), shaded from one class's colour to the other's, and the
 * training points on top. One panel per run, side by
 * side when there is room, so a plain net and its residual twin can be compared at a glance.
 */
import * as Plot from "@observablehq/plot";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import type {Boundary} from "../../engine/train/boundary.js";

/** Colours of the two classes (neither the plain orange nor the residual blue of the curves). */
export const CLASS_COLORS = ["#7b3294", "#1b9e77"] as const;

/** One panel: a run's label, its latest boundary (null before the first snapshot), and its phase. */
export interface BoundaryPanel {
  label: string;
  boundary: Boundary | null;
  phase: string;
  step: number;
}

/** One grid cell of one panel: its square and the probability of class 1 there. */
export interface BoundaryCell {
  panel: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  p: number;
}

/** The cells of a boundary (two classes: P(class 1); cells whose numbers are not finite are left out). */
export function boundaryCells(panel: string, {resolution, extent: [min, max], classes, probabilities}: Boundary): BoundaryCell[] {
  const size = (max - min) / resolution;
  const cells: BoundaryCell[] = [];
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      const p = probabilities[(r * resolution + c) * classes + classes - 1];
      if (!Number.isFinite(p)) continue;
      cells.push({panel, x1: min + c * size, x2: min + (c + 1) * size, y1: min + r * size, y2: min + (r + 1) * size, p});
    }
  }
  return cells;
}

/** Training points drawn over the boundaries: `[x, y, label]`. */
export type LabelledPoint = [number, number, number];

/** Panels side by side from this width on; stacked below it. */
const SIDE_BY_SIDE_WIDTH = 520;

/** P(class 1) on the grid, row-major with row 0 at the bottom (NaN where the net's numbers are not finite). */
export function classOneProbabilities({resolution, classes, probabilities}: Boundary): number[] {
  return Array.from({length: resolution * resolution}, (_, i) => probabilities[i * classes + classes - 1]);
}

/** One square panel: the run's probabilities as an image (a pixel per grid point: cheap to redraw), the points on top. */
function panelPlot(panel: BoundaryPanel, points: readonly LabelledPoint[], side: number): SVGSVGElement {
  const boundary = panel.boundary;
  const extent = boundary?.extent ?? [-1.2, 1.2];
  const grid = boundary ? classOneProbabilities(boundary) : [];
  const hasGrid = grid.some(Number.isFinite);
  const dots = points.map(([x, y, label]) => ({x, y, label}));
  const plot = Plot.plot({
    width: side,
    height: side,
    marginLeft: 32,
    marginRight: 8,
    marginTop: 8,
    marginBottom: 24,
    style: {fontSize: "11px"},
    x: {domain: extent, label: null, ticks: 5},
    y: {domain: extent, label: null, ticks: 5},
    color: {type: "linear", domain: [0, 1], range: [CLASS_COLORS[0], CLASS_COLORS[1]], interpolate: "lab"},
    marks: [
      ...(boundary && hasGrid
        ? [Plot.raster(grid, {width: boundary.resolution, height: boundary.resolution, x1: extent[0], x2: extent[1], y1: extent[0], y2: extent[1], fill: (p: number) => p, opacity: 0.55})]
        : []),
      Plot.dot(dots, {x: "x", y: "y", r: 1.8, fill: (d: {label: number}) => CLASS_COLORS[d.label], stroke: "white", strokeWidth: 0.4}),
      Plot.frame({stroke: "currentColor", strokeOpacity: 0.3}),
      ...(!hasGrid ? [Plot.text([panel.phase === "diverged" ? "diverged" : "waiting for the first snapshot…"], {frameAnchor: "middle"})] : [])
    ]
  }) as SVGSVGElement;
  plot.setAttribute("role", "img");
  plot.setAttribute("aria-label", `Decision boundary of ${panel.label} at step ${panel.step}`);
  return plot;
}

/** The chart: a legend, then one square panel per run, each headed by its net, step and phase. */
export function BoundaryChart(panels: readonly BoundaryPanel[], points: readonly LabelledPoint[], {width}: {width: number}): HTMLElement {
  const isSideBySide = panels.length > 1 && width >= SIDE_BY_SIDE_WIDTH;
  const side = Math.floor(Math.min(360, isSideBySide ? (width - 16 * (panels.length - 1)) / panels.length : width));
  const figures = panels.map((panel) =>
    el("div", {class: "rx-boundary__panel", "data-phase": panel.phase}, [
      el("div", {class: "rx-boundary__heading"}, [`${panel.label} · step ${panel.step}${panel.phase === "diverged" ? " · diverged" : ""}`]),
      panelPlot(panel, points, side)
    ])
  );
  const legend = Legend([
    {label: "class 0", color: CLASS_COLORS[0], symbol: "dot"},
    {label: "class 1", color: CLASS_COLORS[1], symbol: "dot"},
    {label: "shade: the net's probability of each class", width: 0}
  ]);
  return el("div", {class: "rx-boundary", "data-panels": panels.length}, [legend, el("div", {class: "rx-boundary__panels"}, figures)]);
}

/** CSV rows of a boundary chart: every cell of every panel. */
export function boundaryRows(panels: readonly BoundaryPanel[]) {
  return panels.flatMap((panel) =>
    panel.boundary
      ? boundaryCells(panel.label, panel.boundary).map((cell) => ({run: panel.label, step: panel.step, x: (cell.x1 + cell.x2) / 2, y: (cell.y1 + cell.y2) / 2, p_class1: cell.p}))
      : []
  );
}
