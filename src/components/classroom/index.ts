/**
 * The classroom tools every lab shows under its controls (issue 16): "Copy link" and "Share as lesson". A
 * page calls `ClassroomBar(state)` with its lab's URL state, instead of copying the tools into every lab.
 */
import {el} from "../dom.js";
import {CopyLinkButton} from "../controls/CopyLinkButton.js";
import type {UrlState} from "../controls/urlState.js";
import {ShareLesson} from "./ShareLesson.js";

export {ShareLesson, lessonFor, type LessonSource} from "./ShareLesson.js";
export {MESSAGES as CLASSROOM_MESSAGES} from "./messages.js";

/** The lab's link tools: copy the link, share it as a lesson. */
export function ClassroomBar(state: UrlState): HTMLElement {
  return el("div", {class: "rx-classroom"}, [CopyLinkButton(state), ShareLesson(state)]);
}
