/**
 * Site configuration. Math in the pages' Markdown ($…$ inline, $$…$$ display) is rendered to HTML at build
 * time by KaTeX through markdown-it-texmath, so it reads without JavaScript. KaTeX's stylesheet is produced by
 * the data loader src/katex/katex.css.ts and served by the site itself, its fonts as files beside it;
 * `globalStylesheets: []` keeps the default theme from fetching Google Fonts.
 */
import {existsSync} from "node:fs";
import {posix} from "node:path";
import katex from "katex";
import texmath from "markdown-it-texmath";
import {LANG_TAGS, LANGUAGE_NAMES, localeOfPath, pageOfPath, pathIn, type Locale, type Localized} from "./src/i18n/locale.ts";

/**
 * KaTeX at build time: a typo fails the build. One extension is allowed: `\htmlClass{term-…}{…}` wraps a
 * term of a formula in a class, so a diagram can highlight it (the unit diagrams link their parts to their
 * formulas). Only classes starting with `term-` are trusted; every other HTML extension stays an error.
 */
const KATEX_OPTIONS = {
  throwOnError: true,
  strict: (errorCode: string) => (errorCode === "htmlExtension" ? "ignore" : "error"),
  trust: (context: {command: string; class?: string}) => context.command === "\\htmlClass" && /^term-[a-z-]+$/.test(context.class ?? "")
};

/**
 * markdown-it-texmath catches KaTeX's errors and prints them as text, so `throwOnError` alone would let a
 * typo through. This engine reports the error on stderr, makes the build exit non-zero, and leaves a
 * `katex-error` element that the end-to-end tests look for.
 */
const STRICT_KATEX = {
  renderToString(tex: string, options: Record<string, unknown>): string {
    try {
      return katex.renderToString(tex, options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`KaTeX error: ${message}\n  in: ${tex}`);
      process.exitCode = 1;
      const escaped = tex.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      return `<span class="katex-error" title="${message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}">${escaped}</span>`;
    }
  }
};

/** The part of markdown-it this config touches. */
interface MarkdownIt {
  use: (plugin: unknown, options: unknown) => MarkdownIt;
  inline: {ruler: {__rules__: {name: string; fn: InlineRule}[]; at: (name: string, fn: InlineRule) => void}};
}
type InlineRule = (state: {src: string; pos: number}, silent: boolean) => boolean;

/**
 * In Framework's Markdown `${…}` is a JavaScript expression, never math, so a `$` before `{` opens no formula.
 * English prose always has a space before `${`, which texmath never reads as the end of a formula; Chinese prose
 * writes `${…}` right after a character (“：${a} 次乘加，${b} 个参数”), where texmath would read the text between
 * two expressions as one formula.
 */
function keepExpressions(md: MarkdownIt): MarkdownIt {
  for (const {name, fn} of md.inline.ruler.__rules__.filter((rule) => rule.name.startsWith("math_inline"))) {
    md.inline.ruler.at(name, (state, silent) => (state.src.startsWith("${", state.pos) ? false : fn(state, silent)));
  }
  return md;
}

/** A page of the site, in reading order, with its name in every language. */
export interface SitePage {
  name: string;
  names: Localized<string>;
  path: string;
}

/** A titled group of pages in the sidebar. */
export interface SiteSection {
  name: string;
  names: Localized<string>;
  pages: SitePage[];
}

/** A page or section named in English (Framework's `name`) and in every language (`names`). */
function named<T extends object>(names: Localized<string>, entry: T): T & {name: string; names: Localized<string>} {
  return {name: names.en, names, ...entry};
}

/**
 * The sidebar, in reading order (see ../shared/DESIGN.md): pages, and sections of pages. "Why it works" gathers the
 * later papers' evidence for why shortcuts help. Paths are the English pages'; a page's Chinese twin is
 * `src/zh/<page>.md` (`pathIn(path, "zh")`).
 */
export const SIDEBAR: (SitePage | SiteSection)[] = [
  named({en: "Overview", zh: "概览"}, {path: "/"}),
  named({en: "The degradation problem", zh: "退化问题"}, {path: "/degradation"}),
  named({en: "Residual learning", zh: "残差学习"}, {path: "/residual-learning"}),
  named({en: "Gradient flow", zh: "梯度流"}, {path: "/gradient-flow"}),
  named(
    {en: "Why it works", zh: "为什么有效"},
    {
      pages: [
        named({en: "Shattered gradients", zh: "碎裂梯度"}, {path: "/shattered-gradients"}),
        named({en: "Lesions", zh: "删除单元"}, {path: "/lesion"}),
        named({en: "Loss landscapes", zh: "损失曲面"}, {path: "/loss-landscape"})
      ]
    }
  ),
  named({en: "Architecture", zh: "网络结构"}, {path: "/architecture"}),
  named({en: "Residual units", zh: "残差单元"}, {path: "/residual-units"}),
  named({en: "Results", zh: "实验结果"}, {path: "/results"}),
  named({en: "Lab", zh: "实验室"}, {path: "/lab"}),
  named({en: "References", zh: "参考文献"}, {path: "/references"})
];

/** Every page, in reading order (the sidebar flattened): what the build, the bench and the tests go through. */
export const PAGES: SitePage[] = SIDEBAR.flatMap((entry) => ("pages" in entry ? entry.pages : [entry]));

/** The source file of an English page path ("/" → "index", "/lab" → "lab"). */
function sourceOf(path: string): string {
  return path === "/" ? "index" : path.slice(1);
}

/** The English pages that have a Chinese twin (a file `src/zh/<page>.md`), in reading order. */
export const ZH_PAGES: SitePage[] = PAGES.filter((page) => existsSync(new URL(`./src/zh/${sourceOf(page.path)}.md`, import.meta.url)));

/** Whether the page `path` (an English path, "/" or "/lab") exists in `locale`. */
export function hasPageIn(path: string, locale: Locale): boolean {
  return locale === "en" || ZH_PAGES.some((page) => page.path === path);
}

/** Site-wide words outside the pages' own text: the footer, the language switch's label. */
export const CHROME_TEXT: Localized<{footer: (referencesHref: string) => string; switchLabel: string; home: string}> = {
  en: {
    footer: (href) =>
      `ResNet Explorable — an explorable explanation of He et al., <a href="${href}">Deep Residual Learning</a> (2015) and <a href="${href}">Identity Mappings</a> (2016).`,
    switchLabel: "Language",
    home: "ResNet Explorable"
  },
  zh: {
    footer: (href) =>
      `ResNet Explorable：用可交互的方式讲解 He 等人的 <a href="${href}" lang="en">Deep Residual Learning</a>（2015）与 <a href="${href}" lang="en">Identity Mappings</a>（2016）。`,
    switchLabel: "语言",
    home: "ResNet Explorable"
  }
};

/** `target` (a path from the site's root; "/" and "/zh/" are folders' home pages) relative to the page at `from` (Framework's path, e.g. "/zh/index"). */
export function hrefFrom(from: string, target: string): string {
  const href = posix.relative(posix.dirname(from), target);
  const folder = target.endsWith("/") ? (href ? `${href}/` : "") : href;
  return folder.startsWith(".") ? folder : `./${folder}`;
}

/**
 * The language switch of a page (Framework's `path`, e.g. "/zh/degradation"): a link to the same page in each other
 * language, or to that language's Overview where the page has no twin yet. The site script (src/site/languageSwitch.ts)
 * carries the page's query (the lab's state) and section anchor over when the reader follows it.
 */
export function languageSwitch(path: string): string {
  const locale = localeOfPath(path);
  const page = pageOfPath(path.replace(/\/index$/, "/"));
  const links = (Object.keys(LANGUAGE_NAMES) as Locale[])
    .filter((other) => other !== locale)
    .map((other) => {
      const isSamePage = hasPageIn(page, other);
      const target = pathIn(isSamePage ? page : "/", other);
      return `<a class="rx-lang-link" href="${hrefFrom(path, target)}" data-same-page="${isSamePage}" hreflang="${LANG_TAGS[other]}" lang="${LANG_TAGS[other]}">${LANGUAGE_NAMES[other]}</a>`;
    });
  return `<nav class="rx-lang" aria-label="${CHROME_TEXT[locale].switchLabel}">${links.join(" ")}</nav>`;
}

export default {
  title: "ResNet Explorable",
  root: "src",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  // The Chinese pages are listed too, in a section of their own with a pager of their own: the build rewrites every
  // page's sidebar to its own language's (scripts/postbuild/language.ts), so a reader sees one language at a time.
  pages: [
    ...SIDEBAR.map((entry) => ("pages" in entry ? {...entry, open: true} : entry)),
    ...(ZH_PAGES.length ? [{name: LANGUAGE_NAMES.zh, open: false, pager: "zh", pages: ZH_PAGES.map((page) => ({name: page.names.zh, path: pathIn(page.path, "zh")}))}] : [])
  ],
  pager: true,
  search: false,
  markdownIt: (md: MarkdownIt) => keepExpressions(md.use(texmath, {engine: STRICT_KATEX, delimiters: "dollars", katexOptions: KATEX_OPTIONS})),
  head: '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/katex/katex.css">',
  header: ({path}: {path: string}) => languageSwitch(path),
  footer: ({path}: {path: string}) => CHROME_TEXT[localeOfPath(path)].footer(hrefFrom(path, "/references"))
};
