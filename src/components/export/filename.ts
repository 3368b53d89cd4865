/** Safe, readable file names for downloads, from a chart's title (in any script: a Chinese title gives a Chinese name). Pure: no DOM. */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {EXPORT_TEXT} from "./text.js";

/** Longest base name kept (before the extension). */
const MAX_BASE_LENGTH = 80;
/** Names Windows refuses whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * Turns a title into a file name: accents dropped, lower case, runs of anything but letters and digits
 * (any script) become one "-", at most 80 characters, "chart" ("图表" in Chinese, `locale`) when nothing is left.
 * `safeFilename("Training error: plain-56 (seed 3)", "png")` → `"training-error-plain-56-seed-3.png"`.
 */
export function safeFilename(name: string, extension: string, locale: Locale = pageLocale()): string {
  let base = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length > MAX_BASE_LENGTH) base = base.slice(0, MAX_BASE_LENGTH).replace(/-+[^-]*$/, "") || base.slice(0, MAX_BASE_LENGTH);
  const fallback = localized(EXPORT_TEXT, locale).fallbackName;
  if (base === "") base = fallback;
  if (RESERVED.test(base)) base += `-${fallback}`;
  const ext = extension.toLowerCase().replace(/[^a-z0-9]/g, "");
  return ext ? `${base}.${ext}` : base;
}
