/**
 * Presenter mode (issue 16, item 3): `present=1` or the lab's "Present" button shows the lab alone, full
 * screen width, sized for a projector (text and chart text 20 px, data lines at least 3 px: CSS in
 * src/style.css on the same chart components, so exports are unchanged). Keys: Space pauses or resumes the
 * lab's training, → steps it (where it has those buttons), R resets its controls, Esc leaves. Each key presses
 * the lab's own button, so a key does exactly what the button does, and nothing while the button is disabled.
 */
import {labElements} from "./embed.js";
import type {LabId} from "../controls/parameters.js";

/** What leaving presenter mode does besides restoring the page (e.g. drop `present=1` from the URL). */
export type OnLeave = () => void;

const PRESENT_CLASS = "rx-present";

/** The keys of presenter mode and the lab buttons they press (`data-rx-action`). */
const KEY_ACTIONS: Record<string, string> = {" ": "pause", ArrowRight: "step", r: "reset", R: "reset"};

/** The lab's enabled button for an action (pause, step, reset), if it shows one. */
function actionButton(action: string): HTMLButtonElement | null {
  const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-rx-lab] button[data-rx-action="${action}"]`);
  return [...buttons].find((button) => !button.disabled && button.offsetParent !== null) ?? null;
}

/** True while the page is in presenter mode. */
export function isPresenting(): boolean {
  return document.documentElement.classList.contains(PRESENT_CLASS);
}

/** Enters presenter mode for a lab; Esc (or {@link leavePresent}) leaves it and calls `onLeave`. Idempotent. */
export function enterPresent(lab: LabId, onLeave: OnLeave = () => {}): void {
  if (isPresenting()) return;
  const marked = labElements(lab).filter((element) => !element.hasAttribute("data-rx-lab"));
  for (const element of marked) element.setAttribute("data-rx-lab", "");
  document.documentElement.classList.add(PRESENT_CLASS);
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    // A field keeps its own keys (→ moves a slider); a focused button keeps Space (it presses that button).
    const typing = target?.matches?.(event.key === " " ? "input, select, textarea, button, [contenteditable]" : "input, select, textarea, [contenteditable]") ?? false;
    if (event.key === "Escape") {
      event.preventDefault();
      leave();
      return;
    }
    const action = KEY_ACTIONS[event.key];
    if (!action || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const button = actionButton(action);
    if (!button) return;
    event.preventDefault();
    button.click();
  };
  const leave = () => {
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("rx-leave-present", leave);
    document.documentElement.classList.remove(PRESENT_CLASS);
    if (!document.documentElement.classList.contains("rx-embed")) for (const element of marked) element.removeAttribute("data-rx-lab");
    onLeave();
  };
  document.addEventListener("keydown", onKey);
  document.addEventListener("rx-leave-present", leave);
  window.scrollTo(0, 0);
}

/** Leaves presenter mode, if the page is in it. */
export function leavePresent(): void {
  document.dispatchEvent(new Event("rx-leave-present"));
}
