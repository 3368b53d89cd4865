/**
 * The shattered-gradients lab (issue 14, part 3; Balduzzi et al. 2017): untrained plain and residual MLPs, their input
 * gradients along a line of inputs measured in the training worker, their autocorrelation, and the verdict.
 */
export {ShatteredLab, type ShatteredSettings} from "./ShatteredLab.js";
export {AcfChart, GradientChart, SweepChart} from "./ShatteredCharts.js";
export {SHATTERED_CHART_TEXT, SHATTERED_CSV_TEXT, SHATTERED_LAB_TEXT, SHATTERED_SENTENCES} from "./text.js";
export {ACF_LAGS, acfRows, depthSentence, gradientRows, netsAt, referenceSentence, sweepFindings, sweepRows, sweepSentence} from "./shatteredRows.js";
