/**
 * The verdict line of a lab: once every run of the session's current generation has finished, what they showed,
 * in words made from their numbers (src/session/verdictText.ts) — compared with the verdict of the reference runs
 * of the same settings when there are any; until then, what to wait for. `data-verdict` is "holds" or "fails" once
 * there is a verdict (else the session's phase) and `data-grade` its grade, for tests and styles.
 */
import type {RunsVerdict} from "../../engine/experiments/verdict.js";
import {sessionVerdict} from "../../session/runResults.js";
import type {SessionState} from "../../session/sessionState.js";
import type {TrainingSession} from "../../session/trainingSession.js";
import {compareWithReference, verdictText} from "../../session/verdictText.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {VERDICT_LINE_TEXT} from "./text.js";

/** Options of {@link SessionVerdict}. */
export interface SessionVerdictOptions {
  /** The verdict of the reference runs of the same settings, or null. */
  reference?: RunsVerdict | null;
  /** Said when every run finished but the runs form no set the judge has a verdict on. */
  noVerdict?: string;
  /** The button that trains again, named after a stop (default "Retrain" / "重新训练"; the Lab page's is "Train"). */
  againButton?: string;
  /** The language of the line (default the page's). */
  locale?: Locale;
  invalidation: Promise<unknown>;
}

/** The sentence for a session state. */
export function verdictLine(
  state: SessionState,
  {reference = null, noVerdict, againButton, locale = pageLocale()}: Omit<SessionVerdictOptions, "invalidation"> = {}
): {text: string; verdict: RunsVerdict | null} {
  const text = localized(VERDICT_LINE_TEXT, locale);
  const verdict = sessionVerdict(state);
  if (verdict) return {verdict, text: text.join([verdictText(verdict, locale), compareWithReference(verdict, reference, locale)].filter((s): s is string => Boolean(s)))};
  switch (state.phase) {
    case "finished":
      return {verdict, text: noVerdict ?? text.noVerdict};
    case "running":
    case "paused":
      return {verdict, text: text.waiting(state.runs.length)};
    case "stopped":
      return {verdict, text: text.stopped(againButton ?? text.retrain)};
    default:
      return {verdict, text: ""};
  }
}

/** The verdict element, live from `session` until `invalidation`. */
export function SessionVerdict(session: TrainingSession, options: SessionVerdictOptions): HTMLElement {
  const text = el("p", {class: "rx-verdict", role: "status", "aria-live": "polite"});
  const render = (state: SessionState) => {
    const line = verdictLine(state, options);
    text.dataset.verdict = line.verdict ? (line.verdict.holds ? "holds" : "fails") : state.phase;
    if (line.verdict) text.dataset.grade = line.verdict.grade;
    else delete text.dataset.grade;
    if (text.textContent !== line.text) text.textContent = line.text;
  };
  options.invalidation.then(session.subscribe(render));
  return text;
}
