/**
 * The classroom tools every lab shows under its controls (issue 16): "Copy link" and "Share as lesson". A
 * page calls `ClassroomBar(state)` with its lab's URL state, instead of copying the tools into every lab; it also
 * switches the page to its embedded form when the link says `embed=1`.
 */
import {el} from "../dom.js";
import {CopyLinkButton} from "../controls/CopyLinkButton.js";
import type {UrlState} from "../controls/urlState.js";
import {enterEmbed} from "./embed.js";
import {ShareLesson} from "./ShareLesson.js";

export {ShareLesson, lessonFor, type LessonSource} from "./ShareLesson.js";
export {enterEmbed, HEIGHT_MESSAGE, labElements, LAB_SECTIONS} from "./embed.js";
export {MESSAGES as CLASSROOM_MESSAGES} from "./messages.js";

/** The lab's link tools: copy the link, share it as a lesson; with `embed=1`, shows the lab alone. */
export function ClassroomBar(state: UrlState): HTMLElement {
  if (state.lesson.embed) enterEmbed(state.lab);
  return el("div", {class: "rx-classroom"}, [CopyLinkButton(state), ShareLesson(state)]);
}
