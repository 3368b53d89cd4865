/**
 * The gradient-flow lab (issue 4, item 4): ‖∂L/∂x_l‖ per unit of a plain MLP and its residual twin at
 * initialisation and while training, a scrubber over the snapshots, and the identity's two terms on the residual
 * net. Runs through the page's training session (../labs/trainingSession.ts).
 */
export {bindScrubber, GradientNormFigure, IdentityFigure, whenNearViewport, type FlowViewOptions} from "./FlowFigures.js";
export {describeFlow, flowRuns, unitsForDepth, type FlowSettings} from "./flowRuns.js";
export {formatMagnitude, gradientRows, identityRows, measuredSteps, profileFigures, snapshotAt} from "./flowRows.js";
export {GradientNormChart, logDomain} from "./GradientNormChart.js";
export {IdentityChart} from "./IdentityChart.js";
export {StepScrubber, type StepScrubberElement} from "./StepScrubber.js";
export {FLOW_CSV_TEXT, FLOW_FIGURES_TEXT, FLOW_RUNS_TEXT, FLOW_SENTENCES, IDENTITY_CHART_TEXT, NORM_CHART_TEXT, SCRUBBER_TEXT} from "./text.js";
