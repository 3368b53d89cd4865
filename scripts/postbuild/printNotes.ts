/**
 * Links as footnotes on paper (issue 11 §3): every link of a page's prose to another site gets a number
 * (`data-footnote`, printed after the link as a superscript by `@media print` in src/components/components.css), and
 * the end of the page's `<main>` gets the list of those addresses and the printed footer (`.rx-print-footer`, filled
 * with the page's address and the date by src/site/printFooter.ts). Both are shown only in print. A link repeated
 * keeps its first number. Idempotent.
 */
import {attributeValue, decodeAttribute, rewriteHtml} from "./html.ts";

const MAIN_START = /<main\b[^>]*\bid="observablehq-main"[^>]*>/i;
const MAIN_END = "</main>";

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Numbers the external links of the page's `<main>` and appends their list and the print footer. */
export function addPrintNotes(html: string, linksHeading: string): string {
  if (html.includes('class="rx-print-notes"') || html.includes('class="rx-print-footer"')) return html;
  const start = MAIN_START.exec(html);
  const end = start ? html.indexOf(MAIN_END, start.index) : -1;
  if (!start || end < 0) return html;
  const bodyStart = start.index + start[0].length;
  const numbers = new Map<string, number>();
  const main = rewriteHtml(html.slice(bodyStart, end), {
    startTag(tag) {
      const href = tag.name === "a" ? attributeValue(tag, "href") : undefined;
      if (!href || !/^https?:\/\//i.test(href) || attributeValue(tag, "data-footnote") !== undefined) return undefined;
      const url = decodeAttribute(href);
      if (!numbers.has(url)) numbers.set(url, numbers.size + 1);
      return {...tag, attributes: [...tag.attributes, {name: "data-footnote", value: String(numbers.get(url))}]};
    }
  });
  const list = numbers.size
    ? `<section class="rx-print-notes"><h2>${escapeText(linksHeading)}</h2><ol>${[...numbers.keys()].map((url) => `<li>${escapeText(url)}</li>`).join("")}</ol></section>`
    : "";
  return html.slice(0, bodyStart) + main + list + '<p class="rx-print-footer"></p>' + html.slice(end);
}
