/**
 * "Was that luck?": the degradation lab's four nets over five seeds, as one batch of runs for a training session, and
 * what the batch showed — per seed the four final training losses and the graded verdict, and on how many seeds the
 * degradation was shown and cured. Pure: no DOM.
 */
import {degradationVerdict, type DegradationVerdict} from "../../engine/experiments/verdict.js";
import {depthOf} from "../../engine/spec.js";
import {resolveTrainConfig} from "../../engine/train/config.js";
import {finalFigures, judgedRun} from "../../session/runResults.js";
import type {LabelledRun, SessionRun, SessionState} from "../../session/sessionState.js";
import {gradeLabel} from "../../session/verdictText.js";
import {degradationRuns, type DegradationSettings} from "./degradationRuns.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {DEGRADATION_RUNS_TEXT, SEED_BATCH_TEXT} from "./text.js";

/** Seeds in a batch. */
export const BATCH_SIZE = 5;
/** The largest seed the lab accepts (the parameter table's maximum). */
const MAX_SEED = 999_999;

/** The batch's seeds: the lab's seed and the next four (the four before it at the top of the range). */
export function batchSeeds(first: number): number[] {
  const start = Math.min(first, MAX_SEED - BATCH_SIZE + 1);
  return Array.from({length: BATCH_SIZE}, (_, i) => start + i);
}

/** The lab's four runs for each seed; ids "s3/deep-plain", labels "plain-56 · seed 3". */
export function seedBatchRuns(settings: DegradationSettings, options: {mnistUrl?: string; locale?: Locale} = {}): LabelledRun[] {
  const {locale = pageLocale(), ...runOptions} = options;
  const text = localized(DEGRADATION_RUNS_TEXT, locale);
  return batchSeeds(settings.seed).flatMap((seed) =>
    degradationRuns({...settings, seed}, runOptions).runs.map((run) => ({...run, id: `s${seed}/${run.id}`, label: text.seedRunLabel(run.label, seed)}))
  );
}

/** What one seed of the batch showed; the losses are null until that run has finished. */
export interface SeedRow {
  seed: number;
  losses: {shallowPlain: number | null; shallowResidual: number | null; deepPlain: number | null; deepResidual: number | null};
  /** The degradation verdict once the four runs of that seed are over (done or diverged), else null. */
  verdict: DegradationVerdict | null;
}

const isOver = (run: SessionRun) => run.phase === "done" || run.phase === "diverged";

function lossOf(run: SessionRun | undefined): number | null {
  if (!run || !isOver(run)) return null;
  const final = run.phase === "done" ? finalFigures(run) : null;
  return final && Number.isFinite(final.loss) ? final.loss : Number.POSITIVE_INFINITY;
}

/** The rows of a batch's state, one per seed in seed order. */
export function seedRows(state: SessionState): SeedRow[] {
  const bySeed = new Map<number, SessionRun[]>();
  for (const run of state.runs) {
    const seed = resolveTrainConfig(run.request.config).seed;
    bySeed.set(seed, [...(bySeed.get(seed) ?? []), run]);
  }
  return [...bySeed.entries()]
    .sort(([a], [b]) => a - b)
    .map(([seed, runs]) => {
      const depths = [...new Set(runs.map((run) => depthOf(run.request.spec)))].sort((a, b) => a - b);
      const find = (depth: number | undefined, isResidual: boolean) => runs.find((run) => depthOf(run.request.spec) === depth && run.request.spec.isResidual === isResidual);
      const [shallow, deep] = [depths[0], depths[depths.length - 1]];
      const losses = {shallowPlain: lossOf(find(shallow, false)), shallowResidual: lossOf(find(shallow, true)), deepPlain: lossOf(find(deep, false)), deepResidual: lossOf(find(deep, true))};
      const verdict = runs.length === 4 && runs.every(isOver) ? degradationVerdict(runs.map(judgedRun)) : null;
      return {seed, losses, verdict};
    });
}

/** The batch in one sentence: how many seeds showed the degradation cured, and what the others showed. */
export function seedBatchSummary(rows: readonly SeedRow[], locale: Locale = pageLocale()): string {
  if (rows.length === 0) return "";
  const text = localized(SEED_BATCH_TEXT, locale);
  const judged = rows.filter((row) => row.verdict !== null);
  const cured = judged.filter((row) => row.verdict!.grade === "cured");
  if (judged.length < rows.length) return text.progressSummary(judged.length, rows.length, cured.length);
  const others = judged.filter((row) => row.verdict!.grade !== "cured").map((row) => text.otherSeed(row.seed, gradeLabel(row.verdict!)));
  return text.finalSummary(cured.length, rows.length, text.seedList(cured.map((row) => row.seed)), others);
}
