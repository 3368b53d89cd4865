/**
 * The lesion lab's charts (Plot): test error with each unit deleted on its own, test error with k random units deleted,
 * and the unravelled view — the share of all paths by length beside the share of the gradient they carry, and the
 * gradient through one path by its length.
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginLeft, presenterMarginRight, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import type {pathRows, randomMeanRows, randomRows, singleRows} from "./lesionRows.js";

/** Reader-visible words of the charts, in one place. */
export const CHART_TEXT = {
  unit: "unit deleted (1 = first after the stem)",
  deleted: "units deleted at random",
  testError: "test error (%)",
  chance: "chance",
  intact: "intact",
  plain: "plain",
  residual: "residual",
  draw: "one draw",
  mean: "mean of the draws",
  length: "path length (residual branches passed through)",
  share: "share (%)",
  allPaths: "all 2ⁿ paths",
  gradient: "the gradient they carry",
  perPath: "gradient norm through one path"
} as const;

const COLOR = {domain: [CHART_TEXT.plain, CHART_TEXT.residual], range: [PLAIN_COLOR, RESIDUAL_COLOR]};
const GRAY = "#8a8a8a";

/** The plot's size and margins (wider in presenter mode, src/components/charts/presenter.ts). */
const frame = (width: number, height: number, marginLeft = 44) => ({...presenterTop(), width, height, marginLeft: marginLeft + presenterMarginLeft(), marginRight: 24 + presenterMarginRight()});
/** An x axis of whole numbers with a tick at each of `ticks`. */
const integerX = (label: string, ticks: number[]) => ({label, labelAnchor: "center" as const, labelArrow: "none" as const, ticks, tickFormat: "d"});

const familyLegend = () =>
  Legend([
    {label: CHART_TEXT.plain, color: PLAIN_COLOR, width: 2},
    {label: CHART_TEXT.residual, color: RESIDUAL_COLOR, width: 2}
  ]);

const chanceMarks = (chance: number) => [
  Plot.ruleY([100 * chance], {strokeDasharray: "4,3", strokeOpacity: 0.6}),
  Plot.text([100 * chance], {y: (d: number) => d, frameAnchor: "right", dy: -7, text: () => CHART_TEXT.chance, fontSize: 10, fillOpacity: 0.8})
];

/** Test error with each unit deleted, per net, with each net's intact error as a thin line. */
export function SingleChart(rows: ReturnType<typeof singleRows>, {width, chance}: {width: number; chance: number}): HTMLElement {
  const intact = [...new Map(rows.map((row) => [row.net, row])).values()];
  const plot = Plot.plot({
    ...frame(width, 240),
    x: integerX(CHART_TEXT.unit, [...new Set(rows.map((row) => row.unit))]),
    y: {label: CHART_TEXT.testError, labelArrow: "none", domain: [0, 100], grid: true},
    color: COLOR,
    marks: [
      ...chanceMarks(chance),
      Plot.ruleY(intact, {y: (row) => 100 * row.intactError, stroke: "net", strokeOpacity: 0.45, strokeWidth: 1}),
      Plot.line(rows, {x: "unit", y: (row) => 100 * row.testError, stroke: "net", strokeWidth: 1.5, strokeOpacity: 0.7}),
      Plot.dot(rows, {x: "unit", y: (row) => 100 * row.testError, fill: "net", r: 3.5}),
      Plot.tip(rows, Plot.pointerX({x: "unit", y: (row) => 100 * row.testError, title: (row) => `${row.net}: unit ${row.unit} deleted → ${(100 * row.testError).toFixed(1)}% (intact ${(100 * row.intactError).toFixed(1)}%)`}))
    ],
    ariaLabel: "Test error with each unit deleted on its own, plain and residual"
  });
  return el("div", {class: "rx-lesion__single"}, [familyLegend(), plot]);
}

/** Test error with k random units deleted: every draw as a small dot, the mean as a line (k = 0: intact). */
export function RandomChart(rows: ReturnType<typeof randomRows>, means: ReturnType<typeof randomMeanRows>, {width, chance}: {width: number; chance: number}): HTMLElement {
  const plot = Plot.plot({
    ...frame(width, 240),
    x: integerX(CHART_TEXT.deleted, [...new Set(means.map((row) => row.deleted))]),
    y: {label: CHART_TEXT.testError, labelArrow: "none", domain: [0, 100], grid: true},
    color: COLOR,
    marks: [
      ...chanceMarks(chance),
      // each family's draws a little to its side of k, so that the two clouds do not hide each other
      Plot.dot(rows, {x: (row) => row.deleted + (row.net === CHART_TEXT.plain ? -0.12 : 0.12), y: (row) => 100 * row.testError, fill: "net", r: 1.8, fillOpacity: 0.35}),
      Plot.line(means, {x: "deleted", y: (row) => 100 * row.testError, stroke: "net", strokeWidth: 2.2}),
      Plot.dot(means, {x: "deleted", y: (row) => 100 * row.testError, fill: "net", r: 3})
    ],
    ariaLabel: "Test error with k units deleted at random, every draw and the mean, plain and residual"
  });
  return el("div", {class: "rx-lesion__random"}, [familyLegend(), plot]);
}

/** The share of all paths by length (bars) and the share of the gradient they carry (line), in percent. */
export function PathShareChart(rows: ReturnType<typeof pathRows>, {width}: {width: number}): HTMLElement {
  const plot = Plot.plot({
    ...frame(width, 230),
    x: integerX(CHART_TEXT.length, rows.map((row) => row.length)),
    y: {label: CHART_TEXT.share, labelArrow: "none", grid: true, nice: true},
    marks: [
      Plot.rectY(rows, {x1: (row) => row.length - 0.4, x2: (row) => row.length + 0.4, y: (row) => 100 * row.pathShare, fill: GRAY, fillOpacity: 0.45}),
      Plot.line(rows, {x: "length", y: (row) => 100 * row.gradientShare, stroke: RESIDUAL_COLOR, strokeWidth: 2.2}),
      Plot.dot(rows, {x: "length", y: (row) => 100 * row.gradientShare, fill: RESIDUAL_COLOR, r: 3}),
      Plot.ruleY([0])
    ],
    ariaLabel: "Share of all paths by length, and share of the gradient carried by paths of each length, residual net"
  });
  const legend = Legend([
    {label: CHART_TEXT.allPaths, color: GRAY, width: 8},
    {label: CHART_TEXT.gradient, color: RESIDUAL_COLOR, width: 2}
  ]);
  return el("div", {class: "rx-lesion__paths"}, [legend, plot]);
}

/** The mean gradient norm through one path of each length, on a log scale. */
export function PerPathChart(rows: ReturnType<typeof pathRows>, {width}: {width: number}): HTMLElement {
  const plot = Plot.plot({
    ...frame(width, 210, 56),
    x: integerX(CHART_TEXT.length, rows.map((row) => row.length)),
    y: {label: CHART_TEXT.perPath, labelArrow: "none", type: "log", grid: true, tickFormat: "~e"},
    marks: [Plot.line(rows, {x: "length", y: "gradientPerPath", stroke: RESIDUAL_COLOR, strokeWidth: 2}), Plot.dot(rows, {x: "length", y: "gradientPerPath", fill: RESIDUAL_COLOR, r: 3})],
    ariaLabel: "Gradient norm through a single path, by path length, residual net (log scale)"
  });
  return el("div", {class: "rx-lesion__per-path"}, [plot]);
}
