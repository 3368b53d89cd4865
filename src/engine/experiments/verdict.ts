/**
 * What a set of finished runs shows, graded from their numbers — the one judge behind every verdict sentence of the
 * site (degradation lab, Lab page) and the experiment CLI's `verdict`. Pure data: the words are made from these
 * fields by the session layer, so every sentence can quote the numbers it rests on.
 *
 * - Four runs, plain and residual at two depths: the **degradation** verdict (He et al. 2015, Fig. 1 and Fig. 6).
 *   The deep plain net *degrades* when its final training loss ends clearly above the shallow plain net's; the
 *   deep residual net is then graded by how much of that gap it closes.
 * - Two runs, plain and residual at one depth: the **twins** verdict — which of the two learned.
 * - One run: the **single** verdict — did it learn, or is it still at chance.
 *
 * A loss is "clearly above" another when it exceeds it by more than the margin, max(0.05, 20% of it) nats; a run
 * is "at chance" while its training error is at least 80% of the error of guessing (1 − 1/classes).
 */
import {depthOf, type ModelSpec} from "../spec.js";
import type {RunStatus} from "../train/snapshot.js";

/** What the judge reads of a run: its net and its final figures. */
export interface JudgedRun {
  spec: ModelSpec;
  final: {status: RunStatus; loss: number; trainError: number; testError?: number | null};
}

/** The margin: a loss is clearly above a reference loss r when it exceeds r + max(absolute, relative·r). */
export const DEGRADATION_MARGIN = {relative: 0.2, absolute: 0.05};
/** A run is at chance while its training error is at least this fraction of the error of guessing. */
export const CHANCE_FRACTION = 0.8;
/**
 * A residual net that ends clearly above the shallow plain net still "closes most of the gap" when it ends at least
 * this fraction of the way from the deep plain net's loss down to the shallow plain net's.
 */
export const MOST_OF_THE_GAP = 0.5;

/**
 * Grades of the degradation verdict:
 * - `cured`: the deep plain net degrades, the deep residual net does not (the paper's finding);
 * - `helped`: the deep plain net degrades; the deep residual net closes most of the gap but still ends clearly above
 *   the shallow plain net at this budget;
 * - `not-cured`: both deep nets end clearly above the shallow plain net, the residual one not much better;
 * - `none`: the deep plain net does not end clearly above the shallow one — no degradation at this budget;
 * - `diverged`: a run's loss became infinite or not a number.
 */
export type DegradationGrade = "cured" | "helped" | "not-cured" | "none" | "diverged";

/** The degradation check on a shallow/deep pair of plain and residual runs. */
export interface DegradationVerdict {
  kind: "degradation";
  grade: DegradationGrade;
  shallowDepth: number;
  deepDepth: number;
  /** Final training losses (non-finite for a diverged run). */
  losses: {shallowPlain: number; deepPlain: number; shallowResidual: number; deepResidual: number};
  /** Final training errors, fractions. */
  errors: {shallowPlain: number; deepPlain: number; shallowResidual: number; deepResidual: number};
  /** A loss is "clearly above" the shallow plain net's when it exceeds it by more than this. */
  margin: number;
  /** Deep plain clearly above shallow plain (a diverged deep plain net counts as above). */
  plainDegrades: boolean;
  /** Deep residual clearly above shallow plain (a diverged one counts as above). */
  residualDegrades: boolean;
  /** Of the gap between the deep plain and the shallow plain net's loss, the fraction the deep residual net closes (null without a gap). */
  gapClosed: number | null;
  /** Which runs diverged ("deepPlain", …). */
  diverged: Array<keyof DegradationVerdict["losses"]>;
  /** `grade === "cured"`: the paper's finding, reproduced (the CLI's `holds`). */
  holds: boolean;
}

/** Grades of the twins verdict (plain and residual at one depth). */
export type TwinsGrade = "both-learned" | "only-residual" | "only-plain" | "neither" | "diverged";

/** Which of a plain net and its residual twin learned. */
export interface TwinsVerdict {
  kind: "twins";
  grade: TwinsGrade;
  depth: number;
  classes: number;
  /** The training error of guessing, 1 − 1/classes. */
  chanceError: number;
  plain: {loss: number; trainError: number; atChance: boolean; diverged: boolean};
  residual: {loss: number; trainError: number; atChance: boolean; diverged: boolean};
  /** `grade === "only-residual"`: the shortcut made the difference. */
  holds: boolean;
}

/** Whether one run learned. */
export interface SingleVerdict {
  kind: "single";
  grade: "learned" | "at-chance" | "diverged";
  depth: number;
  isResidual: boolean;
  classes: number;
  chanceError: number;
  loss: number;
  trainError: number;
  /** `grade === "learned"`. */
  holds: boolean;
}

/** Any verdict of {@link judgeRuns}. */
export type RunsVerdict = DegradationVerdict | TwinsVerdict | SingleVerdict;

const isDiverged = (run: JudgedRun) => run.final.status === "diverged" || !Number.isFinite(run.final.loss);

/** The margin above a reference loss. */
export function marginAbove(reference: number): number {
  return Math.max(DEGRADATION_MARGIN.absolute, DEGRADATION_MARGIN.relative * reference);
}

/** The training error of guessing among `classes` classes. */
export function chanceError(classes: number): number {
  return 1 - 1 / classes;
}

/** True while a training error is at chance level for `classes` classes. */
export function isAtChance(trainError: number, classes: number): boolean {
  return !Number.isFinite(trainError) || trainError >= CHANCE_FRACTION * chanceError(classes);
}

/** The degradation verdict for runs of two depths, plain and residual each (null when the runs do not form such a set). */
export function degradationVerdict(runs: readonly JudgedRun[]): DegradationVerdict | null {
  const depths = [...new Set(runs.map((run) => depthOf(run.spec)))].sort((a, b) => a - b);
  if (depths.length !== 2 || runs.length !== 4) return null;
  const find = (depth: number, isResidual: boolean) => runs.find((run) => depthOf(run.spec) === depth && run.spec.isResidual === isResidual);
  const found = {shallowPlain: find(depths[0], false), deepPlain: find(depths[1], false), shallowResidual: find(depths[0], true), deepResidual: find(depths[1], true)};
  if (Object.values(found).some((run) => run === undefined)) return null;
  const named = found as Record<keyof typeof found, JudgedRun>;
  const names = Object.keys(named) as Array<keyof typeof found>;
  const lossOf = (run: JudgedRun) => (isDiverged(run) ? Number.POSITIVE_INFINITY : run.final.loss);
  const losses = Object.fromEntries(names.map((name) => [name, lossOf(named[name])])) as DegradationVerdict["losses"];
  const errors = Object.fromEntries(names.map((name) => [name, named[name].final.trainError])) as DegradationVerdict["errors"];
  const diverged = names.filter((name) => isDiverged(named[name]));
  const margin = marginAbove(losses.shallowPlain);
  const isClearlyAbove = (value: number) => !Number.isFinite(value) || value > losses.shallowPlain + margin;
  const plainDegrades = isClearlyAbove(losses.deepPlain);
  const residualDegrades = isClearlyAbove(losses.deepResidual);
  const gap = losses.deepPlain - losses.shallowPlain;
  const gapClosed = Number.isFinite(gap) && gap > 0 && Number.isFinite(losses.deepResidual) ? (losses.deepPlain - losses.deepResidual) / gap : null;
  const grade: DegradationGrade =
    diverged.length > 0 ? "diverged"
    : !plainDegrades ? "none"
    : !residualDegrades ? "cured"
    : gapClosed !== null && gapClosed >= MOST_OF_THE_GAP ? "helped"
    : "not-cured";
  return {kind: "degradation", grade, shallowDepth: depths[0], deepDepth: depths[1], losses, errors, margin, plainDegrades, residualDegrades, gapClosed, diverged, holds: grade === "cured"};
}

function learnerOf(run: JudgedRun) {
  const diverged = isDiverged(run);
  return {loss: diverged ? Number.POSITIVE_INFINITY : run.final.loss, trainError: run.final.trainError, atChance: diverged || isAtChance(run.final.trainError, run.spec.classes), diverged};
}

/** The twins verdict for a plain net and its residual twin of one depth (null otherwise). */
export function twinsVerdict(runs: readonly JudgedRun[]): TwinsVerdict | null {
  if (runs.length !== 2) return null;
  const plainRun = runs.find((run) => !run.spec.isResidual);
  const residualRun = runs.find((run) => run.spec.isResidual);
  if (!plainRun || !residualRun || depthOf(plainRun.spec) !== depthOf(residualRun.spec)) return null;
  const [plain, residual] = [learnerOf(plainRun), learnerOf(residualRun)];
  const grade: TwinsGrade =
    plain.diverged || residual.diverged ? "diverged"
    : plain.atChance && residual.atChance ? "neither"
    : plain.atChance ? "only-residual"
    : residual.atChance ? "only-plain"
    : "both-learned";
  const classes = plainRun.spec.classes;
  return {kind: "twins", grade, depth: depthOf(plainRun.spec), classes, chanceError: chanceError(classes), plain, residual, holds: grade === "only-residual"};
}

/** The single-run verdict. */
export function singleVerdict(run: JudgedRun): SingleVerdict {
  const learner = learnerOf(run);
  const grade = learner.diverged ? "diverged" : learner.atChance ? "at-chance" : "learned";
  const classes = run.spec.classes;
  return {kind: "single", grade, depth: depthOf(run.spec), isResidual: run.spec.isResidual, classes, chanceError: chanceError(classes), loss: learner.loss, trainError: learner.trainError, holds: grade === "learned"};
}

/** The verdict that fits the runs: degradation for four, twins for a plain/residual pair, single for one; else null. */
export function judgeRuns(runs: readonly JudgedRun[]): RunsVerdict | null {
  if (runs.length === 4) return degradationVerdict(runs);
  if (runs.length === 2) return twinsVerdict(runs);
  if (runs.length === 1) return singleVerdict(runs[0]);
  return null;
}
