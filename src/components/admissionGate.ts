/**
 * What stands between a Train button and a run that cannot finish (session/estimate.ts, `admission`): settings whose
 * memory would not fit a school laptop are refused with a sentence saying how much they need and what would fit (the
 * caller disables its button), and runs of more than a few minutes start only after the reader says so.
 *
 *   const gate = AdmissionGate();
 *   gate.update(admission(runs, ms));          // on every settings change
 *   button.disabled = gate.isRefused;
 *   button.onclick = () => gate.request(start); // starts at once, asks first, or does nothing
 */
import {localized} from "../i18n/locale.js";
import type {Admission} from "../session/estimate.js";
import {ADMISSION_TEXT} from "./admissionGate.text.js";
import {el} from "./dom.js";

export interface AdmissionGate {
  readonly root: HTMLElement;
  readonly isRefused: boolean;
  /** True when a run may start without a question (a lab may then start it on its own, e.g. on a settings change). */
  readonly isAutomatic: boolean;
  /** The admission for the settings now on screen; a pending question is withdrawn. */
  update(admission: Admission): void;
  /** Runs `start` now (ok), after the reader confirms (ask), or never (refuse). */
  request(start: () => void): void;
}

export function AdmissionGate(): AdmissionGate {
  let current: Admission = {kind: "ok", text: ""};
  let pending: (() => void) | null = null;
  const text = localized(ADMISSION_TEXT);
  const refusal = el("p", {class: "rx-admission__refusal", role: "alert", hidden: true});
  const question = el("span", {class: "rx-admission__question"});
  const yes = el("button", {type: "button", class: "rx-admission__yes"}, [text.startAnyway]);
  const no = el("button", {type: "button", class: "rx-admission__no"}, [text.notNow]);
  const ask = el("div", {class: "rx-admission__ask", role: "alertdialog", "aria-label": text.longRun, hidden: true}, [question, yes, no]);
  const close = () => {
    pending = null;
    ask.hidden = true;
  };
  yes.addEventListener("click", () => {
    const start = pending;
    close();
    start?.();
  });
  no.addEventListener("click", close);
  return {
    root: el("div", {class: "rx-admission"}, [refusal, ask]),
    get isRefused() {
      return current.kind === "refuse";
    },
    get isAutomatic() {
      return current.kind === "ok";
    },
    update(admission) {
      current = admission;
      refusal.textContent = admission.kind === "refuse" ? admission.text : "";
      refusal.hidden = admission.kind !== "refuse";
      close();
    },
    request(start) {
      if (current.kind === "ok") return start();
      if (current.kind === "refuse") return;
      pending = start;
      question.textContent = current.text;
      ask.hidden = false;
      yes.focus();
    }
  };
}
