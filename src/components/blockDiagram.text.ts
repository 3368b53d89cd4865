/** Every reader-visible string of BlockDiagram (blockDiagram.ts), in both languages; formulas and "ReLU" are the same in both. */
import type {Localized} from "../i18n/locale.js";

const EN = {
  weightLayer: "weight layer",
  /** The shortcut's label, in two lines beside the shortcut ("identity" / "shortcut"). */
  shortcutLines: ["identity", "shortcut"] as [string, string],
  residualLabel: "Residual block: x goes through weight layer, ReLU, weight layer; the shortcut adds x; then ReLU.",
  plainLabel: "Plain block: x goes through weight layer, ReLU, weight layer, ReLU."
};

export const BLOCK_DIAGRAM_TEXT: Localized<typeof EN> = {
  en: EN,
  zh: {
    weightLayer: "权重层",
    shortcutLines: ["恒等", "短路连接"],
    residualLabel: "残差块：x 依次经过权重层、ReLU、权重层；短路连接把 x 加回来；最后再经过 ReLU。",
    plainLabel: "普通块：x 依次经过权重层、ReLU、权重层、ReLU。"
  }
};
