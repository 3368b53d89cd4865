/**
 * BoundaryPicture: one net's decision boundary on 2-D data — the probability of the outer ring at every point of
 * the plane as a colour (purple: inner disc, green: outer ring, white: undecided) with training points on top.
 * A net that has learned the circles shows a purple disc in a green ring; one that has not shows one colour or a
 * pattern unrelated to the data (the picture uses evaluation mode: BatchNorm's running statistics). Colours are not the plain/residual colours: those mark the nets' names and curves.
 */
import * as Plot from "@observablehq/plot";
import type {Boundary} from "../../engine/train/boundary.js";
import {el} from "../controls/dom.js";
import {classOneProbabilities, type DataPoint} from "./boundary.js";

/** Diverging scheme of the pictures (purple ↔ green, white in the middle). */
export const BOUNDARY_SCHEME = "PRGn";
/** Dot colours of the two classes (the scheme's ends). */
export const CLASS_COLORS = ["#762a83", "#1b7837"] as const;

/** Options of {@link BoundaryPicture}. */
export interface BoundaryPictureOptions {
  /** Side of the square plot area plus margins, in px. */
  size: number;
  /** Training points to draw over the boundary. */
  points: readonly DataPoint[];
  /** Data extent on both axes, used before the first boundary arrives. */
  extent: [number, number];
}

/** The picture for one boundary (or an empty frame while waiting for the first one). */
export function BoundaryPicture(boundary: Boundary | null, {size, points, extent}: BoundaryPictureOptions): SVGSVGElement {
  const [min, max] = boundary?.extent ?? extent;
  const marks: Plot.Markish[] = [];
  if (boundary) {
    marks.push(
      Plot.raster(classOneProbabilities(boundary), {
        width: boundary.resolution,
        height: boundary.resolution,
        x1: min,
        x2: max,
        y1: min,
        y2: max,
        fill: (value: number) => value,
        imageRendering: "auto"
      })
    );
  }
  marks.push(
    Plot.dot(points, {x: "x", y: "y", r: 1.8, fill: (point: DataPoint) => CLASS_COLORS[point.label], stroke: "white", strokeWidth: 0.4}),
    Plot.frame({stroke: "currentColor", strokeOpacity: 0.4})
  );
  return Plot.plot({
    width: size,
    height: size,
    marginLeft: 26,
    marginBottom: 24,
    marginTop: 4,
    marginRight: 4,
    style: {fontSize: "10px"},
    x: {domain: [min, max], ticks: [-1, 0, 1], label: "x₁", labelAnchor: "right", labelOffset: 22},
    y: {domain: [min, max], ticks: [-1, 0, 1], label: "x₂", labelAnchor: "top", labelOffset: 24},
    color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1]},
    marks
  }) as SVGSVGElement;
}

/** The shared colour key of the pictures: probability of the outer ring, 0 to 1, and the two classes' dots. */
export function BoundaryLegend(): HTMLElement {
  const ramp = Plot.legend({color: {type: "linear", scheme: BOUNDARY_SCHEME, domain: [0, 1], label: "Predicted probability of the outer ring"}, width: 240, marginLeft: 10, marginRight: 14, tickSize: 3});
  const dot = (color: string, text: string) =>
    el("span", {class: "hero__class"}, [el("span", {class: "hero__dot", style: `background:${color}`}), text]);
  return el("div", {class: "hero__legend"}, [ramp, dot(CLASS_COLORS[0], "inner disc"), dot(CLASS_COLORS[1], "outer ring")]);
}
