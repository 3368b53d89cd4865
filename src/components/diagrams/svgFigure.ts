/**
 * The frame every architecture figure shares: a <figure> holding exactly one root <svg> with a <title> and a
 * <desc> (what export and screen readers read), an optional caption, and the figure's data as plain records
 * on `figure.data` (for CSV export). Drawing code fills the returned svg selection.
 */
import * as d3 from "d3";

/** A figure element that carries the records it was drawn from. */
export type DataFigure = HTMLElement & {data: Array<Record<string, string | number | boolean | null>>};

/** Options of the frame. */
export interface FrameOptions {
  /** The svg's <title> (also the export's file name stem). */
  title: string;
  /** The svg's <desc>: one or two sentences saying what the figure shows. */
  description: string;
  width: number;
  height: number;
  /** Caption under the figure (plain text), or none. */
  caption?: string;
  /** Extra class on the <figure>. */
  className?: string;
  /** Lets the figure scroll sideways instead of shrinking when it is wider than its container. */
  isScrollable?: boolean;
}

/** Creates the figure and its svg; returns both. */
export function svgFigure(records: DataFigure["data"], options: FrameOptions) {
  const figure = document.createElement("figure") as DataFigure;
  figure.className = ["arch-figure", options.className].filter(Boolean).join(" ");
  figure.data = records;
  const holder = document.createElement("div");
  holder.className = options.isScrollable ? "arch-figure-scroll" : "arch-figure-body";
  figure.append(holder);
  const svg = d3
    .create("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("width", options.width)
    .attr("height", options.height)
    .attr("viewBox", `0 0 ${options.width} ${options.height}`)
    .attr("role", "img")
    .attr("font-family", "system-ui, sans-serif")
    .attr("font-size", 11);
  svg.append("title").text(options.title);
  svg.append("desc").text(options.description);
  if (!options.isScrollable) svg.style("max-width", "100%").style("height", "auto");
  holder.append(svg.node()!);
  if (options.caption) {
    const caption = document.createElement("figcaption");
    caption.textContent = options.caption;
    figure.append(caption);
  }
  return {figure, svg};
}

/** Adds an arrowhead marker to the svg's <defs>; returns its url(#id). */
export function arrowMarker(svg: d3.Selection<SVGSVGElement, undefined, null, undefined>, id: string): string {
  svg
    .append("defs")
    .append("marker")
    .attr("id", id)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerUnits", "userSpaceOnUse")
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("orient", "auto-start-reverse")
    .append("path")
    .attr("d", "M0,0L10,5L0,10z")
    .attr("fill", "currentColor");
  return `url(#${id})`;
}
