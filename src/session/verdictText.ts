/**
 * Verdicts in words: every sentence a lab, the Results page or the CLI says about what a set of runs showed is made
 * here from the verdict's own numbers (src/engine/experiments/verdict.ts), so a sentence can never say more — or
 * other — than its chart. Losses in nats to three decimals, errors in percent to one.
 */
import type {DegradationVerdict, RunsVerdict, SingleVerdict, TwinsVerdict} from "../engine/experiments/verdict.js";
import type {LesionVerdict} from "../engine/lesion/verdict.js";
import type {LandscapeVerdict} from "../engine/landscape/verdict.js";
import type {ShatteredVerdict} from "../engine/shattered/verdict.js";

/** A loss as the sentences quote it. */
export const formatLoss = (loss: number) => (Number.isFinite(loss) ? loss.toFixed(3) : "no number (it diverged)");
/** An error fraction as the sentences quote it, e.g. "4.2%". */
export const formatPercent = (fraction: number) => (Number.isFinite(fraction) ? `${(100 * fraction).toFixed(1)}%` : "no number");

const NET_NAMES = {shallowPlain: "plain", deepPlain: "plain", shallowResidual: "residual", deepResidual: "residual"} as const;

/** The degradation verdict in words: the grade, then every number it rests on. */
export function degradationText(verdict: DegradationVerdict): string {
  const {shallowDepth: s, deepDepth: d, losses, margin, gapClosed} = verdict;
  const share = `${Math.round(100 * Math.max(0, gapClosed ?? 0))}%`;
  const facts =
    `final training loss: plain-${s} ${formatLoss(losses.shallowPlain)}, plain-${d} ${formatLoss(losses.deepPlain)}, ` +
    `residual-${s} ${formatLoss(losses.shallowResidual)}, residual-${d} ${formatLoss(losses.deepResidual)} (margin ${margin.toFixed(3)}).`;
  const grade = (() => {
    switch (verdict.grade) {
      case "cured":
        return `Degradation shown and cured: the ${d}-layer plain net ends clearly above the ${s}-layer plain net, while its residual twin ends ${losses.deepResidual <= losses.shallowPlain ? "at or below" : "within the margin of"} the ${s}-layer plain net`;
      case "helped":
        return (
          `Degradation shown; the shortcuts help but have not caught up at this budget: the ${d}-layer plain net ends clearly above the ${s}-layer plain net, ` +
          `and its residual twin is far better (it closes ${share} of the gap) but still ends above the ${s}-layer plain net by more than the margin`
        );
      case "not-cured":
        return `Degradation shown, and not cured at this budget: both ${d}-layer nets end clearly above the ${s}-layer plain net (the residual one closes ${share} of the gap)`;
      case "none":
        return `No degradation at this budget: the ${d}-layer plain net does not end clearly above the ${s}-layer plain net`;
      case "diverged": {
        const names = verdict.diverged.map((name) => `${NET_NAMES[name]}-${name.startsWith("shallow") ? s : d}`);
        return `Diverged: the training loss of ${names.join(" and ")} became infinite or not a number, so there is no verdict (a lower learning rate, or another seed, may train)`;
      }
    }
  })();
  return `${grade} — ${facts}`;
}

/** The twins verdict (a plain net and its residual twin of one depth) in words. */
export function twinsText(verdict: TwinsVerdict): string {
  const {depth: L, plain, residual, chanceError, classes} = verdict;
  const guessing = `guessing among ${classes} classes gives ${formatPercent(chanceError)}`;
  const both = `plain-${L} ends at ${formatPercent(plain.trainError)} training error and residual-${L} at ${formatPercent(residual.trainError)} (${guessing})`;
  switch (verdict.grade) {
    case "only-residual":
      return `Only the residual net learned: ${both}. Same depth, same data, same starting weights — only the shortcuts differ.`;
    case "only-plain":
      return `Only the plain net learned: ${both}.`;
    case "both-learned":
      return `Both nets learned: ${both}.`;
    case "neither":
      return `Neither net has learned yet: ${both}, so both are still at chance. At these settings the task is too hard for this budget — try more steps, a wider net or easier data.`;
    case "diverged": {
      const names = [plain.diverged ? `plain-${L}` : "", residual.diverged ? `residual-${L}` : ""].filter(Boolean);
      return `Diverged: the training loss of ${names.join(" and ")} became infinite or not a number. A lower learning rate, or another seed, may train.`;
    }
  }
}

/** The single-run verdict in words. */
export function singleText(verdict: SingleVerdict): string {
  const net = `${verdict.isResidual ? "residual" : "plain"}-${verdict.depth}`;
  const guessing = `guessing among ${verdict.classes} classes gives ${formatPercent(verdict.chanceError)}`;
  switch (verdict.grade) {
    case "learned":
      return `${net} learned: it ends at ${formatPercent(verdict.trainError)} training error (${guessing}).`;
    case "at-chance":
      return `${net} has not learned yet: it ends at ${formatPercent(verdict.trainError)} training error, still at chance (${guessing}). Try more steps, a wider net or easier data.`;
    case "diverged":
      return `Diverged: the training loss of ${net} became infinite or not a number. A lower learning rate, or another seed, may train.`;
  }
}

/** Any verdict of the judge in words. */
export function verdictText(verdict: RunsVerdict): string {
  switch (verdict.kind) {
    case "degradation":
      return degradationText(verdict);
    case "twins":
      return twinsText(verdict);
    case "single":
      return singleText(verdict);
  }
}

/** A verdict's grade in a few words (tables, the many-seeds summary). */
export function gradeLabel(verdict: RunsVerdict): string {
  const labels: Record<string, string> = {
    cured: "degradation shown and cured",
    helped: "degradation shown, residual net not yet caught up",
    "not-cured": "degradation shown, not cured",
    none: "no degradation",
    diverged: "diverged",
    "only-residual": "only the residual net learned",
    "only-plain": "only the plain net learned",
    "both-learned": "both learned",
    neither: "neither learned",
    learned: "learned",
    "at-chance": "at chance"
  };
  return labels[verdict.grade];
}

/**
 * How the reader's verdict compares with the verdict of the reference runs of the same settings (null without
 * references): the same grade, or which one they reached and why a run can differ.
 */
export function compareWithReference(verdict: RunsVerdict, reference: RunsVerdict | null): string | null {
  if (!reference) return null;
  if (reference.grade === verdict.grade) return "The reference run of these settings, made by the project's experiment tool, reached the same verdict.";
  return `The reference run of these settings reached another verdict (${gradeLabel(reference)}): the backend can change the last digits of a run, and a run near a boundary can tip.`;
}

/** The lag-1 autocorrelation as the sentences quote it. */
export const formatCorrelation = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "no number");

/** The shattered-gradients verdict (Balduzzi et al. 2017) in words: the grade, then the two r₁ and the thresholds. */
export function shatteredText(verdict: ShatteredVerdict): string {
  const {depth, plainLag1, residualLag1, thresholds} = verdict;
  const facts = `lag-1 autocorrelation of the input gradient at ${depth} layers: plain ${formatCorrelation(plainLag1)}, residual ${formatCorrelation(residualLag1)} (shattered: plain at most ${thresholds.plainMax}, residual at least ${thresholds.minGap} above it).`;
  switch (verdict.grade) {
    case "holds":
      return `Shattered, and kept whole by the shortcuts: at ${depth} layers the plain net's gradient is close to white noise while its residual twin's is still clearly correlated from one input to the next — ${facts}`;
    case "weak":
      return `Not clear with this seed: the residual net's gradient is ${residualLag1 > plainLag1 ? "more correlated than the plain net's, but not by the margin, or the plain net's is not yet white noise" : "not more correlated"} — ${facts}`;
    case "reversed":
      return `Reversed with this seed: the plain net's gradient is the more correlated one — ${facts}`;
  }
}

/** The lesion verdict (Veit et al. 2016) in words: the grade, then the intact and median single-deletion errors and the thresholds. */
export function lesionText(verdict: LesionVerdict): string {
  const {plainBase, residualBase, plainMedianError, residualMedianError, chance, thresholds} = verdict;
  const facts =
    `test error intact → with one unit deleted (median over the units): plain ${formatPercent(plainBase)} → ${formatPercent(plainMedianError)}, ` +
    `residual ${formatPercent(residualBase)} → ${formatPercent(residualMedianError)}; chance is ${formatPercent(chance)} ` +
    `(holds when the residual net moves at most ${100 * thresholds.residualMax}% of the way to chance and the plain net at least ${100 * thresholds.plainMin}%).`;
  switch (verdict.grade) {
    case "holds":
      return `Like an ensemble: deleting one unit barely changes the residual net, while the plain net, missing any one unit, falls to about chance — ${facts}`;
    case "weak":
      return `Not clear with this seed: the residual net survives a deletion better than the plain net, but not by the margins — ${facts}`;
    case "reversed":
      return `Reversed with this seed: the plain net survives a deletion better than the residual net — ${facts}`;
  }
}

/** The loss-landscape verdict (Li et al. 2018) in words: the grade, then the roughness ratio, the basins and the thresholds. */
export function landscapeText(verdict: LandscapeVerdict): string {
  const {depth, roughnessRatio, plain, residual, thresholds} = verdict;
  const ratio = Number.isFinite(roughnessRatio) ? `${roughnessRatio.toFixed(1)}×` : "infinitely";
  const facts =
    `at ${depth} layers the plain net's surface is ${ratio} as rough as the residual net's (roughness ${plain.roughness.toFixed(3)} against ${residual.roughness.toFixed(3)}), ` +
    `central basin ${Math.round(100 * plain.basinShare)}% against ${Math.round(100 * residual.basinShare)}% of the grid ` +
    `(holds when the plain net is at least ${thresholds.minRoughnessRatio}× as rough and the residual net's basin the wider).`;
  switch (verdict.grade) {
    case "holds":
      return `Chaotic without shortcuts, smooth with them: ${facts}`;
    case "weak":
      return `Not clear with this seed: the plain net's surface is the rougher one, but not by the margin, or its basin is as wide — ${facts}`;
    case "reversed":
      return `Reversed with this seed: the residual net's surface is the rougher one — ${facts}`;
  }
}
