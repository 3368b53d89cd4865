/**
 * Site configuration. Math in the pages' Markdown ($…$ inline, $$…$$ display) is rendered to HTML at build
 * time by KaTeX through markdown-it-texmath, so it reads without JavaScript. KaTeX's stylesheet is produced by
 * the data loader src/katex/katex.css.ts and served by the site itself, its fonts as files beside it;
 * `globalStylesheets: []` keeps the default theme from fetching Google Fonts.
 */
import katex from "katex";
import texmath from "markdown-it-texmath";

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

/** A page of the site, in reading order. */
export interface SitePage {
  name: string;
  path: string;
}

/** A titled group of pages in the sidebar. */
export interface SiteSection {
  name: string;
  pages: SitePage[];
}

/**
 * The sidebar, in reading order (see ../shared/DESIGN.md): pages, and sections of pages. "Why it works" gathers the
 * later papers' evidence for why shortcuts help.
 */
export const SIDEBAR: (SitePage | SiteSection)[] = [
  {name: "Overview", path: "/"},
  {name: "The degradation problem", path: "/degradation"},
  {name: "Residual learning", path: "/residual-learning"},
  {name: "Gradient flow", path: "/gradient-flow"},
  {
    name: "Why it works",
    pages: [
      {name: "Shattered gradients", path: "/shattered-gradients"},
      {name: "Lesions", path: "/lesion"},
      {name: "Loss landscapes", path: "/loss-landscape"}
    ]
  },
  {name: "Architecture", path: "/architecture"},
  {name: "Residual units", path: "/residual-units"},
  {name: "Results", path: "/results"},
  {name: "Lab", path: "/lab"},
  {name: "References", path: "/references"}
];

/** Every page, in reading order (the sidebar flattened): what the build, the bench and the tests go through. */
export const PAGES: SitePage[] = SIDEBAR.flatMap((entry) => ("pages" in entry ? entry.pages : [entry]));

export default {
  title: "ResNet Explorable",
  root: "src",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  pages: SIDEBAR.map((entry) => ("pages" in entry ? {...entry, open: true} : entry)),
  pager: true,
  search: false,
  markdownIt: (md: {use: (plugin: unknown, options: unknown) => unknown}) =>
    md.use(texmath, {engine: STRICT_KATEX, delimiters: "dollars", katexOptions: KATEX_OPTIONS}),
  head: '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/katex/katex.css">',
  footer:
    'ResNet Explorable — an explorable explanation of He et al., <a href="./references">Deep Residual Learning</a> (2015) and <a href="./references">Identity Mappings</a> (2016).'
};
