/**
 * The language switch (issue 12 §3): the build puts a link to the same page in the other language into every page's
 * header (observablehq.config.ts, `languageSwitch`). A lab keeps its state in the page's query and the reader's place
 * in its anchor, so whenever the link is about to be followed (pointer over it, focus, click), this copies the
 * current query and anchor onto it. A page with no twin links to the other language's Overview: there the anchor
 * would mean nothing, and only the query is kept off too.
 */
import {siteMessages} from "./messages.js";

/** The link's address with the current page's query and anchor: `href` is the link's address as built. */
export function withPageState(href: string, search: string, hash: string, isSamePage: boolean): string {
  const base = href.split(/[?#]/)[0];
  return isSamePage ? base + search + hash : base;
}

/** Keeps every language link on the page carrying the page's state. */
export function startLanguageSwitch(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>("a.rx-lang-link")) {
    const built = link.getAttribute("href") ?? "";
    const isSamePage = link.dataset.samePage === "true";
    const update = () => link.setAttribute("href", withPageState(built, location.search, location.hash, isSamePage));
    for (const type of ["pointerenter", "focus", "mousedown", "touchstart", "click"]) link.addEventListener(type, update);
    update();
  }
}

/**
 * Framework's sidebar script titles the sidebar's toggle "Toggle sidebar" and its keyboard shortcut when the page
 * starts; this says it in the page's language, keeping the shortcut.
 */
export function localizeSidebarToggle(doc: Document = document): void {
  const name = siteMessages().toggleSidebar;
  for (const element of doc.querySelectorAll<HTMLElement>("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle']")) {
    element.title = element.title.replace(/^Toggle sidebar/, name);
  }
}
