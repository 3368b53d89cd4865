/**
 * Every reader-visible string of the Lab page's run panel and charts (LabRunPanel.ts, LabCharts.ts), in both
 * languages. The runs' names are session/netName.ts's.
 */
import type {Localized} from "../../i18n/locale.js";

const LAB_PAGE_EN = {
  train: "Train",
  /** The Train button when the run is long: its rough duration. */
  trainFor: (duration: string) => `Train (${duration})`,
  restart: "Restart with the new settings",
  stopped: "The settings changed, so the run was stopped: its curves stay as they were.",
  placeholder: "The curves appear here when you press Train.",
  empty: "press Train to start",
  errorsTitle: "Training error (thin) and test error (bold)",
  errorsFile: "lab-error-curves",
  lossTitle: "Training loss (cross-entropy)",
  lossFile: "lab-loss-curves",
  boundariesTitle: "Decision boundaries",
  boundariesFile: "lab-decision-boundaries"
};

/** The Lab page's strings. */
export const LAB_PAGE_TEXT: Localized<typeof LAB_PAGE_EN> = {
  en: LAB_PAGE_EN,
  zh: {
    train: "训练",
    trainFor: (duration) => `训练（${duration}）`,
    restart: "按新设置重新开始",
    stopped: "设置已更改，因此这次运行被停止了：已画出的曲线保持原样。",
    placeholder: "按下“训练”后，曲线会出现在这里。",
    empty: "按“训练”开始",
    errorsTitle: "训练误差（细线）与测试误差（粗线）",
    errorsFile: "实验室-误差曲线",
    lossTitle: "训练损失（交叉熵）",
    lossFile: "实验室-损失曲线",
    boundariesTitle: "决策边界",
    boundariesFile: "实验室-决策边界"
  }
};
