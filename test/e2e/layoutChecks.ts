/**
 * What the layout tests measure on a page (layout.test.ts, chinese.test.ts): anything wider than the window, or cut
 * off without showing that it scrolls.
 */
import type {Page} from "playwright-core";

/** Boxes that may scroll sideways, each drawing its scroll shadows (src/style.css). */
const SCROLL_BOXES = [".table-scroll", ".arch-figure-scroll", ".katex-display", "pre.rx-code"];

/** What on the page is wider than the window or cut off without showing that it scrolls. */
export function cutOffs(page: Page): Promise<string[]> {
  return page.evaluate((boxes) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.querySelectorAll<HTMLElement>("#observablehq-main *")) {
      const style = getComputedStyle(element);
      if (style.overflowX === "visible" || element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
      if (element.closest(".katex-mathml")) continue; // KaTeX's MathML for screen readers, visually hidden by design
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
      if (!boxes.some((selector) => element.matches(selector))) out.push(`${name} cuts off ${element.scrollWidth - element.clientWidth} px`);
      else if (!style.backgroundImage.includes("gradient")) out.push(`${name} scrolls without its shadows`);
    }
    return out;
  }, SCROLL_BOXES);
}

