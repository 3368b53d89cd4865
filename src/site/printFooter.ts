/**
 * The printed footer's address and date: the build puts `<p class="rx-print-footer">` at the end of every page (shown
 * only in print, with the page's numbered link list; scripts/postbuild/printNotes.ts); this fills in where the page was
 * opened and when, again just before printing.
 */
import {siteMessages} from "./messages.js";

/** "December 2, 2026" in the page's language. */
export function printDate(date: Date, locale: string): string {
  return date.toLocaleDateString(locale, {year: "numeric", month: "long", day: "numeric"});
}

function fill(): void {
  const footer = document.querySelector<HTMLElement>(".rx-print-footer");
  if (!footer) return;
  const address = location.href.split("#")[0];
  footer.textContent = siteMessages().printedFrom(address, printDate(new Date(), document.documentElement.lang || "en"));
}

/** Fills the footer now and whenever the page is about to be printed. */
export function startPrintFooter(): void {
  fill();
  window.addEventListener("beforeprint", fill);
  window.matchMedia("print").addEventListener("change", (event) => {
    if (event.matches) fill();
  });
}
