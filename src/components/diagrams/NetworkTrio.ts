/**
 * He et al. 2015, Fig. 3, drawn from the specs: VGG-19, plain-34 and ResNet-34 side by side, one box per
 * layer, rows aligned by output size, shortcuts solid where the shape is kept and dashed where it changes.
 * The drawing keeps its natural width and scrolls sideways on narrow screens.
 */
import * as d3 from "d3";
import type {Figure3Column} from "../../engine/arch/figure3.js";
import {layoutNetworkColumns, type NetworkLayout, type PlacedBox} from "./networkLayout.js";
import {exported} from "./exported.js";
import {uniqueId} from "../dom.js";
import {arrowMarker, svgFigure, type DataFigure} from "./svgFigure.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {ARCH_LABEL_TEXT, NETWORK_TRIO_TEXT} from "./text.js";

/** Options of the trio. */
export interface NetworkTrioOptions {
  /** Width available on the page; the figure is centred in it, or scrolls when it is narrower. */
  width?: number;
  /** Language of the figure's words (default: the page's). */
  locale?: Locale;
}

type Text = (typeof NETWORK_TRIO_TEXT)["en"];
type Label = (label: string) => string;

/** Fill of a conv box by the side of the map it outputs (one colour per stage, as in the paper). */
const STAGE_FILLS: Record<number, string> = {
  224: "#efe3f6",
  112: "#fbe0e3",
  56: "#dcebfa",
  28: "#dff2e1",
  14: "#fdebd3",
  7: "#e6e1f5",
  1: "#eceff1"
};
const POOL_FILL = "#e2e2e2";
const FC_FILL = "#fbf3c4";
const INK = "#1d1d1d";
const SHORTCUT = "#2f6fca";

function fillOf(box: PlacedBox): string {
  if (box.kind === "pool") return POOL_FILL;
  if (box.kind === "fc") return FC_FILL;
  return STAGE_FILLS[box.outputSize] ?? "#eeeeee";
}

type Svg = d3.Selection<SVGSVGElement, undefined, null, undefined>;

function drawMarks(svg: Svg, layout: NetworkLayout, text: Text): void {
  const marks = svg.append("g").attr("class", "size-marks").attr("fill", "currentColor");
  for (const mark of layout.marks) {
    marks.append("line").attr("x1", 4).attr("x2", layout.width - 4).attr("y1", mark.y).attr("y2", mark.y)
      .attr("stroke", "currentColor").attr("stroke-opacity", 0.18).attr("stroke-dasharray", "2 3");
    marks.append("text").attr("x", 4).attr("y", mark.y + 11).attr("font-size", 9.5).attr("fill-opacity", 0.75)
      .text(text.outputSize(mark.size));
  }
}

function drawColumns(svg: Svg, layout: NetworkLayout, arrow: string, text: Text, label: Label): void {
  const titles = svg.append("g").attr("class", "column-titles").attr("text-anchor", "middle").attr("fill", "currentColor");
  for (const column of layout.columns) {
    titles.append("text").attr("x", column.centerX).attr("y", 14).attr("font-weight", 600).attr("font-size", 12.5).text(label(column.name));
    titles.append("text").attr("x", column.centerX).attr("y", layout.imageY).attr("font-size", 10.5).text(text.image);
  }
  const links = svg.append("g").attr("class", "flow").attr("stroke", "currentColor").attr("stroke-opacity", 0.55);
  layout.columns.forEach((column, c) => {
    const boxes = layout.boxes.filter((b) => b.column === c);
    const tops = [layout.imageY + 3, ...boxes.slice(0, -1).map((b) => b.y + b.height)];
    boxes.forEach((box, i) => {
      links.append("line").attr("x1", column.centerX).attr("x2", column.centerX).attr("y1", tops[i]).attr("y2", box.y)
        .attr("marker-end", arrow);
    });
  });
}

function drawBoxes(svg: Svg, layout: NetworkLayout, label: Label): void {
  const group = svg.append("g").attr("class", "layers");
  const boxes = group.selectAll("g").data(layout.boxes).join("g")
    .attr("class", (d) => `layer layer-${d.kind}`)
    .attr("transform", (d) => `translate(${d.x},${d.y})`);
  boxes.append("title").text((d) => `${label(d.label)} → ${d.outputSize}×${d.outputSize}`);
  boxes.append("rect").attr("width", (d) => d.width).attr("height", (d) => d.height).attr("rx", 3)
    .attr("fill", fillOf).attr("stroke", INK).attr("stroke-opacity", 0.35);
  boxes.append("text").attr("x", (d) => d.width / 2).attr("y", (d) => d.height / 2).attr("dy", "0.35em")
    .attr("text-anchor", "middle").attr("fill", INK).attr("font-size", 10.5).text((d) => label(d.label));
}

function drawShortcuts(svg: Svg, layout: NetworkLayout, arrow: string): void {
  svg.append("g").attr("class", "shortcuts").attr("fill", "none").attr("stroke", SHORTCUT).attr("stroke-width", 1.4)
    .selectAll("path").data(layout.shortcuts).join("path")
    .attr("class", (d) => (d.changesShape ? "shortcut shortcut-dashed" : "shortcut"))
    .attr("stroke-dasharray", (d) => (d.changesShape ? "4 3" : null))
    .attr("d", (d) => `M${d.x},${d.y1}C${d.bulgeX},${d.y1} ${d.bulgeX},${d.y2} ${d.x + 2},${d.y2}`)
    .attr("marker-end", arrow)
    .attr("color", SHORTCUT);
}

/** The layers of every column as records (network, index, label, kind, output size, unit, shortcut span). */
function recordsOf(columns: readonly Figure3Column[], text: Text, label: Label): DataFigure["data"] {
  const {csv} = text;
  return columns.flatMap((column) =>
    column.layers.map((layer, index) => {
      const shortcut = column.shortcuts.find((s) => s.to === index);
      return {
        [csv.network]: label(column.name),
        [csv.index]: index,
        [csv.label]: label(layer.label),
        [csv.kind]: layer.kind,
        [csv.output_size]: layer.outputSize,
        [csv.unit]: layer.unit,
        [csv.shortcut_ends_here]: shortcut ? (shortcut.changesShape ? text.dashed : text.solid) : ""
      };
    })
  );
}

/** Draws the columns (normally VGG-19, plain-34, ResNet-34) of Fig. 3. */
export function NetworkTrio(columns: readonly Figure3Column[], {width = 640, locale = pageLocale()}: NetworkTrioOptions = {}): DataFigure {
  const text = localized(NETWORK_TRIO_TEXT, locale);
  const {label, listSeparator} = localized(ARCH_LABEL_TEXT, locale);
  const layout = layoutNetworkColumns(columns);
  const names = columns.map((c) => label(c.name)).join(listSeparator);
  const {figure, svg} = svgFigure(recordsOf(columns, text, label), {
    title: text.svgTitle(names),
    description: text.description(names),
    width: layout.width,
    height: layout.height,
    className: "network-trio",
    isScrollable: true
  });
  figure.style.setProperty("--natural-width", `${layout.width}px`);
  if (width < layout.width) figure.classList.add("is-scrolling");
  const arrow = arrowMarker(svg, uniqueId("trio-arrow"));
  drawMarks(svg, layout, text);
  drawColumns(svg, layout, arrow, text, label);
  drawBoxes(svg, layout, label);
  drawShortcuts(svg, layout, arrow);
  return exported(figure, {title: text.title(names), caption: text.caption});
}
