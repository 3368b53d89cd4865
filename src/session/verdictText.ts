/**
 * Verdicts in words: every sentence a lab, the Results page or the CLI says about what a set of runs showed is made
 * here from the verdict's own numbers (src/engine/experiments/verdict.ts), so a sentence can never say more — or
 * other — than its chart. Losses in nats to three decimals, errors in percent to one. The words are ./text.ts's
 * (VERDICT_TEXT); every function takes a `locale`, by default the page's language (English in Node and the CLI).
 */
import type {DegradationVerdict, RunsVerdict, SingleVerdict, TwinsVerdict} from "../engine/experiments/verdict.js";
import type {LesionVerdict} from "../engine/lesion/verdict.js";
import type {LandscapeVerdict} from "../engine/landscape/verdict.js";
import type {ShatteredVerdict} from "../engine/shattered/verdict.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {VERDICT_TEXT, type DegradationWords} from "./text.js";

/** A loss as the sentences quote it. */
export const formatLoss = (loss: number, locale: Locale = pageLocale()) => (Number.isFinite(loss) ? loss.toFixed(3) : localized(VERDICT_TEXT, locale).lossMissing);
/** An error fraction as the sentences quote it, e.g. "4.2%". */
export const formatPercent = (fraction: number, locale: Locale = pageLocale()) =>
  Number.isFinite(fraction) ? `${(100 * fraction).toFixed(1)}%` : localized(VERDICT_TEXT, locale).percentMissing;

/** The degradation verdict in words: the grade, then every number it rests on. */
export function degradationText(verdict: DegradationVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale);
  const {shallowDepth: s, deepDepth: d, losses, margin, gapClosed} = verdict;
  const loss = (value: number) => formatLoss(value, locale);
  const words: DegradationWords = {
    shallow: s,
    deep: d,
    share: `${Math.round(100 * Math.max(0, gapClosed ?? 0))}%`,
    losses: {shallowPlain: loss(losses.shallowPlain), deepPlain: loss(losses.deepPlain), shallowResidual: loss(losses.shallowResidual), deepResidual: loss(losses.deepResidual)},
    margin: margin.toFixed(3),
    isAtOrBelow: losses.deepResidual <= losses.shallowPlain,
    diverged: verdict.diverged.map((name) => text.net(name.endsWith("Residual"), name.startsWith("shallow") ? s : d))
  };
  const grades = {cured: text.degradation.cured, helped: text.degradation.helped, "not-cured": text.degradation.notCured, none: text.degradation.none, diverged: text.degradation.diverged};
  return text.degradation.join(grades[verdict.grade](words), text.degradation.facts(words));
}

/** The twins verdict (a plain net and its residual twin of one depth) in words. */
export function twinsText(verdict: TwinsVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale);
  const {depth: L, plain, residual, chanceError, classes} = verdict;
  const percent = (fraction: number) => formatPercent(fraction, locale);
  const both = text.twins.both({depth: L, classes, chance: percent(chanceError), plain: percent(plain.trainError), residual: percent(residual.trainError)});
  switch (verdict.grade) {
    case "only-residual":
      return text.twins.onlyResidual(both);
    case "only-plain":
      return text.twins.onlyPlain(both);
    case "both-learned":
      return text.twins.bothLearned(both);
    case "neither":
      return text.twins.neither(both);
    case "diverged": {
      const names = [plain.diverged ? text.net(false, L) : "", residual.diverged ? text.net(true, L) : ""].filter(Boolean);
      return text.twins.diverged(text.and(names));
    }
  }
}

/** The single-run verdict in words. */
export function singleText(verdict: SingleVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale);
  const net = text.net(verdict.isResidual, verdict.depth);
  const words = {depth: verdict.depth, classes: verdict.classes, chance: formatPercent(verdict.chanceError, locale)};
  switch (verdict.grade) {
    case "learned":
      return text.single.learned(net, formatPercent(verdict.trainError, locale), words);
    case "at-chance":
      return text.single.atChance(net, formatPercent(verdict.trainError, locale), words);
    case "diverged":
      return text.single.diverged(net);
  }
}

/** Any verdict of the judge in words. */
export function verdictText(verdict: RunsVerdict, locale: Locale = pageLocale()): string {
  switch (verdict.kind) {
    case "degradation":
      return degradationText(verdict, locale);
    case "twins":
      return twinsText(verdict, locale);
    case "single":
      return singleText(verdict, locale);
  }
}

/** A verdict's grade in a few words (tables, the many-seeds summary). */
export function gradeLabel(verdict: RunsVerdict, locale: Locale = pageLocale()): string {
  return localized(VERDICT_TEXT, locale).grades[verdict.grade];
}

/**
 * How the reader's verdict compares with the verdict of the reference runs of the same settings (null without
 * references): the same grade, or which one they reached and why a run can differ.
 */
export function compareWithReference(verdict: RunsVerdict, reference: RunsVerdict | null, locale: Locale = pageLocale()): string | null {
  if (!reference) return null;
  const text = localized(VERDICT_TEXT, locale);
  if (reference.grade === verdict.grade) return text.sameAsReference;
  return text.otherThanReference(gradeLabel(reference, locale));
}

/** The lag-1 autocorrelation as the sentences quote it. */
export const formatCorrelation = (value: number, locale: Locale = pageLocale()) =>
  Number.isFinite(value) ? value.toFixed(2) : localized(VERDICT_TEXT, locale).correlationMissing;

/** The shattered-gradients verdict (Balduzzi et al. 2017) in words: the grade, then the two r₁ and the thresholds. */
export function shatteredText(verdict: ShatteredVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale).shattered;
  const {depth, plainLag1, residualLag1, thresholds} = verdict;
  const facts = text.facts(depth, formatCorrelation(plainLag1, locale), formatCorrelation(residualLag1, locale), thresholds.plainMax, thresholds.minGap);
  switch (verdict.grade) {
    case "holds":
      return text.holds(depth, facts);
    case "weak":
      return text.weak(residualLag1 > plainLag1, facts);
    case "reversed":
      return text.reversed(facts);
  }
}

/** The lesion verdict (Veit et al. 2016) in words: the grade, then the intact and median single-deletion errors and the thresholds. */
export function lesionText(verdict: LesionVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale).lesion;
  const {plainBase, residualBase, plainMedianError, residualMedianError, chance, thresholds} = verdict;
  const percent = (fraction: number) => formatPercent(fraction, locale);
  const facts = text.facts({
    plainBase: percent(plainBase),
    plainMedian: percent(plainMedianError),
    residualBase: percent(residualBase),
    residualMedian: percent(residualMedianError),
    chance: percent(chance),
    residualMax: 100 * thresholds.residualMax,
    plainMin: 100 * thresholds.plainMin
  });
  switch (verdict.grade) {
    case "holds":
      return text.holds(facts);
    case "weak":
      return text.weak(facts);
    case "reversed":
      return text.reversed(facts);
  }
}

/** The loss-landscape verdict (Li et al. 2018) in words: the grade, then the roughness ratio, the basins and the thresholds. */
export function landscapeText(verdict: LandscapeVerdict, locale: Locale = pageLocale()): string {
  const text = localized(VERDICT_TEXT, locale).landscape;
  const {depth, roughnessRatio, plain, residual, thresholds} = verdict;
  const facts = text.facts({
    depth,
    ratio: text.ratio(roughnessRatio),
    plainRoughness: plain.roughness.toFixed(3),
    residualRoughness: residual.roughness.toFixed(3),
    plainBasin: Math.round(100 * plain.basinShare),
    residualBasin: Math.round(100 * residual.basinShare),
    minRatio: thresholds.minRoughnessRatio
  });
  switch (verdict.grade) {
    case "holds":
      return text.holds(facts);
    case "weak":
      return text.weak(facts);
    case "reversed":
      return text.reversed(facts);
  }
}
