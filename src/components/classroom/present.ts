/**
 * Presenter mode (issue 16, item 3): `present=1` or the lab's "Present" button shows the lab alone, full
 * screen width, sized for a projector (text and chart text 20 px, data lines at least 3 px: CSS in
 * src/style.css on the same chart components, so exports are unchanged). Keys: Space pauses or resumes the
 * lab's training where it has a Pause button; Esc leaves. (→ step and R reset wait for issue 16, item 1.)
 */
import {labElements} from "./embed.js";
import type {LabId} from "../controls/parameters.js";

/** What leaving presenter mode does besides restoring the page (e.g. drop `present=1` from the URL). */
export type OnLeave = () => void;

const PRESENT_CLASS = "rx-present";

/** The lab's Pause/Resume button (the progress panel's), if it has one and it is enabled. */
function pauseButton(): HTMLButtonElement | null {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-rx-lab] .rx-progress button");
  return [...buttons].find((button) => /^(Pause|Resume)$/.test(button.textContent ?? "") && !button.disabled) ?? null;
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
    const typing = target?.matches?.("input, select, textarea, button, [contenteditable]") ?? false;
    if (event.key === "Escape") {
      event.preventDefault();
      leave();
    } else if (event.key === " " && !typing && pauseButton()) {
      event.preventDefault();
      pauseButton()?.click();
    }
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
