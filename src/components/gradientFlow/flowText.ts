/**
 * The gradient-flow lab's sentences: what the charts show at the chosen step, in numbers read off the snapshots, in
 * the page's language (the words: text.ts). Pure: no DOM.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import type {Snapshot} from "../../engine/train/snapshot.js";
import {formatMagnitude, profileFigures} from "./flowRows.js";
import {FLOW_SENTENCES} from "./text.js";

/** One sentence per net on its gradient profile at this step, or why there is none. */
export function profileSentences(nets: readonly {label: string; snapshot: Snapshot | undefined; isDiverged: boolean}[], locale: Locale = pageLocale()): string[] {
  const text = localized(FLOW_SENTENCES, locale);
  return nets.map(({label, snapshot, isDiverged}) => {
    if (!snapshot) return isDiverged ? text.divergedBefore(label) : text.noSnapshot(label);
    const figures = profileFigures(snapshot);
    if (!figures) {
      const head = snapshot.gradNorms?.at(-1);
      if (head === 0) return text.zeroAtHead(label);
      return text.notFinite(label, isDiverged || snapshot.status === "diverged");
    }
    const weakest = figures.minUnit === (snapshot.gradNorms!.length - 1) ? text.weakestAtHead : text.weakestAtUnit(figures.minUnit, text.times(formatMagnitude(figures.minOverHead)));
    return text.profile(label, text.times(formatMagnitude(figures.firstOverHead)), weakest);
  });
}

/** The identity's terms at unit 0 and the smallest ratio total/direct over the units, in words. */
export function identitySentences(snapshot: Snapshot | undefined, isPreActivation: boolean, locale: Locale = pageLocale()): string[] {
  const text = localized(FLOW_SENTENCES, locale);
  const terms = snapshot?.identity ?? [];
  const finite = terms.filter((t) => Number.isFinite(t.total) && Number.isFinite(t.direct) && Number.isFinite(t.residual));
  if (!snapshot) return [text.waitingResidual];
  if (finite.length === 0) return [text.noTerms(snapshot.step, snapshot.status === "diverged")];
  const first = finite[0];
  const withDirect = finite.filter((t) => t.direct > 0);
  const floor = withDirect.length ? Math.min(...withDirect.map((t) => t.total / t.direct)) : NaN;
  const larger = finite.filter((t) => t.residual > t.direct).length;
  const lines = [
    text.firstTerms(snapshot.step, first.unit, formatMagnitude(first.direct), formatMagnitude(first.residual), formatMagnitude(first.total)),
    text.largerTerm(larger, finite.length) + (Number.isFinite(floor) ? text.floor(formatMagnitude(floor)) : "")
  ];
  lines.push(isPreActivation ? text.exactSplit : text.approximateSplit);
  return lines;
}
