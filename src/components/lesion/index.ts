/**
 * The lesion lab (issue 14, part 1; Veit et al. 2016): plain and residual MLPs trained in the worker, then their units
 * deleted without retraining, the unravelled view of the residual net's paths, and the verdict.
 */
export {LesionLab, lesionVerdictLine, referenceAnalysis} from "./LesionLab.js";
export {PathShareChart, PerPathChart, RandomChart, SingleChart} from "./LesionCharts.js";
export {lesionProgress, lesionRuns, pathRows, pathSentence, randomMeanRows, randomRows, randomSentence, referenceFindings, referenceSentence, sessionAnalysis, singleRows, singleSentences, type LesionSettings} from "./lesionRows.js";
export {LESION_CHART_TEXT, LESION_CSV_TEXT, LESION_LAB_TEXT, LESION_SENTENCES} from "./text.js";
