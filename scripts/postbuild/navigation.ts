/**
 * Keyboard and pager fixes for every built page (issue 10 §3, §6):
 * - skip links, first in `<body>` (before the sidebar's toggle, which was the first Tab stop, ~29 Tabs before the
 *   first control of /degradation): "Skip to the content" and, on a page with a lab, "Skip to the lab". They are
 *   visible only when focused (`.rx-skip` in src/style.css);
 * - the pager's link to the first page says "Overview", the sidebar's name for it, instead of the site's title
 *   (Framework names its home page after `title`).
 */

/** The section each lab page's skip link goes to (a heading id Framework writes, or a lab's own container). */
export const LAB_ANCHORS: Record<string, string> = {
  "index.html": "hero",
  "degradation.html": "try-it-build-the-degradation-curve-yourself",
  "residual-learning.html": "try-it-scale-a-residual-unit-down-to-the-identity",
  "gradient-flow.html": "try-it-measure-the-gradient-at-every-unit",
  "shattered-gradients.html": "try-it-shatter-the-gradient-of-a-plain-network",
  "architecture.html": "res-net-50-built-in-your-browser",
  "residual-units.html": "try-it-a-b-and-c-on-a-small-network",
  "lab.html": "data"
};

const BODY_START = /<body\b[^>]*>/i;

/** Adds the skip links to a page (`page`: its path in the build, e.g. "degradation.html"); idempotent. */
export function addSkipLinks(html: string, page: string): string {
  if (html.includes('class="rx-skip"')) return html;
  const lab = LAB_ANCHORS[page];
  const hasLab = lab !== undefined && html.includes(`id="${lab}"`);
  const links = `<nav class="rx-skips" aria-label="Skip links"><a class="rx-skip" href="#observablehq-main">Skip to the content</a>${hasLab ? `<a class="rx-skip" href="#${lab}">Skip to the lab</a>` : ""}</nav>`;
  return html.replace(BODY_START, (tag) => `${tag}\n${links}`);
}

/** The pager's "previous" link to the home page, named `siteTitle` by Framework, renamed `homeName`. */
export function nameHomeInPager(html: string, siteTitle: string, homeName: string): string {
  const escaped = siteTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return html.replace(new RegExp(`(<a rel="prev" href="[./]*"><span>)${escaped}(</span>)`), `$1${homeName}$2`);
}
