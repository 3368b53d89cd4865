/**
 * StepScrubber: a slider over the training steps at which snapshots have arrived so far, with "Initialisation"
 * and "Latest" buttons. While it sits on the latest step it follows the run as new snapshots arrive; once the reader
 * moves it back, it stays where it was put. Speaks the input protocol: `.value` is the step shown (null before the
 * first snapshot) and `input` fires whenever it changes, by the reader's hand or by following the run.
 */
import {el, fireInput, uniqueId} from "../dom.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SCRUBBER_TEXT} from "./text.js";

/** The scrubber: `update(steps)` hands it the steps available now. */
export type StepScrubberElement = HTMLElement & {value: number | null; update(steps: readonly number[], totalSteps: number): void};

/** Where a scrubber with `steps` available should point after an update: the same step, or the latest when following. */
export function nextIndex(steps: readonly number[], current: number | null, isFollowing: boolean): number {
  if (steps.length === 0) return -1;
  if (isFollowing || current === null) return steps.length - 1;
  const index = steps.indexOf(current);
  return index >= 0 ? index : steps.length - 1;
}

/** "Step 0 — the initial network", "Step 150 of 300 (latest)". */
export function stepLabel(step: number | null, totalSteps: number, isLatest: boolean, locale: Locale = pageLocale()): string {
  const text = localized(SCRUBBER_TEXT, locale);
  if (step === null) return text.waiting;
  if (step === 0) return text.initial;
  return text.step(step, totalSteps, isLatest);
}

/** A slider over the snapshots received. */
export function StepScrubber({label}: {label?: string} = {}): StepScrubberElement {
  const text = localized(SCRUBBER_TEXT);
  const id = uniqueId("step");
  const range = el("input", {type: "range", id, min: 0, max: 0, step: 1, value: 0, disabled: true, class: "flow-scrubber__range"});
  const output = el("output", {for: id, class: "flow-scrubber__output", "aria-live": "polite"});
  const first = el("button", {type: "button", class: "flow-scrubber__button"}, [text.initialisation]);
  const last = el("button", {type: "button", class: "flow-scrubber__button"}, [text.latest]);
  const root = el("div", {class: "flow-scrubber"}, [
    el("label", {for: id, class: "rx-control__label"}, [label ?? text.label]),
    el("div", {class: "flow-scrubber__row"}, [range, first, last]),
    output
  ]) as unknown as StepScrubberElement;
  let steps: readonly number[] = [];
  let total = 0;
  let isFollowing = true;
  const show = () => {
    const index = range.valueAsNumber;
    const step = steps.length ? steps[index] : null;
    output.textContent = stepLabel(step, total, index === steps.length - 1);
    range.setAttribute("aria-valuetext", output.textContent);
    root.dataset.step = step === null ? "" : String(step);
  };
  const moveTo = (index: number, byReader: boolean) => {
    if (steps.length === 0) return;
    range.value = String(index);
    if (byReader) isFollowing = index === steps.length - 1;
    show();
    fireInput(root);
  };
  range.addEventListener("input", (event) => {
    event.stopPropagation();
    moveTo(range.valueAsNumber, true);
  });
  first.addEventListener("click", () => moveTo(0, true));
  last.addEventListener("click", () => moveTo(steps.length - 1, true));
  Object.defineProperty(root, "value", {get: () => (steps.length ? steps[range.valueAsNumber] : null)});
  root.update = (next, totalSteps) => {
    const before = root.value;
    const wasReset = next.length < steps.length || (next.length > 0 && steps.length > 0 && next[0] !== steps[0]);
    if (wasReset) isFollowing = true;
    steps = [...next];
    total = totalSteps;
    range.max = String(Math.max(0, steps.length - 1));
    range.disabled = steps.length < 2;
    range.value = String(Math.max(0, nextIndex(steps, before, isFollowing)));
    show();
    if (root.value !== before) fireInput(root);
  };
  show();
  return root;
}
