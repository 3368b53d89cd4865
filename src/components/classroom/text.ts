/** Every reader-visible string of the classroom tools (reset, share as lesson, present), in both languages. */
import type {Localized} from "../../i18n/locale.js";

export const CLASSROOM_TEXT: Localized<{
  share: string;
  dialogTitle: string;
  dialogIntro: string;
  mayTouch: string;
  othersAre: string;
  locked: string;
  hidden: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyBlocked: string;
  close: string;
  present: string;
  presentHint: string;
  reset: string;
  resetHint: string;
  resetLessonHint: string;
}> = {
  en: {
    share: "Share as lesson",
    dialogTitle: "Share this lab as a lesson",
    dialogIntro: "The link keeps the lab's current settings. Tick the controls students may change; the others are fixed.",
    mayTouch: "Students may change",
    othersAre: "The other controls are",
    locked: "shown, but locked",
    hidden: "hidden",
    linkLabel: "Lesson link",
    copy: "Copy lesson link",
    copied: "Lesson link copied.",
    copyBlocked: "Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).",
    close: "Close",
    present: "Present",
    presentHint: "Presenter mode: Space pauses or resumes training, → steps, R resets the controls, Esc leaves.",
    reset: "Reset",
    resetHint: "Put every control of this lab back to its default",
    resetLessonHint: "Put the controls you may change back to their defaults (the lesson's fixed settings stay)"
  },
  zh: {
    share: "分享为课堂链接",
    dialogTitle: "把这个实验分享为课堂链接",
    dialogIntro: "链接会保留实验当前的设置。勾选学生可以调整的控件，其余的将被固定。",
    mayTouch: "学生可以调整",
    othersAre: "其余控件",
    locked: "显示，但锁定",
    hidden: "隐藏",
    linkLabel: "课堂链接",
    copy: "复制课堂链接",
    copied: "课堂链接已复制。",
    copyBlocked: "这里不允许复制：链接已选中，请按 Ctrl+C（苹果电脑上按 ⌘C）。",
    close: "关闭",
    present: "演示",
    presentHint: "演示模式：空格键暂停或继续训练，→ 单步，R 重置控件，Esc 退出。",
    reset: "重置",
    resetHint: "把这个实验的所有控件恢复为默认值",
    resetLessonHint: "把你可以调整的控件恢复为默认值（课堂链接固定的设置保持不变）"
  }
};
