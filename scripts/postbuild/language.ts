/**
 * The language of every built page (issue 12): Framework writes one sidebar for the whole site, no `lang` and an
 * English "Contents" label. For each page this step
 * - writes `<html lang>` ("en" or "zh-CN", from the page's folder: `zh/…` pages are Chinese);
 * - rebuilds the sidebar in the page's language: the Chinese pages' sidebar lists every page by its Chinese name,
 *   linking to its Chinese twin, or to the English page (marked as English) where there is none yet; the English
 *   pages' sidebar no longer lists the Chinese pages (the config lists them so that they get a pager of their own);
 * - names the table of contents and the sidebar's toggle in the page's language.
 */
import {LANG_TAGS, localeOfPath, pageOfPath, pathIn, type Locale, type Localized} from "../../src/i18n/locale.ts";
import {SITE_TEXT} from "../../src/site/messages.ts";
import {hasPageIn, hrefFrom, SIDEBAR, CHROME_TEXT, type SitePage} from "../../observablehq.config.ts";

/** The words this step writes. */
export const LANGUAGE_TEXT: Localized<{contents: string; inEnglish: string}> = {
  en: {contents: "Contents", inEnglish: " (English)"},
  zh: {contents: "目录", inEnglish: "（英文）"}
};

/** Framework's path of a built page ("zh/degradation.html" → "/zh/degradation", "index.html" → "/index"). */
export function frameworkPath(page: string): string {
  return "/" + page.replace(/\.html$/, "");
}

/** The language of a built page (its path in the build, e.g. "zh/lab.html"). */
export function localeOfPage(page: string): Locale {
  return localeOfPath(frameworkPath(page));
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One sidebar link of `entry` on the page at `from` (Framework's path) in `locale`. */
function sidebarLink(entry: SitePage, from: string, current: string, locale: Locale): string {
  const isTwin = hasPageIn(entry.path, locale);
  const target = pathIn(entry.path, isTwin ? locale : "en");
  const name = escapeHtml(entry.names[locale]) + (isTwin ? "" : LANGUAGE_TEXT[locale].inEnglish);
  const active = entry.path === current ? " observablehq-link-active" : "";
  const hreflang = isTwin ? "" : ` hreflang="${LANG_TAGS.en}"`;
  return `\n    <li class="observablehq-link${active}"><a href="${hrefFrom(from, target)}"${hreflang}>${name}</a></li>`;
}

/** The sidebar of the page at `from` (Framework's path, e.g. "/zh/lab"), in Framework's markup. */
export function sidebarHtml(from: string): string {
  const locale = localeOfPath(from);
  const current = pageOfPath(from.replace(/\/index$/, "/"));
  const home = pathIn("/", locale);
  let html = `<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link${current === "/" ? " observablehq-link-active" : ""}"><a href="${hrefFrom(from, home)}">${escapeHtml(CHROME_TEXT[locale].home)}</a></li>
  </ol>`;
  SIDEBAR.forEach((entry, i) => {
    if ("pages" in entry) {
      const active = entry.pages.some((page) => page.path === current) ? ' class="observablehq-section-active"' : "";
      html += `\n  <details open${active}>\n    <summary>${escapeHtml(entry.names[locale])}</summary>\n    <ol>${entry.pages.map((page) => sidebarLink(page, from, current, locale)).join("")}\n    </ol>\n  </details>`;
      return;
    }
    if (i === 0 || "pages" in SIDEBAR[i - 1]) html += "\n  <ol>";
    html += sidebarLink(entry, from, current, locale);
    if (i === SIDEBAR.length - 1 || "pages" in SIDEBAR[i + 1]) html += "\n  </ol>";
  });
  return html + "\n</nav>";
}

const HTML_START = /<html\b[^>]*>/i;
const SIDEBAR_NAV = /<nav id="observablehq-sidebar">[\s\S]*?<\/nav>/;
const SIDEBAR_TOGGLE = /(<input id="observablehq-sidebar-toggle" type="checkbox" title=")[^"]*(")/;
const TOC_LABEL = /(<aside id="observablehq-toc"[^>]*>\s*<nav>\s*<div>)[^<]*(<\/div>)/;

/** Puts the page (`page`: its path in the build, e.g. "zh/lab.html") in its language; running it twice changes nothing. */
export function localizePage(html: string, page: string): string {
  const locale = localeOfPage(page);
  return html
    .replace(HTML_START, `<html lang="${LANG_TAGS[locale]}">`)
    .replace(SIDEBAR_NAV, () => sidebarHtml(frameworkPath(page)))
    .replace(SIDEBAR_TOGGLE, (_, start: string, end: string) => `${start}${SITE_TEXT[locale].toggleSidebar}${end}`)
    .replace(TOC_LABEL, (_, start: string, end: string) => `${start}${LANGUAGE_TEXT[locale].contents}${end}`);
}
