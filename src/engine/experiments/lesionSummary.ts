/**
 * The lesion preset's file (data/lesion.json) summarised: per seed the verdict and its numbers, and over the seeds the
 * mean test error of each single deletion, of k random deletions, and the mean share of the gradient carried by paths
 * of each length. Pure: data/README.md's generator, the page's reference sentence and its reference charts read it alike.
 */
import {seedResults, type ExperimentFile} from "./experimentFile.js";
import {depthOf} from "../spec.js";
import type {LesionAnalysis, NetLesion} from "../lesion/setup.js";
import {gradientShares, meanLength, pathLengthShares} from "../lesion/unravel.js";
import {damage, LESION_THRESHOLDS, lesionVerdict, type LesionGrade} from "../lesion/verdict.js";

/** One family's means over the seeds. */
export interface FamilyMeans {
  id: string;
  baseError: number;
  /** Mean test error with each unit deleted (null where the unit cannot be deleted). */
  single: Array<number | null>;
  /** Mean over seeds and draws of the test error with k random units deleted, k = 1 … */
  random: Array<{k: number; error: number}>;
}

/** What the reference seeds show. */
export interface LesionSummary {
  command: string;
  seeds: Array<{seed: number; holds: boolean; grade: LesionGrade; plainBase: number; residualBase: number; plainMedianError: number; residualMedianError: number}>;
  held: number;
  failing: number[];
  chance: number;
  units: number;
  plain: FamilyMeans;
  residual: FamilyMeans;
  /** Single deletions of the plain nets, over all seeds and units, that moved the error at most the verdict's residual bound towards chance. */
  plainSurvivals: {count: number; of: number};
  /** Mean share of the gradient by path length k = 0 … n, its mean length, and the mean length of all paths (n/2). */
  gradientShares: number[];
  gradientMeanLength: number;
  pathMeanLength: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function familyMeans(nets: readonly NetLesion[]): FamilyMeans {
  return {
    id: nets[0].id,
    baseError: mean(nets.map((net) => net.baseError)),
    single: nets[0].single.map((entry, i) => (entry.error === null ? null : mean(nets.map((net) => net.single[i].error!)))),
    random: nets[0].random.map((entry, i) => ({k: entry.k, error: mean(nets.flatMap((net) => net.random[i].errors))}))
  };
}

/** The summary of a lesion experiment file. */
export function lesionSummary(file: ExperimentFile<LesionAnalysis>): LesionSummary {
  const seeds = seedResults(file).filter((seed) => seed.analysis?.kind === "lesion");
  if (seeds.length === 0) throw new Error(`${file.command}: no lesion analysis in this file`);
  const analyses = seeds.map((seed) => seed.analysis!);
  const rows = seeds.map((seed) => {
    const verdict = lesionVerdict(seed.analysis!)!;
    const {holds, grade, plainBase, residualBase, plainMedianError, residualMedianError} = verdict;
    return {seed: seed.seed, holds, grade, plainBase, residualBase, plainMedianError, residualMedianError};
  });
  const plain = analyses.map((analysis) => analysis.nets.find((net) => !net.isResidual)!);
  const residual = analyses.map((analysis) => analysis.nets.find((net) => net.isResidual)!);
  const shares = residual.filter((net) => net.paths).map((net) => gradientShares(net.paths!.perPath));
  const meanShares = shares.length ? shares[0].map((_, k) => mean(shares.map((row) => row[k]))) : [];
  const units = residual[0].units;
  const plainSingles = plain.flatMap((net) => net.single.filter((entry) => entry.error !== null).map((entry) => damage(entry.error!, net.baseError, net.chance)));
  return {
    command: file.command,
    seeds: rows,
    held: rows.filter((row) => row.holds).length,
    failing: rows.filter((row) => !row.holds).map((row) => row.seed),
    chance: residual[0].chance,
    units,
    plain: familyMeans(plain),
    residual: familyMeans(residual),
    plainSurvivals: {count: plainSingles.filter((value) => value <= LESION_THRESHOLDS.residualMax).length, of: plainSingles.length},
    gradientShares: meanShares,
    gradientMeanLength: meanLength(meanShares),
    pathMeanLength: meanLength(pathLengthShares(units))
  };
}

/** What the lesion page loads: the summary, and each reference seed's analysis (drawn at once for a matching seed). */
export interface LesionReference {
  summary: LesionSummary;
  depth: number;
  analyses: Array<{seed: number; analysis: LesionAnalysis}>;
}

/** The page's reference from a lesion file (its runs' curves are left out: the page draws the deletions). */
export function lesionReference(file: ExperimentFile<LesionAnalysis>): LesionReference {
  const seeds = seedResults(file).filter((seed) => seed.analysis?.kind === "lesion");
  const first = seeds[0]?.runs[0];
  const depth = first ? depthOf(first.spec) : Number.NaN;
  return {summary: lesionSummary(file), depth, analyses: seeds.map((seed) => ({seed: seed.seed, analysis: seed.analysis!}))};
}
