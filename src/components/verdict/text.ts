/** Every reader-visible string of the verdict line (./SessionVerdict.ts), in both languages; the verdicts themselves are src/session/text.ts's. */
import type {Localized} from "../../i18n/locale.js";

export const VERDICT_LINE_TEXT: Localized<{
  noVerdict: string;
  /** The button that trains again after a stop. */
  retrain: string;
  /** While `runs` runs train. */
  waiting: (runs: number) => string;
  stopped: (againButton: string) => string;
  /** The verdict, then how it compares with the reference runs'. */
  join: (sentences: readonly string[]) => string;
}> = {
  en: {
    noVerdict: "These runs have no verdict.",
    retrain: "Retrain",
    waiting: (runs) => `The verdict appears when ${runs === 1 ? "the run has" : `all ${runs === 4 ? "four " : ""}runs have`} finished.`,
    stopped: (againButton) => `Stopped before the end: no verdict. Press ${againButton} to run again.`,
    join: (sentences) => sentences.join(" ")
  },
  zh: {
    noVerdict: "这些运行没有结论。",
    retrain: "重新训练",
    waiting: (runs) => `${runs === 1 ? "这次运行" : `全部 ${runs} 次运行`}结束后，这里会给出结论。`,
    stopped: (againButton) => `运行在结束前被停止：没有结论。按“${againButton}”重新运行。`,
    join: (sentences) => sentences.join("")
  }
};
