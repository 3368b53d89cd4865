/**
 * The loss-landscape lab (issue 14, part 2; Li et al. 2018): plain and residual MLPs trained in the worker, the loss on a
 * grid around their trained weights along filter-normalised directions, the slice through θ, and the verdict.
 */
export {LandscapeLab, landscapeVerdictLine, referenceLandscape} from "./LandscapeLab.js";
export {HeatmapPair, SliceChart} from "./LandscapeCharts.js";
export {LANDSCAPE_CHART_TEXT, LANDSCAPE_CSV_TEXT, LANDSCAPE_LAB_TEXT, LANDSCAPE_SENTENCES} from "./text.js";
export {familyWord, gridRows, landscapeCsvRows, landscapeProgress, landscapeRuns, landscapeSentences, referenceSentence, sessionLandscape, sharedDomain, sliceRows, sliceSentence, type LandscapeSettings} from "./landscapeRows.js";
