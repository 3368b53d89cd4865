/**
 * Training (thin) and test (bold) error of the shortcut options' runs, one colour per option — the error-curve
 * convention of the site's other charts (../charts/), with options in place of plain and residual.
 */
import * as Plot from "@observablehq/plot";
import {el} from "../dom.js";
import {curveRows, lastFinitePoint, type RunCurve} from "../charts/curves.js";
import {Legend} from "../charts/legend.js";
import {LINE_WIDTH, WARNING_COLOR} from "../charts/palette.js";
import {presenterMarginRight} from "../charts/presenter.js";
import {OPTION_COLORS, SHORTCUT_OPTIONS} from "./shortcutRuns.js";
import {localized} from "../../i18n/locale.js";
import {SHORTCUT_CURVES_TEXT} from "./text.js";

/** The chart for runs whose ids are the options "A", "B", "C". */
export function ShortcutCurves(runs: readonly RunCurve[], {width, steps}: {width: number; steps: number}): HTMLElement {
  const text = localized(SHORTCUT_CURVES_TEXT);
  const rows = curveRows(runs, "error");
  const yMax = Math.max(0.6, ...rows.map((row) => row.value));
  const diverged = runs.flatMap((run) => {
    const point = run.phase === "diverged" ? lastFinitePoint(run) : null;
    return point ? [{...point, label: text.diverged(run.label)}] : [];
  });
  const line = (series: "train" | "test") =>
    Plot.line(rows.filter((row) => row.series === series), {
      x: "step",
      y: "value",
      z: "run",
      stroke: "run",
      strokeWidth: LINE_WIDTH[series],
      strokeOpacity: series === "train" ? 0.8 : 1
    });
  const plot = Plot.plot({
    width,
    height: width < 560 ? 220 : 260,
    marginLeft: 48,
    marginRight: 16 + presenterMarginRight(),
    style: {fontSize: "12px"},
    x: {domain: [0, steps], label: text.xLabel, labelAnchor: "right", ticks: Math.max(2, Math.floor(width / 90))},
    y: {domain: [0, 100 * Math.min(1, yMax)], percent: true, grid: true, label: text.yLabel},
    color: {domain: [...SHORTCUT_OPTIONS], range: SHORTCUT_OPTIONS.map((option) => OPTION_COLORS[option])},
    marks: [
      Plot.ruleY([0]),
      line("train"),
      line("test"),
      Plot.dot(diverged, {x: "step", y: "value", symbol: "times", r: 6, stroke: WARNING_COLOR, strokeWidth: 2.5}),
      Plot.text(diverged, {x: "step", y: "value", text: "label", dy: -12, fill: WARNING_COLOR, textAnchor: "end"}),
      ...(rows.length === 0 ? [Plot.text([text.empty], {frameAnchor: "middle", fillOpacity: 0.6})] : [])
    ]
  }) as SVGSVGElement;
  plot.setAttribute("role", "img");
  plot.setAttribute(
    "aria-label",
    text.ariaIntro + runs.map((run) => {
      const last = run.points.at(-1);
      return last ? text.ariaRun(run.label, last.step, (100 * last.trainError).toFixed(0)) : text.ariaNoData(run.label);
    }).join(text.ariaSeparator)
  );
  const legend = Legend([
    ...SHORTCUT_OPTIONS.map((option) => ({label: text.legendOption(option), color: OPTION_COLORS[option], width: 3})),
    {label: text.legendTrain, width: LINE_WIDTH.train},
    {label: text.legendTest, width: LINE_WIDTH.test}
  ]);
  return el("div", {class: "rx-curves rx-shortcut-curves"}, [legend, plot]);
}
