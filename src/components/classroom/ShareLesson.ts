/**
 * "Share as lesson" (issue 16, item 2): a dialog that builds a lesson link from the lab's current settings.
 * The teacher ticks the controls students may change; the others become locked or hidden (`lock=` / `hide=`,
 * ../controls/lesson.ts). The link is always shown in a text field, so it can be copied by hand where the
 * clipboard is refused.
 */
import {localized} from "../../i18n/locale.js";
import {el, uniqueId} from "../dom.js";
import {writeClipboard} from "../controls/CopyLinkButton.js";
import type {Lesson} from "../controls/lesson.js";
import {paramText} from "../controls/paramText.js";
import type {Param} from "../controls/paramTypes.js";
import {CLASSROOM_TEXT} from "./text.js";

/** What the dialog needs from a lab's state (a UrlState). */
export interface LessonSource {
  params: readonly Param[];
  lesson: Lesson;
  lessonHref(lesson: Lesson): string;
  flush?(): void;
}

/** The lesson for a set of free controls: every other control locked or hidden. */
export function lessonFor(params: readonly Param[], free: ReadonlySet<string>, others: "lock" | "hide"): Lesson {
  const fixed = params.map((param) => param.name).filter((name) => !free.has(name));
  return others === "hide" ? {hide: fixed, lock: []} : {hide: [], lock: fixed};
}

/** One checkbox per control, ticked unless the current lesson fixes it. */
function freeBoxes(source: LessonSource): HTMLInputElement[] {
  const fixed = new Set([...source.lesson.hide, ...source.lesson.lock]);
  return source.params.map((param) => el("input", {type: "checkbox", name: "free", value: param.name, checked: !fixed.has(param.name)}));
}

function othersChoice(group: string, hidden: boolean): HTMLElement[] {
  const text = localized(CLASSROOM_TEXT);
  return (["lock", "hide"] as const).map((value) => {
    const radio = el("input", {type: "radio", name: group, value, checked: (value === "hide") === hidden});
    return el("label", {class: "rx-lesson__option"}, [radio, " ", value === "hide" ? text.hidden : text.locked]);
  });
}

/** The dialog's body: the boxes, the lock/hide choice, the link and its copy button. */
function dialogBody(source: LessonSource, dialog: HTMLDialogElement): void {
  const text = localized(CLASSROOM_TEXT);
  const boxes = freeBoxes(source);
  const group = uniqueId("lesson-others");
  const others = othersChoice(group, source.lesson.hide.length > 0);
  const link = el("input", {type: "text", readonly: true, class: "rx-lesson__link", "aria-label": text.linkLabel});
  const status = el("p", {class: "rx-lesson__status", role: "status", "aria-live": "polite"});
  const update = () => {
    const free = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    const mode = others.some((label) => label.querySelector<HTMLInputElement>("input[value=hide]")?.checked) ? "hide" : "lock";
    link.value = source.lessonHref(lessonFor(source.params, free, mode));
    status.textContent = "";
  };
  const copy = el("button", {type: "button", class: "rx-lesson__copy"}, [text.copy]);
  copy.addEventListener("click", async () => {
    update();
    const copied = await writeClipboard(link.value);
    if (!copied) {
      link.focus();
      link.select();
    }
    status.textContent = copied ? text.copied : text.copyBlocked;
  });
  const close = el("button", {type: "button", class: "rx-lesson__close"}, [text.close]);
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("input", update);
  dialog.addEventListener("open-lesson", update);
  dialog.append(
    el("h2", {class: "rx-lesson__title"}, [text.dialogTitle]),
    el("p", {}, [text.dialogIntro]),
    el("fieldset", {class: "rx-lesson__free"}, [
      el("legend", {}, [text.mayTouch]),
      ...boxes.map((box, i) => el("label", {class: "rx-lesson__option"}, [box, " ", paramText(source.params[i]).label]))
    ]),
    el("fieldset", {class: "rx-lesson__others"}, [el("legend", {}, [text.othersAre]), ...others]),
    el("label", {class: "rx-lesson__link-label"}, [text.linkLabel, link]),
    el("div", {class: "rx-lesson__actions"}, [copy, close]),
    status
  );
}

/** The "Share as lesson" button and its dialog. */
export function ShareLesson(source: LessonSource): HTMLElement {
  const text = localized(CLASSROOM_TEXT);
  const dialog = el("dialog", {class: "rx-lesson", "aria-label": text.dialogTitle});
  dialogBody(source, dialog);
  const open = el("button", {type: "button", class: "rx-lesson__open", "aria-haspopup": "dialog"}, [text.share]);
  open.addEventListener("click", () => {
    source.flush?.();
    dialog.dispatchEvent(new Event("open-lesson"));
    dialog.showModal();
  });
  return el("div", {class: "rx-lesson-share"}, [open, dialog]);
}
