/**
 * A chart that redraws in place while a run trains, wrapped once with the shared export (SVG, PNG 2×, CSV). The
 * figure, its title, caption and buttons stay put; only the drawing inside is replaced, so a reader can press
 * "PNG" mid-run without the button vanishing under the pointer, and the export always holds what is on screen.
 *
 *   const figure = LiveFigure((runs) => ErrorCurves(runs, {width}), [], {
 *     title: "Training and test error", caption: "…settings… · seed 1",
 *     rows: (runs) => curveTable(runs, locale), columns: CURVE_TABLE_COLUMNS,
 *     columnNames: localized(CSV_TEXT, locale).curveColumns,   // the CSV's headers in the page's language
 *     redraw: (chart, runs) => updateCurves(chart, runs, {width})   // optional: redraw only what changed
 *   });
 *   display(figure);
 *   session.subscribe((state) => figure.update(curvesOf(state)));
 */
import {el} from "../dom.js";
import {Exportable, type ExportOptions} from "../export/index.js";
import type {Row} from "../export/csv.js";

/** Options of {@link LiveFigure}: the export's, with the CSV rows computed from the data drawn. */
export interface LiveFigureOptions<T> extends Omit<ExportOptions, "data"> {
  /** The CSV rows for the data currently drawn (no CSV button without it). */
  rows?: (data: T) => readonly Row[];
  /**
   * Updates the current drawing for new data in place and returns true, or returns false to have it replaced by
   * `draw(data)` — e.g. `(chart, runs) => updateCurves(chart, runs, options)`, which redraws only live lines.
   */
  redraw?: (drawing: Element, data: T) => boolean;
}

/** The wrapped figure: `update(data)` redraws; `data` is what is drawn now. */
export type LiveFigureElement<T> = HTMLElement & {update(data: T): void; readonly data: T};

/** An exportable figure whose drawing `draw(data)` is replaced on every `update(data)`. */
export function LiveFigure<T>(draw: (data: T) => Element, initial: T, options: LiveFigureOptions<T>): LiveFigureElement<T> {
  let data = initial;
  const holder = el("div", {class: "rx-live-figure"}, [draw(initial)]);
  const {rows, redraw, ...exportOptions} = options;
  const figure = Exportable(holder, {...exportOptions, ...(rows ? {data: () => rows(data)} : {})}) as LiveFigureElement<T>;
  Object.defineProperty(figure, "data", {get: () => data});
  figure.update = (next: T) => {
    data = next;
    const current = holder.firstElementChild;
    if (current && redraw?.(current, next)) return;
    holder.replaceChildren(draw(next));
  };
  return figure;
}
