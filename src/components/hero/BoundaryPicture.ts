/**
 * BoundaryPicture: one net's decision boundary on 2-D data — the probability of the outer ring at every point of
 * the plane as a colour (purple: inner disc, green: outer ring, white: undecided) with training points on top.
 * A net that has learned the circles shows a purple disc in a green ring; one that has not shows one colour or a
 * pattern unrelated to the data (the picture uses evaluation mode: BatchNorm's running statistics). Colours are
 * not the plain/residual colours: those mark the nets' names and curves.
 *
 * The axes and points are drawn once (Plot); each new boundary only repaints the raster's small image (one pixel
 * per grid cell, scaled by the browser), so a live update costs well under a millisecond of main-thread time.
 */
import * as Plot from "@observablehq/plot";
import {interpolatePRGn} from "d3";
import type {Boundary} from "../../engine/train/boundary.js";
import {Legend} from "../charts/legend.js";
import {el} from "../dom.js";
import {classOneProbabilities, type DataPoint} from "./boundary.js";

/** Diverging scheme of the pictures (purple ↔ green, white in the middle): d3's PRGn, as Plot's "PRGn". */
export const BOUNDARY_SCHEME = "PRGn";
/** Dot colours of the two classes (the scheme's ends). */
export const CLASS_COLORS = ["#762a83", "#1b7837"] as const;

/** Options of {@link BoundaryPicture}. */
export interface BoundaryPictureOptions {
  /** Side of the square plot area plus margins, in px. */
  size: number;
  /** Training points to draw over the boundary. */
  points: readonly DataPoint[];
  /** Data extent on both axes (the engine's boundary grid spans it). */
  extent: [number, number];
  /** Cells per side of the boundary grid. */
  resolution: number;
}

/** The picture: `update(boundary)` repaints it (null: no boundary yet, drawn white). */
export type BoundaryPictureElement = SVGSVGElement & {update(boundary: Boundary | null): void};

/** Levels of the colour table (enough that neighbouring levels look the same). */
const LEVELS = 256;
let colorTable: Uint8ClampedArray | null = null;

/** RGBA of the scheme at LEVELS evenly spaced probabilities, computed once. */
function schemeTable(): Uint8ClampedArray {
  if (colorTable) return colorTable;
  colorTable = new Uint8ClampedArray(4 * LEVELS);
  for (let level = 0; level < LEVELS; level++) {
    const [r, g, b] = interpolatePRGn(level / (LEVELS - 1)).match(/\d+/g)!.map(Number);
    colorTable.set([r, g, b, 255], 4 * level);
  }
  return colorTable;
}

/** A PNG data URL of the probabilities, one pixel per cell, row 0 first (Plot's raster flips it to the bottom). */
export function rasterImage(probabilities: ArrayLike<number>, resolution: number): string {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = resolution;
  const context = canvas.getContext("2d")!;
  const image = context.createImageData(resolution, resolution);
  const table = schemeTable();
  for (let i = 0; i < resolution * resolution; i++) {
    const value = Number.isFinite(probabilities[i]) ? Math.min(1, Math.max(0, probabilities[i])) : 0.5;
    const level = Math.round(value * (LEVELS - 1));
    image.data.set(table.subarray(4 * level, 4 * level + 4), 4 * i);
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL("image/png");
}

/** The picture, blank until its first update. */
export function BoundaryPicture({size, points, extent: [min, max], resolution}: BoundaryPictureOptions): BoundaryPictureElement {
  const tick = (value: number) => String(value).replace("-", "−");
  const svg = Plot.plot({
    width: size,
    height: size,
    marginLeft: 30,
    marginBottom: 30,
    marginTop: 4,
    marginRight: 4,
    style: {fontSize: "10px"},
    x: {domain: [min, max], ticks: [-1, 0, 1], tickFormat: tick, label: "x₁", labelAnchor: "center", labelArrow: "none", labelOffset: 26},
    y: {domain: [min, max], ticks: [-1, 0, 1], tickFormat: tick, label: "x₂", labelAnchor: "center", labelArrow: "none", labelOffset: 24},
    color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1]},
    marks: [
      Plot.raster(new Float64Array(resolution * resolution).fill(0.5), {width: resolution, height: resolution, x1: min, x2: max, y1: min, y2: max, fill: (value: number) => value, imageRendering: "auto"}),
      Plot.dot(points, {x: "x", y: "y", r: 1.8, fill: (point: DataPoint) => CLASS_COLORS[point.label], stroke: "white", strokeWidth: 0.4}),
      Plot.frame({stroke: "currentColor", strokeOpacity: 0.4})
    ]
  }) as unknown as BoundaryPictureElement;
  const image = svg.querySelector("image")!;
  svg.update = (boundary) => {
    const values = boundary && boundary.resolution === resolution ? classOneProbabilities(boundary) : new Float64Array(resolution * resolution).fill(0.5);
    image.setAttribute("href", rasterImage(values, resolution));
  };
  svg.update(null);
  return svg;
}

/** The shared colour key of the pictures: probability of the outer ring, 0 to 1, and the two classes' dots. */
export function BoundaryLegend(): HTMLElement {
  const ramp = Plot.legend({color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1], label: "Predicted probability of the outer ring"}, width: 240, marginLeft: 10, marginRight: 14, tickSize: 3});
  const classes = Legend([
    {label: "inner disc", color: CLASS_COLORS[0], symbol: "dot"},
    {label: "outer ring", color: CLASS_COLORS[1], symbol: "dot"}
  ]);
  return el("div", {class: "hero__legend"}, [ramp, classes]);
}
