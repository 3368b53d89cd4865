/**
 * Runs an experiment's runs one after another on the active backend and gathers their results. Progress goes to
 * a callback (the CLI draws a bar from it). Node and browser alike; the caller chooses the backend and loads the data.
 */
import type {Dataset} from "../data/dataset.js";
import {resolveTrainConfig} from "../train/config.js";
import type {Snapshot} from "../train/snapshot.js";
import {trainRun} from "../train/run.js";
import type {Experiment, ExperimentRun} from "./presets.js";
import type {TrainerHooks} from "../train/trainer.js";
import {summarizeRun, type RunResult} from "./summary.js";
import {judgeRuns, type RunsVerdict} from "./verdict.js";
import {layerResponses, RESPONSE_EXAMPLES} from "../train/responses.js";
import * as tf from "@tensorflow/tfjs-core";
import {measureShattered, type ShatteredAnalysis} from "../shattered/shattered.js";
import {shatteredVerdict, type ShatteredVerdict} from "../shattered/verdict.js";
import {judgeLandscape, measureNet, type LandscapeAnalysis, type LandscapeNet} from "../landscape/analysis.js";
import type {LandscapeVerdict} from "../landscape/verdict.js";
import {LESION_DEFAULTS, lesionNet, type LesionAnalysis, type NetLesion} from "../lesion/lesion.js";
import {lesionVerdict, type LesionVerdict} from "../lesion/verdict.js";

/** Where an experiment stands, for a progress display. */
export interface ExperimentProgress {
  /** 0-based index of the current run, and the number of runs. */
  run: number;
  runs: number;
  id: string;
  snapshot: Snapshot;
  /** Steps done over all runs / all steps of all runs. */
  fraction: number;
}

/** The results of an experiment. */
export interface ExperimentResult {
  runs: RunResult[];
  /** What the runs show (`judgeRuns`): degradation for two depths of twins, twins for one pair; null for a sweep. */
  verdict: RunsVerdict | ShatteredVerdict | LandscapeVerdict | LesionVerdict | null;
  /** The preset's analysis of the trained nets, if it has one. */
  analysis?: ResponsesAnalysis | ShatteredAnalysis | LandscapeAnalysis | LesionAnalysis;
}

/** Fig. 7's measurement: per run, the std of each layer's response on the first test examples, in layer order. */
export interface ResponsesAnalysis {
  kind: "responses";
  examples: number;
  runs: Array<{id: string; std: number[]}>;
}

/** The shattered preset: nothing trains; its nets are measured at initialisation and judged. */
async function runShattered(experiment: Experiment, onProgress?: (done: number, total: number) => void): Promise<ExperimentResult> {
  const analysis = await measureShattered(experiment.shattered!, onProgress);
  return {runs: [], verdict: shatteredVerdict(analysis), analysis};
}

/** The landscape preset: each net's landscape, measured when it has trained (onDone), before its tensors go. */
function landscapeHook(experiment: Experiment, dataset: Dataset, nets: LandscapeNet[], onMeasured?: (done: number, total: number) => void) {
  return (run: ExperimentRun) => async (model: Parameters<typeof measureNet>[1]) => {
    nets.push(await measureNet(run.id, model, dataset, experiment.landscape!));
    onMeasured?.(nets.length, experiment.runs.length);
  };
}

/** Trains every run of `experiment` on `dataset`, in order (the shattered preset trains nothing: `dataset` may be null). */
export async function runExperiment(experiment: Experiment, dataset: Dataset | null, onProgress?: (progress: ExperimentProgress) => void, onMeasured?: (done: number, total: number) => void): Promise<ExperimentResult> {
  if (experiment.analysis === "shattered") return runShattered(experiment, onMeasured);
  if (!dataset) throw new Error(`the ${experiment.preset} preset trains: it needs a data set`);
  const totalSteps = experiment.runs.reduce((sum, run) => sum + resolveTrainConfig(run.config).steps, 0);
  let stepsBefore = 0;
  const results: RunResult[] = [];
  const responses: ResponsesAnalysis["runs"] = [];
  const landscapeNets: LandscapeNet[] = [];
  const lesions: NetLesion[] = [];
  type OnDone = NonNullable<TrainerHooks["onDone"]>;
  const onDone: ((run: ExperimentRun) => OnDone) | undefined =
    experiment.analysis === "landscape"
      ? landscapeHook(experiment, dataset, landscapeNets, onMeasured)
      : experiment.analysis === "responses"
      ? (run) => (model, testX) => {
          const x = tf.slice(testX, 0, Math.min(RESPONSE_EXAMPLES, testX.shape[0]));
          responses.push({id: run.id, std: layerResponses(model, x)});
          x.dispose();
        }
      : experiment.analysis === "lesion"
        ? (run) => async (model, _, data) => void lesions.push(await lesionNet(run.id, model, data, {...LESION_DEFAULTS, seed: run.config.seed ?? 1}))
        : undefined;
  for (const [index, run] of experiment.runs.entries()) {
    const config = resolveTrainConfig(run.config);
    const snapshots: Snapshot[] = [];
    for await (const snapshot of trainRun(run.spec, dataset, config, {onDone: onDone?.(run)})) {
      snapshots.push(snapshot);
      onProgress?.({run: index, runs: experiment.runs.length, id: run.id, snapshot, fraction: (stepsBefore + snapshot.step) / totalSteps});
    }
    stepsBefore += config.steps;
    results.push({id: run.id, spec: run.spec, config, ...summarizeRun(snapshots, config)});
  }
  if (experiment.analysis === "landscape") {
    const analysis: LandscapeAnalysis = {kind: "landscape", ...experiment.landscape!, nets: landscapeNets};
    return {runs: results, verdict: judgeLandscape(analysis), analysis};
  }
  if (experiment.analysis === "lesion") {
    const analysis: LesionAnalysis = {kind: "lesion", examples: dataset.test.count, draws: LESION_DEFAULTS.draws, nets: lesions};
    return {runs: results, verdict: lesionVerdict(analysis), analysis};
  }
  const analysis: ResponsesAnalysis | undefined = onDone ? {kind: "responses", examples: RESPONSE_EXAMPLES, runs: responses} : undefined;
  return {runs: results, verdict: judgeRuns(results), ...(analysis ? {analysis} : {})};
}
