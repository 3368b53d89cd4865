/**
 * Shared live-training charts (issue 4): training curves in the paper's style, final error vs depth, the progress
 * panel of a training session, and a figure that redraws in place while staying exportable. Colours and line
 * styles (plain orange, residual blue; thin = training, bold = test; dashed = reference) live in ./palette.ts.
 */
export {ErrorCurves, LossChart, TrainingCurves, updateCurves, type CurveChartOptions} from "./ErrorCurves.js";
export {ErrorVsDepthChart, depthMeans, depthTable, DEPTH_TABLE_COLUMNS, type DepthPoint, type ErrorVsDepthOptions} from "./ErrorVsDepthChart.js";
export {RunProgress, formatDuration, longRunHint, progressText, type RunProgressOptions} from "./RunProgress.js";
export {LiveFigure, type LiveFigureElement, type LiveFigureOptions} from "./LiveFigure.js";
export {Legend, type LegendEntry} from "./legend.js";
export {
  curveFromReference,
  curveFromSnapshots,
  curveRows,
  curveTable,
  CURVE_TABLE_COLUMNS,
  lastFinitePoint,
  netLabel,
  type CurveMetric,
  type CurvePoint,
  type CurveRow,
  type RunCurve,
  type RunPhase
} from "./curves.js";
export {LINE_WIDTH, netColor, PLAIN_COLOR, REFERENCE_STYLE, RESIDUAL_COLOR, WARNING_COLOR, familyName} from "./palette.js";
