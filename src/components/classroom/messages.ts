/** Every reader-visible string of the classroom tools, in one place (a Chinese edition follows). */
export const MESSAGES = {
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
} as const;
