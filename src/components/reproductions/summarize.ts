/**
 * The reference runs of data/ (outputs of the experiment CLI, served by the src/data/reference-*.json.ts
 * loaders) summarised for the Results page: per setting and network, the final training loss and error over
 * the seeds (mean, lowest, highest), the test error, and in how many seeds the degradation was reproduced.
 * Pure data work, no DOM: every number the page shows about our own runs comes from here.
 */
import {seedResults, type ExperimentFile} from "../../engine/experiments/experimentFile.js";
import type {DepthPoint} from "../charts/ErrorVsDepthChart.js";
import {countNetwork, mlpParamCount} from "../../engine/arch/count.js";
import {depthOf, type ModelSpec} from "../../engine/spec.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NAMES_TEXT} from "./text.js";

/** Mean, lowest and highest of some numbers. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
}

function spread(values: readonly number[]): Spread {
  return {mean: values.reduce((a, b) => a + b, 0) / values.length, min: Math.min(...values), max: Math.max(...values)};
}

/** One network of one setting, over the seeds of a file. */
export interface NetSummary {
  /** The run's id in the file, e.g. "plain-56". */
  id: string;
  /** The spec's name, e.g. "plain MLP-56". */
  name: string;
  layers: number;
  isResidual: boolean;
  /** Trainable parameters of the net: {@link mlpParamCount} for MLPs, the architecture arithmetic for conv nets. */
  params: number | null;
  seeds: number[];
  /** Final training loss: mean mini-batch cross-entropy over the last 10% of the steps. */
  loss: Spread;
  /** Final training error, as a fraction. */
  trainError: Spread;
  /** Test error at the end, as a fraction (null when never measured). */
  testError: Spread | null;
  /** Wall-clock time of one run, ms. */
  elapsedMs: Spread;
}

/** A file's setting in words and numbers. */
export interface SettingSummary {
  /** "degradation" etc. — the preset. */
  preset: string;
  command: string;
  /** Data set name (circles, spirals, …). */
  data: string;
  /** Training examples, when the file records it (the toy sets default to the engine's size otherwise). */
  trainSize: number | null;
  /** "pre-activation" or "original" units. */
  units: string;
  width: number | null;
  steps: number;
  batchSize: number;
  lr: number;
  backend: string;
  nets: NetSummary[];
  /** Seeds whose degradation verdict holds, of those that have one. */
  reproduced: {holds: number; of: number};
}

function paramsOf(spec: ModelSpec): number | null {
  // Conv nets: the architecture arithmetic, which equals the TF.js builder's count (test/engine/resnet50Count.test.ts).
  return spec.family === "mlp" ? mlpParamCount(spec) : countNetwork(spec).params;
}

/** Summarises a file: one entry per network id, in the order of the first seed's runs. */
export function summarizeFile(file: ExperimentFile): SettingSummary {
  const seeds = seedResults(file);
  const first = seeds[0];
  const ids = first.runs.map((run) => run.id);
  const nets = ids.map((id): NetSummary => {
    const runs = seeds.map((seed) => seed.runs.find((run) => run.id === id)!);
    const tests = runs.map((run) => run.final.testError).filter((value): value is number => value !== null);
    return {
      id,
      name: runs[0].spec.name,
      layers: depthOf(runs[0].spec),
      isResidual: runs[0].spec.isResidual,
      params: paramsOf(runs[0].spec),
      seeds: seeds.map((seed) => seed.seed),
      loss: spread(runs.map((run) => run.final.loss)),
      trainError: spread(runs.map((run) => run.final.trainError)),
      testError: tests.length === runs.length ? spread(tests) : null,
      elapsedMs: spread(runs.map((run) => run.final.elapsedMs))
    };
  });
  const spec = first.runs[0].spec;
  const config = first.runs[0].config;
  const verdicts = seeds.flatMap((seed) => (seed.verdict?.kind === "degradation" ? [seed.verdict] : []));
  return {
    preset: file.preset,
    command: file.command,
    data: first.data.kind === "toy" ? first.data.name : first.data.kind,
    trainSize: first.data.kind === "toy" ? (first.data.trainSize ?? null) : null,
    units: spec.preActivation ? "pre-activation" : "original",
    width: spec.family === "mlp" ? spec.width : null,
    steps: config.steps,
    batchSize: config.batchSize,
    lr: config.lr,
    backend: first.backend.backend,
    nets,
    reproduced: {holds: verdicts.filter((verdict) => verdict.holds).length, of: verdicts.length}
  };
}

/** Every run of the given files as a point (final training error vs depth), labelled with its file (label in `locale`). */
export function depthPoints(files: ReadonlyArray<{file: ExperimentFile; source: string}>, locale: Locale = pageLocale()): DepthPoint[] {
  const names = localized(NAMES_TEXT, locale);
  return files.flatMap(({file, source}) =>
    seedResults(file).flatMap((seed) =>
      seed.runs.map((run) => ({
        depth: depthOf(run.spec),
        isResidual: run.spec.isResidual,
        value: run.final.trainError,
        isReference: true,
        label: names.pointLabel(names.family(run.spec.isResidual), depthOf(run.spec), seed.seed),
        seed: seed.seed,
        loss: run.final.loss,
        source
      }))
    )
  );
}
