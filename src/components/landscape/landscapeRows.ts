/**
 * The loss-landscape lab's numbers as chart and CSV rows, and the sentences under its charts — pure, from the nets'
 * landscapes (src/engine/landscape/setup.ts: the worker's for a live run, data/landscape.json's for a reference run), so
 * every word is computed from what the charts draw.
 */
import {runsProgress, type AnalysisProgress} from "../charts/AnalysisLab.js";
import {presetExperiment} from "../../engine/experiments/presets.js";
import type {LandscapeSummary} from "../../engine/experiments/landscapeSummary.js";
import {coordinate, judgeLandscape, landscapeRequest, type LandscapeAnalysis, type LandscapeNet} from "../../engine/landscape/setup.js";
import type {LabelledRun, SessionState} from "../../session/sessionState.js";
import {familyName} from "../charts/palette.js";

/** What the lab reads from its controls. */
export interface LandscapeSettings {
  depth: number;
  seed: number;
}

/** The plain net and its residual twin, trained as the landscape preset trains them, each asking for its landscape. */
export function landscapeRuns(settings: LandscapeSettings): LabelledRun[] {
  const experiment = presetExperiment("landscape", {seed: settings.seed, depth: settings.depth});
  return experiment.runs.map((run) => ({id: run.id, label: run.id, spec: run.spec, data: experiment.data, config: run.config, landscape: landscapeRequest(settings.seed)}));
}

/** The analysis of a session whose runs all have their landscapes (plain first), else null. */
export function sessionLandscape(state: SessionState, seed: number): LandscapeAnalysis | null {
  if (state.runs.length === 0 || state.runs.some((run) => run.landscape === null)) return null;
  const nets = state.runs.map((run) => run.landscape!).sort((a, b) => Number(a.isResidual) - Number(b.isResidual));
  const {resolution, extent, examples} = nets[0].landscape;
  return {kind: "landscape", ...landscapeRequest(seed), resolution, extent, examples, nets};
}

/** Grid rows measured and to measure, over the session's runs (null before any has begun). */
export function landscapeProgress(state: SessionState): AnalysisProgress {
  return runsProgress(state, "landscapeProgress");
}

/** log₁₀ of a loss, with the losses a diverged point gives (∞, NaN) shown as the top of the scale. */
const log10 = (loss: number) => (Number.isFinite(loss) && loss > 0 ? Math.log10(loss) : Number.NaN);

/** One row per net and grid point: α, β, the loss and its log₁₀. */
export function gridRows(analysis: LandscapeAnalysis) {
  return analysis.nets.flatMap((net) => {
    const {resolution, extent, grid} = net.landscape;
    return grid.map((loss, i) => ({net: familyName(net.isResidual), alpha: coordinate(i % resolution, resolution, extent), beta: coordinate(Math.floor(i / resolution), resolution, extent), loss, logLoss: log10(loss)}));
  });
}

/** One row per net and point of the 1-D slice β = 0. */
export function sliceRows(analysis: LandscapeAnalysis) {
  return analysis.nets.flatMap((net) => net.landscape.slice.map((loss, i) => ({net: familyName(net.isResidual), alpha: coordinate(i, net.landscape.slice.length, net.landscape.extent), loss})));
}

/** The one colour scale of both heatmaps: the range of log₁₀ L over both grids. */
export function sharedDomain(rows: ReturnType<typeof gridRows>): [number, number] {
  const values = rows.map((row) => row.logLoss).filter(Number.isFinite);
  return values.length === 0 ? [0, 1] : [Math.min(...values), Math.max(...values)];
}

const plainOf = (analysis: LandscapeAnalysis) => analysis.nets.find((net) => !net.isResidual)!;
const residualOf = (analysis: LandscapeAnalysis) => analysis.nets.find((net) => net.isResidual)!;
const share = (value: number) => `${Math.round(100 * value)}%`;

/** One net's landscape in a sentence: L(θ), roughness, basin, minima. */
function netSentence(net: LandscapeNet): string {
  const {metrics, landscape} = net;
  return `the ${familyName(net.isResidual)} net sits at L(θ) = ${landscape.centre.toFixed(3)}; its surface has roughness ${metrics.roughness.toFixed(3)}, a central basin of ${share(metrics.basinShare)} of the grid and ${metrics.gridMinima} local minim${metrics.gridMinima === 1 ? "um" : "a"}`;
}

/** What the two landscapes show, in sentences with their numbers (and a warning when the plain net has not learnt). */
export function landscapeSentences(analysis: LandscapeAnalysis, classes = 2): string[] {
  const plain = plainOf(analysis);
  const residual = residualOf(analysis);
  const chance = Math.log(classes);
  const sentences = [`On the ${plain.landscape.resolution}×${plain.landscape.resolution} grid, ${netSentence(plain)}; ${netSentence(residual)}.`];
  if (plain.landscape.centre >= 0.9 * chance) {
    sentences.push(
      `The plain net has hardly learnt anything: its loss at θ is close to ${chance.toFixed(3)}, the loss of a guess. What is drawn is the ground it is stuck on — the landscape around the weights its training could not get out of.`
    );
  }
  return sentences;
}

/** The slice in a sentence: strict local minima along β = 0 for each net. */
export function sliceSentence(analysis: LandscapeAnalysis): string {
  const [plain, residual] = [plainOf(analysis).metrics.sliceMinima, residualOf(analysis).metrics.sliceMinima];
  return `Along the line through θ (β = 0), the loss has ${plain} local minim${plain === 1 ? "um" : "a"} for the plain net and ${residual} for the residual net.`;
}

/** The verdict of an analysis (the deepest pair it holds). */
export const verdictOf = judgeLandscape;

/** The reference seeds in a sentence, every number from the summary. */
export function referenceSentence(summary: LandscapeSummary): string {
  const failing = summary.failing.length === 0 ? "" : ` — not for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}`;
  const plain = summary.means.find((net) => !net.isResidual && net.depth === summary.verdictDepth);
  const residual = summary.means.find((net) => net.isResidual && net.depth === summary.verdictDepth);
  const means =
    plain && residual
      ? ` Averaged over them, the plain nets' surfaces have roughness ${plain.roughness.toFixed(3)} and a central basin of ${share(plain.basinShare)}, the residual nets' ${residual.roughness.toFixed(3)} and ${share(residual.basinShare)}; the plain nets sit at L(θ) = ${plain.centre.toFixed(3)} on average, the residual nets at ${residual.centre.toFixed(3)}.`
      : "";
  return `On the reference runs (seeds ${summary.seeds[0].seed}–${summary.seeds.at(-1)!.seed}, ${summary.verdictDepth} layers), the verdict holds for ${summary.held} of ${summary.seeds.length} seeds${failing}.${means}`;
}
