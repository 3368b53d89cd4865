/** Every reader-visible string of the AdmissionGate (admissionGate.ts), in both languages; its sentences are src/session/text.ts's. */
import type {Localized} from "../i18n/locale.js";

export const ADMISSION_TEXT: Localized<{startAnyway: string; notNow: string; longRun: string}> = {
  en: {startAnyway: "Start anyway", notNow: "Not now", longRun: "Long run"},
  zh: {startAnyway: "仍然开始", notNow: "暂不", longRun: "耗时较长的运行"}
};
