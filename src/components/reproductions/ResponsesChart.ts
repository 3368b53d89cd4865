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

/** Line width and dash of a depth: the shallow nets thin and dashed, the deep ones bold. */
const depthStyle = (depth: number, deepest: number) => (depth === deepest ? {width: 2.2, dash: undefined} : {width: 1.4, dash: "4,3"});

/** Rows of the chart (and its CSV): one per net, panel and layer. */
export function responseRows(nets: readonly NetResponses[]) {
  return nets.flatMap((net) => [
    ...net.byLayer.map((std, i) => ({net: net.id, panel: "layer order", layer: i + 1, std})),
    ...net.ranked.map((std, i) => ({net: net.id, panel: "ranked by size", layer: i + 1, std}))
  ]);
}

export function ResponsesChart(nets: readonly NetResponses[], {width}: {width: number}): HTMLElement {
  const deepest = Math.max(...nets.map((net) => net.depth));
  const panelWidth = width >= 620 ? Math.floor((width - 16) / 2) : width;
  const panel = (name: "layer order" | "ranked by size") =>
    Plot.plot({
      width: panelWidth,
      height: 220,
      marginLeft: 44,
      x: {label: name === "layer order" ? "layer (in the network's order)" : "layer (ranked by its std)", labelAnchor: "center", labelArrow: "none"},
      y: {label: "std of the response", labelArrow: "none", grid: true, zero: true},
      marks: nets.map((net) => {
        const {width: strokeWidth, dash} = depthStyle(net.depth, deepest);
        const values = name === "layer order" ? net.byLayer : net.ranked;
        return Plot.line(values.map((std, i) => ({layer: i + 1, std})), {x: "layer", y: "std", stroke: netColor(net.isResidual), strokeWidth, strokeDasharray: dash});
      }),
      ariaLabel: `${name}: ${nets.map((net) => `${net.id} mean ${net.mean.toFixed(2)}`).join(", ")}`
    });
  const legend = Legend(nets.map((net) => ({label: net.id, color: netColor(net.isResidual), ...depthStyle(net.depth, deepest)})));
  return el("div", {class: "rx-responses"}, [legend, el("div", {class: "rx-responses__panels"}, [panel("layer order"), panel("ranked by size")])]);
}

const two = (value: number) => value.toFixed(2);

/** What the nets show, in sentences computed from their numbers (the paper's two observations, checked one by one). */
export function responsesSentence(nets: readonly NetResponses[], findings: ReturnType<typeof responseFindings>): string {
  const pairs = findings.pairs.map((pair) => `${two(pair.plain)} for plain-${pair.depth} against ${two(pair.residual)} for ResNet-${pair.depth}`).join(", and ");
  const depths = findings.pairs.map((pair) => pair.depth);
  const smaller =
    findings.smallerAt.length === depths.length
      ? "The residual nets' responses are smaller than their plain twins' at every depth"
      : findings.smallerAt.length === 0
        ? "At this short budget the residual nets' responses are not clearly smaller than their plain twins' (by at least 5%)"
        : `The residual net's responses are smaller than its plain twin's at ${findings.smallerAt.join(" and ")} layers, though not clearly (by 5% or more) at ${depths.filter((d) => !findings.smallerAt.includes(d)).join(" and ")}`;
  const deeper = findings.shrinksWithDepth
    ? `and the deeper residual net's are smaller than the shallower one's — both as in the paper.`
    : `but the deeper residual net's are not smaller than the shallower one's, unlike the paper's.`;
  return `Averaged over every layer and ${nets[0].seeds} seeds, the std of a response is ${pairs}. ${smaller}, ${deeper}`;
}
