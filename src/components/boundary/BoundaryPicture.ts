/**
 * BoundaryPicture: one net's decision boundary on 2-D data — the probability of class 1 at every point of the plane
 * as a colour (purple: class 0, green: class 1, white: undecided) with training points on top. A net that has
 * learned the circles shows a purple disc in a green ring; one that has not shows one colour or a pattern unrelated
 * to the data (the picture uses evaluation mode: BatchNorm's running statistics). The Overview's hero and the Lab's
 * boundary chart both draw with it, with one palette and one legend ({@link BoundaryLegend}).
 *
 * The axes and points are drawn once (Plot); each new boundary only repaints the raster's small image (one pixel
 * per grid cell, scaled by the browser), so a live update costs well under a millisecond of main-thread time.
 */
import * as Plot from "@observablehq/plot";
import {isPresenterMode} from "../charts/presenter.js";
import {interpolatePRGn} from "d3";
import type {Boundary} from "../../engine/train/boundary.js";
import type {ToyName} from "../../engine/data/toy2d.js";
import {Legend} from "../charts/legend.js";
import {BOUNDARY_SCHEME, CLASS_COLORS} from "../charts/palette.js";
import {el} from "../dom.js";
import {classNames, classOneProbabilities, type DataPoint} from "./boundaryData.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {BOUNDARY_TEXT} from "./text.js";

/** Options of {@link BoundaryPicture}. */
export interface BoundaryPictureOptions {
  /** Side of the square plot area plus margins, in px. */
  size: number;
  /** Training points to draw over the boundary. */
  points: readonly DataPoint[];
  /** Data extent on both axes (the engine's boundary grid spans it). */
  extent: readonly [number, number];
  /** Cells per side of the boundary grid. */
  resolution: number;
  /** What the picture shows, for screen readers (e.g. "Decision boundary of plain-56"). */
  label?: string;
}

/** The picture: `update(boundary, note)` repaints it (null: no boundary yet, drawn white; `note` is written across it). */
export type BoundaryPictureElement = SVGSVGElement & {update(boundary: Boundary | null, note?: string): void};

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

/** Margins of the picture: room for the tick labels and the axis names beside them, not on them. */
const MARGIN = {left: 38, bottom: 34, top: 4, right: 4};

/** The picture, blank until its first update. */
export function BoundaryPicture({size, points, extent: [min, max], resolution, label}: BoundaryPictureOptions): BoundaryPictureElement {
  const tick = (value: number) => String(value).replace("-", "−");
  // In presenter mode (20 px text) the y label "x₂" moves further left, clear of the tick labels.
  const left = MARGIN.left + (isPresenterMode() ? 20 : 0);
  const svg = Plot.plot({
    width: size,
    height: size,
    marginLeft: left,
    marginBottom: MARGIN.bottom,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    style: {fontSize: "10px"},
    x: {domain: [min, max], ticks: [-1, 0, 1], tickFormat: tick, label: "x₁", labelAnchor: "center", labelArrow: "none", labelOffset: 30},
    y: {domain: [min, max], ticks: [-1, 0, 1], tickFormat: tick, label: "x₂", labelAnchor: "center", labelArrow: "none", labelOffset: left - 4},
    color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1]},
    marks: [
      Plot.raster(new Float64Array(resolution * resolution).fill(0.5), {width: resolution, height: resolution, x1: min, x2: max, y1: min, y2: max, fill: (value: number) => value, imageRendering: "auto"}),
      Plot.dot(points, {x: "x", y: "y", r: 1.8, fill: (point: DataPoint) => CLASS_COLORS[point.label], stroke: "white", strokeWidth: 0.4}),
      Plot.frame({stroke: "currentColor", strokeOpacity: 0.4})
    ]
  }) as unknown as BoundaryPictureElement;
  svg.setAttribute("role", "img");
  if (label) svg.setAttribute("aria-label", label);
  const image = svg.querySelector("image")!;
  const note = document.createElementNS("http://www.w3.org/2000/svg", "text");
  note.setAttribute("class", "rx-boundary__note");
  note.setAttribute("x", String(left + (size - left - MARGIN.right) / 2));
  note.setAttribute("y", String(MARGIN.top + (size - MARGIN.top - MARGIN.bottom) / 2));
  note.setAttribute("text-anchor", "middle");
  note.setAttribute("dominant-baseline", "middle");
  svg.append(note);
  svg.update = (boundary, text = "") => {
    const values = boundary && boundary.resolution === resolution ? classOneProbabilities(boundary) : new Float64Array(resolution * resolution).fill(0.5);
    image.setAttribute("href", rasterImage(values, resolution));
    note.textContent = text;
  };
  svg.update(null);
  return svg;
}

/** The colour key of the pictures of a data set: probability of class 1 from 0 to 1, and the two classes' dots. */
export function BoundaryLegend(data: ToyName = "circles", locale: Locale = pageLocale()): HTMLElement {
  const [zero, one] = classNames(data, locale);
  // In presenter mode its text is 20 px: the ramp is drawn wider, so its label and end ticks stay inside it.
  const size = isPresenterMode() ? {width: 520, marginLeft: 18, marginRight: 24} : {width: 240, marginLeft: 10, marginRight: 14};
  const ramp = Plot.legend({color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1], label: localized(BOUNDARY_TEXT, locale).probability(one)}, ...size, tickSize: 3});
  const classes = Legend([
    {label: zero, color: CLASS_COLORS[0], symbol: "dot"},
    {label: one, color: CLASS_COLORS[1], symbol: "dot"}
  ]);
  return el("div", {class: "rx-boundary__legend"}, [ramp, classes]);
}
