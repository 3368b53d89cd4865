/**
 * The shattered-gradients lab's three charts (Plot): the input gradient along the line for one depth (one panel per
 * net, each on its own scale), its autocorrelation by lag, and r₁ against depth for both families (the sweep).
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginLeft, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {familyName, netColor, PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import type {acfRows, gradientRows, sweepRows} from "./shatteredRows.js";
import {SHATTERED_CHART_TEXT} from "./text.js";

/** The rows' `net` values (identifiers, "plain" and "residual") and their colours; the legend names them. */
const COLOR = {domain: [familyName(false), familyName(true)], range: [PLAIN_COLOR, RESIDUAL_COLOR]};

/** Options of every chart of the lab. */
interface ChartOptions {
  width: number;
  /** Language of the chart's words (default: the page's). */
  locale?: Locale;
}

/** The legend; with `depth`, each entry names it ("plain, 20 layers"), so an export says which depth it shows. */
const legend = (text: (typeof SHATTERED_CHART_TEXT)["en"], depth?: number) =>
  Legend([false, true].map((isResidual) => ({label: text.legend(isResidual, depth), color: netColor(isResidual), width: 2})));

/** The gradient against the input: a panel for the plain net above one for the residual net. */
export function GradientChart(rows: ReturnType<typeof gradientRows>, {width, depth, locale = pageLocale()}: ChartOptions & {depth: number}): HTMLElement {
  const text = localized(SHATTERED_CHART_TEXT, locale);
  const panel = (net: "plain" | "residual") =>
    Plot.plot({
    ...presenterTop(),
      width,
      height: 150,
      marginLeft: 56 + presenterMarginLeft(),
      x: {label: text.input, labelAnchor: "center", labelArrow: "none"},
      y: {label: text.gradient(net === "residual"), labelArrow: "none", grid: true, nice: true, tickFormat: "~s"},
      marks: [Plot.ruleY([0], {strokeOpacity: 0.4}), Plot.line(rows.filter((row) => row.net === net), {x: "input", y: "gradient", stroke: netColor(net === "residual"), strokeWidth: 1.2})],
      ariaLabel: text.gradientAria(net === "residual")
    });
  return el("div", {class: "rx-shattered__gradients"}, [legend(text, depth), panel("plain"), panel("residual")]);
}

/** The autocorrelation r_k of each net's gradient, k = 0 … ACF_LAGS. */
export function AcfChart(rows: ReturnType<typeof acfRows>, {width, depth, locale = pageLocale()}: ChartOptions & {depth: number}): HTMLElement {
  const text = localized(SHATTERED_CHART_TEXT, locale);
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: 220,
    marginLeft: 48 + presenterMarginLeft(),
    x: {label: text.lag, labelAnchor: "center", labelArrow: "none"},
    y: {label: text.autocorrelation, labelArrow: "none", domain: [-1, 1], grid: true},
    color: COLOR,
    marks: [Plot.ruleY([0], {strokeOpacity: 0.5}), Plot.line(rows, {x: "lag", y: "autocorrelation", stroke: "net", strokeWidth: 2}), Plot.dot(rows, {x: "lag", y: "autocorrelation", fill: "net", r: 2.2})],
    ariaLabel: text.acfAria
  });
  return el("div", {class: "rx-shattered__acf"}, [legend(text, depth), plot]);
}

/** r₁ against depth for both families, the chosen depth and the verdict's depth marked. */
export function SweepChart(
  rows: ReturnType<typeof sweepRows>,
  {width, depth, verdictDepth, locale = pageLocale()}: ChartOptions & {depth: number; verdictDepth: number}
): HTMLElement {
  const text = localized(SHATTERED_CHART_TEXT, locale);
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: 240,
    marginLeft: 48 + presenterMarginLeft(),
    x: {label: text.depth, labelAnchor: "center", labelArrow: "none"},
    y: {label: text.lag1, labelArrow: "none", domain: [-0.5, 1], grid: true},
    color: COLOR,
    marks: [
      Plot.ruleY([0], {strokeOpacity: 0.5}),
      Plot.ruleX([verdictDepth], {strokeDasharray: "3,3", strokeOpacity: 0.6}),
      Plot.text([verdictDepth], {x: (d: number) => d, frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start", text: () => text.verdictDepth, fontSize: 10, fillOpacity: 0.8}),
      Plot.ruleX([depth], {stroke: "currentColor", strokeWidth: 6, strokeOpacity: 0.12}),
      Plot.line(rows, {x: "depth", y: "lag1", stroke: "net", strokeWidth: 2}),
      Plot.dot(rows, {x: "depth", y: "lag1", fill: "net", r: 3})
    ],
    ariaLabel: text.sweepAria
  });
  return el("div", {class: "rx-shattered__sweep"}, [legend(text), plot]);
}
