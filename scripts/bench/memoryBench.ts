/**
 * Peak memory of each lab at its largest settings (issue 15): for every case, the session's memory as the page
 * predicts it before starting (src/session/estimate.ts), what the page then does (starts, asks first, or refuses),
 * and TF.js's own count of peak tensor bytes over the first two `next()` calls of the case's largest run — a test
 * evaluation and a training step — measured on the wasm backend with the project's kernels, beside that run's
 * prediction. Cases the page refuses are measured only without `--quick` (the largest takes about 5 GB).
 */
import * as tf from "@tensorflow/tfjs-core";
import {initBackend} from "../../src/engine/backend.ts";
import {loadData} from "../../src/engine/data/request.ts";
import {createTrainer} from "../../src/engine/train/trainer.ts";
import {resolveTrainConfig} from "../../src/engine/train/config.ts";
import {loadMnistSubset} from "../../src/data/mnistFiles.ts";
import {admission, describeEstimate, predictRunBytes, predictSessionBytes} from "../../src/session/estimate.ts";
import type {LabelledRun} from "../../src/session/sessionState.ts";
import {parseLabParams} from "../../src/components/controls/urlState.ts";
import {labRunRequests} from "../../src/components/labPage/labRuns.ts";
import {shortcutRunRequests} from "../../src/components/shortcutLab/shortcutRuns.ts";
import {degradationRuns} from "../../src/components/degradationLab/degradationRuns.ts";
import {flowRuns} from "../../src/components/gradientFlow/flowRuns.ts";
import {heroRuns} from "../../src/components/hero/heroRuns.ts";

/** One lab at some settings. */
export interface MemoryCase {
  lab: string;
  query: string;
  runs: LabelledRun[];
  /** Whether the lab offers a batch-size control (its refusal then names a batch that fits). */
  canChangeBatch: boolean;
}

/** Every lab at its largest settings (and the Lab page also at the largest it lets start). */
export function memoryCases(): MemoryCase[] {
  const lab = (query: string): MemoryCase => ({lab: "Lab", query, runs: labRunRequests(parseLabParams("lab", query).values, ""), canChangeBatch: true});
  const shortcutQuery = "?depth=110&width=32&steps=5000";
  const degradationQuery = "?shallow=110&deep=110&data=mnist&steps=5000";
  const flowQuery = "?depth=110&steps=5000";
  return [
    lab("?dataset=mnist14&depth=110&width=32&batchSize=256&steps=5000"),
    lab("?dataset=mnist14&depth=110&width=32&batchSize=32&steps=5000"),
    lab("?dataset=spirals&units=54&hidden=256&batchSize=256&steps=5000"),
    {lab: "Residual units (shortcuts)", query: shortcutQuery, runs: shortcutRunRequests(parseLabParams("shortcuts", shortcutQuery).values, ""), canChangeBatch: false},
    {lab: "Degradation", query: degradationQuery, runs: degradationRuns(parseLabParams("degradation", degradationQuery).values).runs, canChangeBatch: false},
    {lab: "Gradient flow", query: flowQuery, runs: flowRuns(parseLabParams("gradientFlow", flowQuery).values), canChangeBatch: false},
    {lab: "Overview (hero)", query: "", runs: heroRuns(1), canChangeBatch: false}
  ];
}

/** What one case measured. */
export interface MemoryResult {
  lab: string;
  query: string;
  runs: number;
  /** The page's prediction for the whole session on two workers, bytes. */
  sessionBytes: number;
  decision: "ok" | "ask" | "refuse";
  /** The largest run: its label, predicted and measured peak tensor bytes (null when not measured). */
  largest: string;
  predictedBytes: number;
  measuredBytes: number | null;
}

/** Measures every case on wasm (two workers, as on a 2-core laptop). */
export async function runMemoryBench({quick}: {quick: boolean}, log: (line: string) => void): Promise<MemoryResult[]> {
  await initBackend({preference: "wasm", family: "conv"});
  const results: MemoryResult[] = [];
  for (const memoryCase of memoryCases()) {
    const {runs} = memoryCase;
    const sized = runs.map((run) => ({run, bytes: predictRunBytes(run.spec, resolveTrainConfig(run.config), run.data)}));
    const {run: largest, bytes: predictedBytes} = sized.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const ms = describeEstimate(runs, {backend: "wasm", calibration: {}, cores: 2}).ms;
    const decision = admission(runs, ms, {workers: 2, canChangeBatch: memoryCase.canChangeBatch}).kind;
    let measuredBytes: number | null = null;
    if (!(quick && decision === "refuse")) {
      log(`memory: ${memoryCase.lab} ${memoryCase.query || "(defaults)"}: ${largest.label}`);
      const dataset = await loadData(largest.data, async () => loadMnistSubset());
      const baseline = tf.memory().numBytes;
      const trainer = await createTrainer(largest.spec, dataset, largest.config);
      const profile = await tf.profile(async () => {
        await trainer.next();
        await trainer.next();
      });
      measuredBytes = Math.max(profile.peakBytes, tf.memory().numBytes) - baseline;
      trainer.cancel();
    }
    results.push({lab: memoryCase.lab, query: memoryCase.query, runs: runs.length, sessionBytes: predictSessionBytes(runs, 2), decision, largest: largest.label, predictedBytes, measuredBytes});
  }
  return results;
}
