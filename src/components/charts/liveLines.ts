/**
 * The live runs' lines of a curves chart, drawn with the Plot figure's own scales into groups shaped like Plot's
 * line marks (`g[aria-label=line] > g` per panel `> path` per run). Drawing them apart from Plot lets a chart that
 * is streaming snapshots redraw only these few paths — well under a millisecond — instead of the whole figure,
 * which keeps the page's main thread free while training. The rest of the figure (axes, panels, reference runs,
 * "diverged" marks) is redrawn only when it changes.
 */
import type {CurveRow} from "./curves.js";
import {LINE_WIDTH, netColor} from "./palette.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** What a figure needs to place live lines: its scales, and each panel's offset (by panel key). */
export interface LiveLineFrame {
  x: (value: number) => number;
  y: (value: number) => number;
  /** Offset of each panel's drawing, e.g. "56 layers" → [387, 0]; the key "" when there are no panels. */
  offsets: Map<string, [number, number]>;
}

function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** "translate(387,0)" → [387, 0]. */
function parseTranslate(transform: string | null): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(transform ?? "");
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

/**
 * The frame of a Plot figure: its x and y scales (y in percent when `isPercent`: Plot applies the percent
 * transform before the scale) and the panel offsets, read from a mark drawn once per panel (`panelMark`, e.g.
 * "rule") in panel order.
 */
export function readFrame(svg: SVGSVGElement & {scale(name: string): {apply(value: unknown): number}}, panels: readonly string[], {isPercent, panelMark}: {isPercent: boolean; panelMark: string}): LiveLineFrame {
  const x = svg.scale("x");
  const y = svg.scale("y");
  const groups = [...svg.querySelectorAll(`g[aria-label="${panelMark}"] > g`)];
  const offsets = new Map<string, [number, number]>(
    panels.length > 0 ? panels.map((panel, i) => [panel, parseTranslate(groups[i]?.getAttribute("transform") ?? null)]) : [["", [0, 0]]]
  );
  return {x: (value) => x.apply(value), y: isPercent ? (value) => y.apply(100 * value) : (value) => y.apply(value), offsets};
}

/** The SVG path through points, in pixels rounded to 1/10. */
function pathData(points: ReadonlyArray<[number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join("");
}

/** One group per series ("train" thin, "test" bold), one sub-group per panel, one path per run. */
function seriesGroup(series: "train" | "test", rows: readonly (CurveRow & {facet: string})[], frame: LiveLineFrame): SVGElement {
  const group = svgElement("g", {"aria-label": "line", "data-live": series, transform: "translate(0.5,0.5)"});
  for (const [panel, [dx, dy]] of frame.offsets) {
    const inPanel = rows.filter((row) => row.series === series && (panel === "" || row.facet === panel));
    const panelGroup = svgElement("g", {
      transform: `translate(${dx},${dy})`, fill: "none", "stroke-width": String(series === "train" ? LINE_WIDTH.train : LINE_WIDTH.test),
      "stroke-opacity": series === "train" ? "0.85" : "1", "stroke-linejoin": "round", "stroke-linecap": "round"
    });
    const byRun = new Map<string, (CurveRow & {facet: string})[]>();
    for (const row of inPanel) byRun.set(row.run, [...(byRun.get(row.run) ?? []), row]);
    for (const runRows of byRun.values()) {
      const d = pathData(runRows.map((row) => [frame.x(row.step), frame.y(row.value)]));
      panelGroup.append(svgElement("path", {stroke: netColor(runRows[0].net === "residual"), d}));
    }
    group.append(panelGroup);
  }
  return group;
}

/** Draws (or redraws) the live lines of `rows` (live rows only) into `svg`, replacing earlier live lines. */
export function drawLiveLines(svg: SVGSVGElement, rows: readonly (CurveRow & {facet: string})[], frame: LiveLineFrame): void {
  svg.querySelectorAll("g[data-live]").forEach((group) => group.remove());
  for (const series of ["train", "test"] as const) svg.append(seriesGroup(series, rows, frame));
}
