/**
 * The lesion lab's charts (Plot): test error with each unit deleted on its own, test error with k random units deleted,
 * and the unravelled view — the share of all paths by length beside the share of the gradient they carry, and the
 * gradient through one path by its length.
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginLeft, presenterMarginRight, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {familyName, PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import {localized} from "../../i18n/locale.js";
import type {pathRows, randomMeanRows, randomRows, singleRows} from "./lesionRows.js";
import {LESION_CHART_TEXT} from "./text.js";

/** The rows' `net` values (identifiers) and their colours; the legends name them in the page's words. */
const COLOR = {domain: [familyName(false), familyName(true)], range: [PLAIN_COLOR, RESIDUAL_COLOR]};
const GRAY = "#8a8a8a";

/** The plot's size and margins (wider in presenter mode, src/components/charts/presenter.ts). */
const frame = (width: number, height: number, marginLeft = 44) => ({...presenterTop(), width, height, marginLeft: marginLeft + presenterMarginLeft(), marginRight: 24 + presenterMarginRight()});
/** An x axis of whole numbers with a tick at each of `ticks`. */
const integerX = (label: string, ticks: number[]) => ({label, labelAnchor: "center" as const, labelArrow: "none" as const, ticks, tickFormat: "d"});

const familyLegend = (text: typeof LESION_CHART_TEXT.en) =>
  Legend([
    {label: text.plain, color: PLAIN_COLOR, width: 2},
    {label: text.residual, color: RESIDUAL_COLOR, width: 2}
  ]);

const chanceMarks = (chance: number, text: typeof LESION_CHART_TEXT.en) => [
  Plot.ruleY([100 * chance], {strokeDasharray: "4,3", strokeOpacity: 0.6}),
  Plot.text([100 * chance], {y: (d: number) => d, frameAnchor: "right", dy: -7, text: () => text.chance, fontSize: 10, fillOpacity: 0.8})
];

/** A row's net ("plain" / "residual") in the page's words. */
const netWord = (net: string, text: typeof LESION_CHART_TEXT.en) => (net === familyName(true) ? text.residual : text.plain);

/** Test error with each unit deleted, per net, with each net's intact error as a thin line. */
export function SingleChart(rows: ReturnType<typeof singleRows>, {width, chance}: {width: number; chance: number}): HTMLElement {
  const text = localized(LESION_CHART_TEXT);
  const intact = [...new Map(rows.map((row) => [row.net, row])).values()];
  const plot = Plot.plot({
    ...frame(width, 240),
    x: integerX(text.unit, [...new Set(rows.map((row) => row.unit))]),
    y: {label: text.testError, labelArrow: "none", domain: [0, 100], grid: true},
    color: COLOR,
    marks: [
      ...chanceMarks(chance, text),
      Plot.ruleY(intact, {y: (row) => 100 * row.intactError, stroke: "net", strokeOpacity: 0.45, strokeWidth: 1}),
      Plot.line(rows, {x: "unit", y: (row) => 100 * row.testError, stroke: "net", strokeWidth: 1.5, strokeOpacity: 0.7}),
      Plot.dot(rows, {x: "unit", y: (row) => 100 * row.testError, fill: "net", r: 3.5}),
      Plot.tip(rows, Plot.pointerX({x: "unit", y: (row) => 100 * row.testError, title: (row) => text.singleTip(netWord(row.net, text), row.unit, (100 * row.testError).toFixed(1), (100 * row.intactError).toFixed(1))}))
    ],
    ariaLabel: text.singleAria
  });
  return el("div", {class: "rx-lesion__single"}, [familyLegend(text), plot]);
}

/** Test error with k random units deleted: every draw as a small dot, the mean as a line (k = 0: intact). */
export function RandomChart(rows: ReturnType<typeof randomRows>, means: ReturnType<typeof randomMeanRows>, {width, chance}: {width: number; chance: number}): HTMLElement {
  const text = localized(LESION_CHART_TEXT);
  const plot = Plot.plot({
    ...frame(width, 240),
    x: integerX(text.deleted, [...new Set(means.map((row) => row.deleted))]),
    y: {label: text.testError, labelArrow: "none", domain: [0, 100], grid: true},
    color: COLOR,
    marks: [
      ...chanceMarks(chance, text),
      // each family's draws a little to its side of k, so that the two clouds do not hide each other
      Plot.dot(rows, {x: (row) => row.deleted + (row.net === familyName(false) ? -0.12 : 0.12), y: (row) => 100 * row.testError, fill: "net", r: 1.8, fillOpacity: 0.35}),
      Plot.line(means, {x: "deleted", y: (row) => 100 * row.testError, stroke: "net", strokeWidth: 2.2}),
      Plot.dot(means, {x: "deleted", y: (row) => 100 * row.testError, fill: "net", r: 3})
    ],
    ariaLabel: text.randomAria
  });
  return el("div", {class: "rx-lesion__random"}, [familyLegend(text), plot]);
}

/** The share of all paths by length (bars) and the share of the gradient they carry (line), in percent. */
export function PathShareChart(rows: ReturnType<typeof pathRows>, {width}: {width: number}): HTMLElement {
  const text = localized(LESION_CHART_TEXT);
  const plot = Plot.plot({
    ...frame(width, 230),
    x: integerX(text.length, rows.map((row) => row.length)),
    y: {label: text.share, labelArrow: "none", grid: true, nice: true},
    marks: [
      Plot.rectY(rows, {x1: (row) => row.length - 0.4, x2: (row) => row.length + 0.4, y: (row) => 100 * row.pathShare, fill: GRAY, fillOpacity: 0.45}),
      Plot.line(rows, {x: "length", y: (row) => 100 * row.gradientShare, stroke: RESIDUAL_COLOR, strokeWidth: 2.2}),
      Plot.dot(rows, {x: "length", y: (row) => 100 * row.gradientShare, fill: RESIDUAL_COLOR, r: 3}),
      Plot.ruleY([0])
    ],
    ariaLabel: text.pathsAria
  });
  const legend = Legend([
    {label: text.allPaths, color: GRAY, width: 8},
    {label: text.gradient, color: RESIDUAL_COLOR, width: 2}
  ]);
  return el("div", {class: "rx-lesion__paths"}, [legend, plot]);
}

/** The mean gradient norm through one path of each length, on a log scale. */
export function PerPathChart(rows: ReturnType<typeof pathRows>, {width}: {width: number}): HTMLElement {
  const text = localized(LESION_CHART_TEXT);
  const plot = Plot.plot({
    ...frame(width, 210, 56),
    x: integerX(text.length, rows.map((row) => row.length)),
    y: {label: text.perPath, labelArrow: "none", type: "log", grid: true, tickFormat: "~e"},
    marks: [Plot.line(rows, {x: "length", y: "gradientPerPath", stroke: RESIDUAL_COLOR, strokeWidth: 2}), Plot.dot(rows, {x: "length", y: "gradientPerPath", fill: RESIDUAL_COLOR, r: 3})],
    ariaLabel: text.perPathAria
  });
  return el("div", {class: "rx-lesion__per-path"}, [plot]);
}
