/**
 * He et al. 2015, Fig. 7 on this project's own nets: the std of each 3×3 layer's response (after BatchNorm, before
 * the ReLU and the addition), plain vs residual at 20 and 56 layers, trained on 14×14 digits — in layer order (left)
 * and ranked from the largest (right), as the paper draws it. Averaged over the seeds of the reference file.
 */
import * as Plot from "@observablehq/plot";
import type {NetResponses, responseFindings} from "../../engine/experiments/responses.js";
import {el} from "../dom.js";
import {Legend} from "../charts/legend.js";
import {netColor} from "../charts/palette.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NAMES_TEXT, RESPONSES_TEXT} from "./text.js";

/** Line width and dash of a depth: the shallow nets thin and dashed, the deep ones bold. */
const depthStyle = (depth: number, deepest: number) => (depth === deepest ? {width: 2.2, dash: undefined} : {width: 1.4, dash: "4,3"});

/** The two panels: responses in the network's order, and ranked from the largest. */
type Panel = "byLayer" | "ranked";

/** Rows of the chart (and its CSV): one per net, panel and layer, under the language's column names. */
export function responseRows(nets: readonly NetResponses[], locale: Locale = pageLocale()) {
  const {panels, csv} = localized(RESPONSES_TEXT, locale);
  const {net: netName} = localized(NAMES_TEXT, locale);
  return nets.flatMap((net) => [
    ...net.byLayer.map((std, i) => ({[csv.net]: netName(net.id), [csv.panel]: panels.byLayer, [csv.layer]: i + 1, [csv.std]: std})),
    ...net.ranked.map((std, i) => ({[csv.net]: netName(net.id), [csv.panel]: panels.ranked, [csv.layer]: i + 1, [csv.std]: std}))
  ]);
}

export function ResponsesChart(nets: readonly NetResponses[], {width, locale = pageLocale()}: {width: number; locale?: Locale}): HTMLElement {
  const text = localized(RESPONSES_TEXT, locale);
  const {net: netName} = localized(NAMES_TEXT, locale);
  const deepest = Math.max(...nets.map((net) => net.depth));
  const panelWidth = width >= 620 ? Math.floor((width - 16) / 2) : width;
  const panel = (name: Panel) =>
    Plot.plot({
      width: panelWidth,
      height: 220,
      marginLeft: 44,
      x: {label: text.xLabels[name], labelAnchor: "center", labelArrow: "none"},
      y: {label: text.yLabel, labelArrow: "none", grid: true, zero: true},
      marks: nets.map((net) => {
        const {width: strokeWidth, dash} = depthStyle(net.depth, deepest);
        const values = name === "byLayer" ? net.byLayer : net.ranked;
        return Plot.line(values.map((std, i) => ({layer: i + 1, std})), {x: "layer", y: "std", stroke: netColor(net.isResidual), strokeWidth, strokeDasharray: dash});
      }),
      ariaLabel: text.aria(text.panels[name], nets.map((net) => ({net: netName(net.id), mean: net.mean.toFixed(2)})))
    });
  const legend = Legend(nets.map((net) => ({label: netName(net.id), color: netColor(net.isResidual), ...depthStyle(net.depth, deepest)})));
  return el("div", {class: "rx-responses"}, [legend, el("div", {class: "rx-responses__panels"}, [panel("byLayer"), panel("ranked")])]);
}

const two = (value: number) => value.toFixed(2);

/** What the nets show, in sentences computed from their numbers (the paper's two observations, checked one by one). */
export function responsesSentence(nets: readonly NetResponses[], findings: ReturnType<typeof responseFindings>, locale: Locale = pageLocale()): string {
  const text = localized(RESPONSES_TEXT, locale);
  const pairs = findings.pairs.map((pair) => text.pair(two(pair.plain), two(pair.residual), pair.depth));
  const depths = findings.pairs.map((pair) => pair.depth);
  const smaller =
    findings.smallerAt.length === depths.length
      ? text.smallerEverywhere
      : findings.smallerAt.length === 0
        ? text.smallerNowhere
        : text.smallerAt(findings.smallerAt, depths.filter((d) => !findings.smallerAt.includes(d)));
  const deeper = findings.shrinksWithDepth ? text.deeperSmaller : text.deeperNotSmaller;
  return text.sentence({seeds: nets[0].seeds, pairs, smaller, deeper});
}
