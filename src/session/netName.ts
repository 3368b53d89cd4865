/**
 * A net's display name in a language: the engine names nets in English ("plain-56", "residual MLP-18", "ResNet-20",
 * src/engine/spec.ts); a Chinese page says "普通-56", "残差 MLP-18" and keeps "ResNet-20". Pure: no DOM.
 */
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {NET_TEXT} from "./text.js";

/** `name` (a spec's `name`, or a label such as "plain-20 (reference)") with its leading family word in `locale`. */
export function localNetName(name: string, locale: Locale = pageLocale()): string {
  const words = localized(NET_TEXT, locale);
  return name.replace(/^(plain|residual)(?=[- ])/, (family) => words[family as "plain" | "residual"]);
}
