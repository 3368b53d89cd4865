/**
 * The loss-landscape lab's charts (Plot): each net's loss on the grid around its trained weights as a heatmap with
 * contour lines — both nets on one colour scale — and the 1-D slice through θ for both nets.
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginLeft, presenterMarginRight, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {familyName, PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import type {gridRows, sliceRows} from "./landscapeRows.js";
import {LANDSCAPE_CHART_TEXT} from "./text.js";

/** One net's heatmap: rectangles of the grid coloured by log₁₀ L, contour lines, θ marked. */
function heatmap(rows: ReturnType<typeof gridRows>, net: "plain" | "residual", {width, domain, legend, locale}: {width: number; domain: [number, number]; legend: boolean; locale: Locale}): Element {
  const text = localized(LANDSCAPE_CHART_TEXT, locale);
  const family = text[net];
  const mine = rows.filter((row) => row.net === net);
  const step = mine.length > 1 ? Math.abs(mine[1].alpha - mine[0].alpha) / 2 : 0.05;
  const [low, high] = domain;
  const thresholds = Array.from({length: 9}, (_, i) => low + ((high - low) * (i + 1)) / 10);
  return Plot.plot({
    ...presenterTop(),
    width,
    height: Math.round(width * 0.82),
    marginLeft: 48 + presenterMarginLeft(),
    marginRight: 12 + presenterMarginRight(),
    x: {label: text.alpha, labelAnchor: "center", labelArrow: "none", domain: [mine[0]?.alpha - step, mine.at(-1)!.alpha + step]},
    y: {label: `${text.beta} · ${family}`, labelArrow: "none", domain: [mine[0]?.beta - step, mine.at(-1)!.beta + step]},
    color: {type: "linear", scheme: "viridis", domain, clamp: true, legend, label: text.logLoss, unknown: "#fde725"},
    marks: [
      Plot.rect(mine, {x1: (row) => row.alpha - step, x2: (row) => row.alpha + step, y1: (row) => row.beta - step, y2: (row) => row.beta + step, fill: "logLoss"}),
      Plot.contour(mine.filter((row) => Number.isFinite(row.logLoss)), {x: "alpha", y: "beta", value: "logLoss", fill: "none", stroke: "white", strokeOpacity: 0.55, strokeWidth: 1, thresholds}),
      Plot.dot([{alpha: 0, beta: 0}], {x: "alpha", y: "beta", symbol: "plus", stroke: "white", r: 6, strokeWidth: 2, title: () => text.theta})
    ],
    ariaLabel: text.heatmapAria(family)
  });
}

/** Both nets' heatmaps side by side (stacked on a narrow screen), on one colour scale whose legend heads them. */
export function HeatmapPair(rows: ReturnType<typeof gridRows>, {width, domain, locale = pageLocale()}: {width: number; domain: [number, number]; locale?: Locale}): HTMLElement {
  const isSideBySide = width >= 560;
  const panel = isSideBySide ? Math.floor((width - 16) / 2) : width;
  const legend = Plot.legend({color: {type: "linear", scheme: "viridis", domain, label: localized(LANDSCAPE_CHART_TEXT, locale).logLoss}, width: Math.min(320, width)});
  const panels = el("div", {class: `rx-landscape__pair${isSideBySide ? " rx-landscape__pair--side" : ""}`}, [heatmap(rows, "plain", {width: panel, domain, legend: false, locale}), heatmap(rows, "residual", {width: panel, domain, legend: false, locale})]);
  return el("div", {class: "rx-landscape__heatmaps"}, [legend, panels]);
}

/** The loss along β = 0 for both nets, log scale. */
export function SliceChart(rows: ReturnType<typeof sliceRows>, {width, locale = pageLocale()}: {width: number; locale?: Locale}): HTMLElement {
  const text = localized(LANDSCAPE_CHART_TEXT, locale);
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: 230,
    marginLeft: 56 + presenterMarginLeft(),
    marginRight: 24 + presenterMarginRight(),
    x: {label: text.alpha, labelAnchor: "center", labelArrow: "none"},
    y: {label: text.loss, labelArrow: "none", type: "log", grid: true, tickFormat: "~g"},
    color: {domain: [familyName(false), familyName(true)], range: [PLAIN_COLOR, RESIDUAL_COLOR]},
    marks: [
      Plot.ruleX([0], {strokeDasharray: "3,3", strokeOpacity: 0.6}),
      Plot.line(rows.filter((row) => Number.isFinite(row.loss) && row.loss > 0), {x: "alpha", y: "loss", stroke: "net", strokeWidth: 2})
    ],
    ariaLabel: text.sliceAria
  });
  const legend = Legend([
    {label: text.plain, color: PLAIN_COLOR, width: 2},
    {label: text.residual, color: RESIDUAL_COLOR, width: 2}
  ]);
  return el("div", {class: "rx-landscape__slice"}, [legend, plot]);
}
