/**
 * Keyboard and pager fixes for every built page (issue 10 §3, §6):
 * - skip links, first in `<body>` (before the sidebar's toggle, which was the first Tab stop, ~29 Tabs before the
 *   first control of /degradation): "Skip to the content" and, on a page with a lab, "Skip to the lab". They are
 *   visible only when focused (`.rx-skip` in src/style.css);
 * - the pager's link to the first page says "Overview", the sidebar's name for it, instead of the site's title
 *   (Framework names its home page after `title`).
 */

import {LAB_SECTIONS} from "../../src/components/classroom/embed.ts";
import {URL_PARAMETERS, type LabId} from "../../src/components/controls/parameters.ts";
import {SITE_TEXT} from "../../src/site/messages.ts";
import {localeOfPage} from "./language.ts";

/**
 * The section each lab page's skip link goes to, by built page: the labs' one table of sections (which embeds use too),
 * and the Architecture page's ResNet-50 builder, which has no settings in the URL.
 */
export const LAB_ANCHORS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(LAB_SECTIONS).map(([lab, {id}]) => {
      const path = URL_PARAMETERS[lab as LabId].path;
      return [path === "/" ? "index.html" : `${path.slice(1)}.html`, id];
    })
  ),
  "architecture.html": "res-net-50-built-in-your-browser"
};

const BODY_START = /<body\b[^>]*>/i;

/**
 * Adds the skip links to a page (`page`: its path in the build, e.g. "degradation.html" or "zh/degradation.html",
 * whose lab has the English twin's anchor), in the page's language; idempotent.
 */
export function addSkipLinks(html: string, page: string): string {
  if (html.includes('class="rx-skip"')) return html;
  const text = SITE_TEXT[localeOfPage(page)];
  const lab = LAB_ANCHORS[page.replace(/^zh\//, "")];
  const hasLab = lab !== undefined && html.includes(`id="${lab}"`);
  const links = `<nav class="rx-skips" aria-label="${text.skipLinks}"><a class="rx-skip" href="#observablehq-main">${text.skipToContent}</a>${hasLab ? `<a class="rx-skip" href="#${lab}">${text.skipToLab}</a>` : ""}</nav>`;
  return html.replace(BODY_START, (tag) => `${tag}\n${links}`);
}

/** The pager's "previous" link to the home page, named `siteTitle` by Framework, renamed `homeName`. */
export function nameHomeInPager(html: string, siteTitle: string, homeName: string): string {
  const escaped = siteTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return html.replace(new RegExp(`(<a rel="prev" href="[./]*"><span>)${escaped}(</span>)`), `$1${homeName}$2`);
}
