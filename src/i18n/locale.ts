/**
 * The site's languages (issue 12). Every page exists in English at `/<page>` and in Chinese at `/zh/<page>`;
 * a reader-visible string lives in a `Localized` table beside the code that shows it (`text.ts` files), one
 * entry per language, so TypeScript rejects a table that lacks a language or a key
 * (docs/content.md: "A string in both languages"). DOM-free: runs in pages, workers, Node and the build.
 */

/** A language of the site. Adding one: add it here; `tsc` then lists every table that lacks it. */
export type Locale = "en" | "zh";

/** Every language, English first (the default). */
export const LOCALES: readonly Locale[] = ["en", "zh"];

/** The BCP 47 tag written into `<html lang>` and `hreflang`. */
export const LANG_TAGS: Record<Locale, string> = {en: "en", zh: "zh-CN"};

/** Where a language's pages live: "" for English (the root), "/zh" for Chinese. */
export const PATH_PREFIXES: Record<Locale, string> = {en: "", zh: "/zh"};

/** The name of each language in itself, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {en: "English", zh: "中文"};

/** One value per language: the shape of every message table. */
export type Localized<T> = Record<Locale, T>;

/** The language of a page path ("/zh/degradation" → "zh", "/degradation" → "en"); a site base before it is allowed. */
export function localeOfPath(pathname: string): Locale {
  for (const locale of LOCALES) {
    const prefix = PATH_PREFIXES[locale];
    if (prefix && new RegExp(`${prefix}(/|$)`).test(pathname)) return locale;
  }
  return "en";
}

/** The language of a `<html lang>` tag ("zh-CN" → "zh"); English for anything unknown. */
export function localeOfTag(tag: string | null | undefined): Locale {
  const primary = (tag ?? "").toLowerCase().split("-")[0];
  return LOCALES.find((locale) => LANG_TAGS[locale].toLowerCase().split("-")[0] === primary) ?? "en";
}

/**
 * A page's path within its language, without the language's prefix: "/zh/degradation" → "/degradation",
 * "/zh/" and "/zh" → "/". Paths are from the site's root.
 */
export function pageOfPath(pathname: string): string {
  const prefix = PATH_PREFIXES[localeOfPath(pathname)];
  const rest = prefix ? pathname.slice(pathname.indexOf(prefix) + prefix.length) : pathname;
  return rest === "" ? "/" : rest;
}

/** The path of `page` (a page path from the root, "/" or "/degradation") in `locale`. */
export function pathIn(page: string, locale: Locale): string {
  const prefix = PATH_PREFIXES[locale];
  if (!prefix) return page;
  return page === "/" ? `${prefix}/` : `${prefix}${page}`;
}

/**
 * The language of the page this code runs on: `<html lang>` (written by the build, scripts/postbuild/language.ts),
 * else the address (the preview server writes no `lang`); English where there is no document (Node, workers).
 */
export function pageLocale(): Locale {
  if (typeof document === "undefined") return "en";
  const tag = document.documentElement.getAttribute("lang");
  return tag ? localeOfTag(tag) : localeOfPath(location.pathname);
}

/** The current page's entry of a table. */
export function localized<T>(table: Localized<T>, locale: Locale = pageLocale()): T {
  return table[locale];
}

/** Integers and decimals as a language writes them: thousands grouped with commas, a point before decimals (both languages). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return value.toLocaleString(LANG_TAGS[locale], options);
}
