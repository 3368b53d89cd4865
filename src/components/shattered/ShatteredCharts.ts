/**
 * The shattered-gradients lab's three charts (Plot): the input gradient along the line for one depth (one panel per
 * net, each on its own scale), its autocorrelation by lag, and r₁ against depth for both families (the sweep).
 */
import * as Plot from "@observablehq/plot";
import {presenterMarginLeft, presenterTop} from "../charts/presenter.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {netColor, PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import type {acfRows, gradientRows, sweepRows} from "./shatteredRows.js";

/** Reader-visible words of the charts, in one place. */
export const CHART_TEXT = {
  input: "input x",
  gradient: "∂ output / ∂ x",
  lag: "lag (neighbouring inputs apart)",
  autocorrelation: "autocorrelation",
  depth: "depth (layers)",
  lag1: "lag-1 autocorrelation r₁",
  plain: "plain",
  residual: "residual",
  chosen: "depth shown above",
  verdictDepth: "the verdict's depth"
} as const;

const COLOR = {domain: [CHART_TEXT.plain, CHART_TEXT.residual], range: [PLAIN_COLOR, RESIDUAL_COLOR]};

/** The legend; with `depth`, each entry names it ("plain, 20 layers"), so an export says which depth it shows. */
const legend = (depth?: number) =>
  Legend([false, true].map((isResidual) => ({label: `${isResidual ? CHART_TEXT.residual : CHART_TEXT.plain}${depth === undefined ? "" : `, ${depth} layers`}`, color: netColor(isResidual), width: 2})));

/** The gradient against the input: a panel for the plain net above one for the residual net. */
export function GradientChart(rows: ReturnType<typeof gradientRows>, {width, depth}: {width: number; depth: number}): HTMLElement {
  const panel = (net: "plain" | "residual") =>
    Plot.plot({
    ...presenterTop(),
      width,
      height: 150,
      marginLeft: 56 + presenterMarginLeft(),
      x: {label: CHART_TEXT.input, labelAnchor: "center", labelArrow: "none"},
      y: {label: `${CHART_TEXT.gradient}, ${net}`, labelArrow: "none", grid: true, nice: true, tickFormat: "~s"},
      marks: [Plot.ruleY([0], {strokeOpacity: 0.4}), Plot.line(rows.filter((row) => row.net === net), {x: "input", y: "gradient", stroke: netColor(net === "residual"), strokeWidth: 1.2})],
      ariaLabel: `${net} net: gradient of the output with respect to the input, along the line of inputs`
    });
  return el("div", {class: "rx-shattered__gradients"}, [legend(depth), panel("plain"), panel("residual")]);
}

/** The autocorrelation r_k of each net's gradient, k = 0 … ACF_LAGS. */
export function AcfChart(rows: ReturnType<typeof acfRows>, {width, depth}: {width: number; depth: number}): HTMLElement {
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: 220,
    marginLeft: 48 + presenterMarginLeft(),
    x: {label: CHART_TEXT.lag, labelAnchor: "center", labelArrow: "none"},
    y: {label: CHART_TEXT.autocorrelation, labelArrow: "none", domain: [-1, 1], grid: true},
    color: COLOR,
    marks: [Plot.ruleY([0], {strokeOpacity: 0.5}), Plot.line(rows, {x: "lag", y: "autocorrelation", stroke: "net", strokeWidth: 2}), Plot.dot(rows, {x: "lag", y: "autocorrelation", fill: "net", r: 2.2})],
    ariaLabel: "Autocorrelation of the input gradient by lag, plain and residual"
  });
  return el("div", {class: "rx-shattered__acf"}, [legend(depth), plot]);
}

/** r₁ against depth for both families, the chosen depth and the verdict's depth marked. */
export function SweepChart(rows: ReturnType<typeof sweepRows>, {width, depth, verdictDepth}: {width: number; depth: number; verdictDepth: number}): HTMLElement {
  const plot = Plot.plot({
    ...presenterTop(),
    width,
    height: 240,
    marginLeft: 48 + presenterMarginLeft(),
    x: {label: CHART_TEXT.depth, labelAnchor: "center", labelArrow: "none"},
    y: {label: CHART_TEXT.lag1, labelArrow: "none", domain: [-0.5, 1], grid: true},
    color: COLOR,
    marks: [
      Plot.ruleY([0], {strokeOpacity: 0.5}),
      Plot.ruleX([verdictDepth], {strokeDasharray: "3,3", strokeOpacity: 0.6}),
      Plot.text([verdictDepth], {x: (d: number) => d, frameAnchor: "top", dy: 4, dx: 4, textAnchor: "start", text: () => CHART_TEXT.verdictDepth, fontSize: 10, fillOpacity: 0.8}),
      Plot.ruleX([depth], {stroke: "currentColor", strokeWidth: 6, strokeOpacity: 0.12}),
      Plot.line(rows, {x: "depth", y: "lag1", stroke: "net", strokeWidth: 2}),
      Plot.dot(rows, {x: "depth", y: "lag1", fill: "net", r: 3})
    ],
    ariaLabel: "Lag-1 autocorrelation of the input gradient against depth, plain and residual"
  });
  return el("div", {class: "rx-shattered__sweep"}, [legend(), plot]);
}
