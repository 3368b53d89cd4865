/**
 * Decision boundaries of several runs on 2-D data (the Lab page): for each run, the class probabilities its latest
 * snapshot measured on a grid over the data's square (src/engine/train/boundary.ts), drawn by the same
 * `BoundaryPicture` as the Overview's hero, one panel per run — side by side when there is room, so a plain net and
 * its residual twin can be compared at a glance — under one legend.
 */
import type {Boundary} from "../../engine/train/boundary.js";
import type {ToyName} from "../../engine/data/toy2d.js";
import {el} from "../dom.js";
import {boundaryRows, type DataPoint} from "./boundaryData.js";
import {BoundaryLegend, BoundaryPicture} from "./BoundaryPicture.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {BOUNDARY_TEXT} from "./text.js";

/** One panel: a run's label, its latest boundary (null before the first snapshot), and its phase. */
export interface BoundaryPanel {
  label: string;
  boundary: Boundary | null;
  phase: string;
  step: number;
}

/** Options of {@link BoundaryChart}. */
export interface BoundaryChartOptions {
  width: number;
  /** The data set (names the classes in the legend). */
  data: ToyName;
  /** Data extent and grid size, when no panel has a boundary yet. */
  extent?: readonly [number, number];
  resolution?: number;
  /** Language of the headings and legend (default: the page's). */
  locale?: Locale;
}

/** Panels side by side from this width on; stacked below it. */
const SIDE_BY_SIDE_WIDTH = 520;

/** The chart: a legend, then one square panel per run, each headed by its net, step and phase. */
export function BoundaryChart(panels: readonly BoundaryPanel[], points: readonly DataPoint[], {width, data, extent = [-1.2, 1.2], resolution = 32, locale = pageLocale()}: BoundaryChartOptions): HTMLElement {
  const text = localized(BOUNDARY_TEXT, locale);
  const isSideBySide = panels.length > 1 && width >= SIDE_BY_SIDE_WIDTH;
  const size = Math.floor(Math.min(360, isSideBySide ? (width - 16 * (panels.length - 1)) / panels.length : width));
  const figures = panels.map((panel) => {
    const grid = panel.boundary;
    const picture = BoundaryPicture({size, points, extent: grid?.extent ?? extent, resolution: grid?.resolution ?? resolution, label: text.pictureLabel(panel.label, panel.step)});
    const hasNumbers = grid !== null && grid.probabilities.some(Number.isFinite);
    picture.update(hasNumbers ? grid : null, panel.phase === "diverged" ? text.diverged : hasNumbers ? "" : text.waiting);
    return el("div", {class: "rx-boundary__panel", "data-phase": panel.phase}, [
      el("div", {class: "rx-boundary__heading"}, [text.heading(panel.label, panel.step, panel.phase === "diverged")]),
      picture
    ]);
  });
  return el("div", {class: "rx-boundary", "data-panels": panels.length}, [BoundaryLegend(data, locale), el("div", {class: "rx-boundary__panels"}, figures)]);
}

/** One CSV row of a boundary chart: a cell of a run's panel (its centre and the probability of class 1). */
export type BoundaryPanelRow = {
  run: string;
  step: number;
  x: number;
  y: number;
  p_class1: number;
};

/**
 * CSV rows of a boundary chart: every cell of every panel (centre and probability of class 1); the headers are
 * `localized(BOUNDARY_CSV_TEXT, locale).panelColumns` (pass them as `columnNames`). No words in the cells but the
 * runs' labels, which are already the page's.
 */
export function boundaryPanelRows(panels: readonly BoundaryPanel[]): BoundaryPanelRow[] {
  return panels.flatMap((panel) =>
    panel.boundary ? boundaryRows(panel.boundary).map((row) => ({run: panel.label, step: panel.step, x: row.x, y: row.y, p_class1: row.probability})) : []
  );
}
