/**
 * Chart export: `Exportable(chart, {title, caption, data, filename})` wraps a chart with SVG, PNG (2×) and CSV
 * buttons. The pieces are exported too, for charts that want their own buttons.
 */
export {Exportable, type ExportOptions, type ExportableElement} from "./Exportable.js";
export {chartToSvg, serializeSvg, type ChartSvg} from "./chartSvg.js";
export {svgToPng} from "./png.js";
export {toCsv, csvField, columnsOf, type Row} from "./csv.js";
export {safeFilename} from "./filename.js";
export {downloadBlob} from "./download.js";
