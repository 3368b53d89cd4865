/**
 * "Share as lesson" (issue 16, item 2): a dialog that builds a lesson link from the lab's current settings.
 * The teacher ticks the controls students may change; the others become locked or hidden (`lock=` / `hide=`,
 * ../controls/lesson.ts). The link is always shown in a text field, so it can be copied by hand where the
 * clipboard is refused.
 */
import {el, uniqueId} from "../dom.js";
import {writeClipboard} from "../controls/CopyLinkButton.js";
import type {Lesson} from "../controls/lesson.js";
import type {Param} from "../controls/paramTypes.js";
import {MESSAGES} from "./messages.js";

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
  return (["lock", "hide"] as const).map((value) => {
    const radio = el("input", {type: "radio", name: group, value, checked: (value === "hide") === hidden});
    return el("label", {class: "rx-lesson__option"}, [radio, " ", value === "hide" ? MESSAGES.hidden : MESSAGES.locked]);
  });
}

/** The dialog's body: the boxes, the lock/hide choice, the link and its copy button. */
function dialogBody(source: LessonSource, dialog: HTMLDialogElement): void {
  const boxes = freeBoxes(source);
  const group = uniqueId("lesson-others");
  const others = othersChoice(group, source.lesson.hide.length > 0);
  const link = el("input", {type: "text", readonly: true, class: "rx-lesson__link", "aria-label": MESSAGES.linkLabel});
  const status = el("p", {class: "rx-lesson__status", role: "status", "aria-live": "polite"});
  const update = () => {
    const free = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    const mode = others.some((label) => label.querySelector<HTMLInputElement>("input[value=hide]")?.checked) ? "hide" : "lock";
    link.value = source.lessonHref(lessonFor(source.params, free, mode));
    status.textContent = "";
  };
  const copy = el("button", {type: "button", class: "rx-lesson__copy"}, [MESSAGES.copy]);
  copy.addEventListener("click", async () => {
    update();
    const copied = await writeClipboard(link.value);
    if (!copied) {
      link.focus();
      link.select();
    }
    status.textContent = copied ? MESSAGES.copied : MESSAGES.copyBlocked;
  });
  const close = el("button", {type: "button", class: "rx-lesson__close"}, [MESSAGES.close]);
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("input", update);
  dialog.addEventListener("open-lesson", update);
  dialog.append(
    el("h2", {class: "rx-lesson__title"}, [MESSAGES.dialogTitle]),
    el("p", {}, [MESSAGES.dialogIntro]),
    el("fieldset", {class: "rx-lesson__free"}, [
      el("legend", {}, [MESSAGES.mayTouch]),
      ...boxes.map((box, i) => el("label", {class: "rx-lesson__option"}, [box, " ", source.params[i].label]))
    ]),
    el("fieldset", {class: "rx-lesson__others"}, [el("legend", {}, [MESSAGES.othersAre]), ...others]),
    el("label", {class: "rx-lesson__link-label"}, [MESSAGES.linkLabel, link]),
    el("div", {class: "rx-lesson__actions"}, [copy, close]),
    status
  );
}

/** The "Share as lesson" button and its dialog. */
export function ShareLesson(source: LessonSource): HTMLElement {
  const dialog = el("dialog", {class: "rx-lesson", "aria-label": MESSAGES.dialogTitle});
  dialogBody(source, dialog);
  const open = el("button", {type: "button", class: "rx-lesson__open", "aria-haspopup": "dialog"}, [MESSAGES.share]);
  open.addEventListener("click", () => {
    source.flush?.();
    dialog.dispatchEvent(new Event("open-lesson"));
    dialog.showModal();
  });
  return el("div", {class: "rx-lesson-share"}, [open, dialog]);
}
