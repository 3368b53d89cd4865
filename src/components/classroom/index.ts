/**
 * The classroom tools every lab shows under its controls (issue 16): "Reset" (the controls back to their defaults,
 * not a reload: the lab retrains, or waits for Train, as after any change), "Copy link", "Share as lesson" and
 * "Present". A
 * page calls `ClassroomBar(state)` with its lab's URL state, instead of copying the tools into every lab; it also
 * switches the page to its embedded form when the link says `embed=1`.
 */
import {localized} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {CopyLinkButton} from "../controls/CopyLinkButton.js";
import type {UrlState} from "../controls/urlState.js";
import {enterEmbed} from "./embed.js";
import {enterPresent} from "./present.js";
import {ShareLesson} from "./ShareLesson.js";
import {CLASSROOM_TEXT} from "./text.js";

export {ShareLesson, lessonFor, type LessonSource} from "./ShareLesson.js";
export {enterEmbed, HEIGHT_MESSAGE, labElements, LAB_SECTIONS} from "./embed.js";
export {enterPresent, isPresenting, leavePresent} from "./present.js";
export {CLASSROOM_TEXT} from "./text.js";

/** Presenter mode for the lab; leaving it drops `present=1` from the URL. */
function present(state: UrlState): void {
  state.setView({present: true});
  enterPresent(state.lab, () => state.setView({present: false}));
}

/** The Reset button: disabled while every control a student may change is at its default. */
function ResetButton(state: UrlState): HTMLButtonElement {
  const text = localized(CLASSROOM_TEXT);
  const isLesson = state.lesson.hide.length > 0 || state.lesson.lock.length > 0;
  const button = el("button", {type: "button", class: "rx-reset", "data-rx-action": "reset", title: isLesson ? text.resetLessonHint : text.resetHint}, [text.reset]);
  const render = () => (button.disabled = state.isDefault);
  button.addEventListener("click", () => state.reset());
  state.addEventListener("change", render);
  render();
  return button;
}

/** The lab's tools: reset, copy the link, share it as a lesson, present it; `embed=1` shows the lab alone. */
export function ClassroomBar(state: UrlState): HTMLElement {
  if (state.lesson.embed) enterEmbed(state.lab);
  const text = localized(CLASSROOM_TEXT);
  const button = el("button", {type: "button", class: "rx-present__open", title: text.presentHint}, [text.present]);
  button.addEventListener("click", () => present(state));
  if (state.lesson.present) present(state);
  const hint = el("p", {class: "rx-present__hint", role: "note"}, [text.presentHint]);
  return el("div", {class: "rx-classroom"}, [ResetButton(state), CopyLinkButton(state), ShareLesson(state), button, hint]);
}
