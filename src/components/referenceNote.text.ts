/** Every reader-visible string of ReferenceNote (referenceNote.ts), in both languages. */
import type {Localized} from "../i18n/locale.js";

const EN = {
  /** What could not be loaded: all of a single set, all of several, or some of them. */
  missing: (failed: number, total: number): string =>
    failed === total
      ? total === 1
        ? "The reference runs behind this part of the page could not be loaded"
        : "The reference runs of this lab could not be loaded"
      : `${failed} of ${total} sets of reference runs could not be loaded`,
  /** The lab's default consequence, the sentence after "could not be loaded, so …". */
  labEffect: "their dashed curves and rings are missing. Your own runs train and are judged as usual.",
  sentence: (missing: string, effect: string): string => `${missing}, so ${effect} Reloading the page may bring them back.`,
  details: "Technical details",
  failure: (name: string, reason: string): string => `${name}: ${reason}`
};

export const REFERENCE_NOTE_TEXT: Localized<typeof EN> = {
  en: EN,
  zh: {
    missing: (failed, total) =>
      failed === total ? (total === 1 ? "页面这一部分所用的参考运行没能加载" : "这个实验的参考运行没能加载") : `${total} 组参考运行中有 ${failed} 组没能加载`,
    labEffect: "图中不会出现它们的虚线曲线和圆环。你自己的运行照常训练，也照常给出结论。",
    sentence: (missing, effect) => `${missing}，因此${effect}重新加载页面也许能恢复。`,
    details: "技术细节",
    failure: (name, reason) => `${name}：${reason}`
  }
};
