/**
 * The `net` cell of a chart's CSV rows ("plain" / "residual", ./palette.ts `familyName`) in the page's language: on
 * English pages the rows are returned as they are; Chinese pages write the legends' words, 普通网络 / 残差网络.
 * Numbers and every other cell are unchanged.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {NET_FAMILY_TEXT} from "./text.js";

/** `rows` with their `net` cells in `locale`'s words (a row without a family name in `net` is left alone). */
export function withNetNames<R extends {readonly net?: unknown}>(rows: readonly R[], locale: Locale = pageLocale()): readonly R[] {
  if (locale === "en") return rows;
  const names = localized(NET_FAMILY_TEXT, locale);
  return rows.map((row) => (row.net === "plain" || row.net === "residual" ? {...row, net: names[row.net]} : row));
}
