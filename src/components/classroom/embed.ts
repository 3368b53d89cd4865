/**
 * Embeds (issue 16, item 4): with `embed=1` the page shows its lab alone — no sidebar, header, footer, pager,
 * table of contents, skip links or prose outside the lab — and tells the page framing it its height, on load
 * and on every resize, as `{type: "resnet-explorable:height", height}` (CSS pixels), so the frame can fit.
 */
import type {LabId} from "../controls/parameters.js";

/** The message a framed lab posts to its parent. */
export const HEIGHT_MESSAGE = "resnet-explorable:height";

/**
 * Where each lab starts on its page: the id of its section's heading (or of the lab's own element), as the
 * "Skip to the lab" link uses too (scripts/postbuild/navigation.ts reads this table). `toEnd`: the lab runs to the end of the page.
 */
export const LAB_SECTIONS: Record<LabId, {id: string; toEnd?: boolean}> = {
  hero: {id: "hero"},
  degradation: {id: "try-it-build-the-degradation-curve-yourself"},
  residualUnit: {id: "try-it-scale-a-residual-unit-down-to-the-identity"},
  gradientFlow: {id: "try-it-measure-the-gradient-at-every-unit"},
  shattered: {id: "try-it-shatter-the-gradient-of-a-plain-network"},
  lesion: {id: "try-it-delete-units-from-a-trained-network"},
  landscape: {id: "try-it-map-the-loss-around-two-trained-networks"},
  shortcuts: {id: "try-it-a-b-and-c-on-a-small-network"},
  lab: {id: "data", toEnd: true}
};

/** The top-level elements of the page's main column that make up the lab. */
export function labElements(lab: LabId, doc: Document = document): Element[] {
  const {id, toEnd} = LAB_SECTIONS[lab];
  const start = doc.getElementById(id);
  if (!start) return [];
  let top: Element = start;
  while (top.parentElement && top.parentElement.id !== "observablehq-main" && top.parentElement.tagName !== "MAIN") top = top.parentElement;
  if (!/^H[1-6]$/.test(top.tagName)) return [top];
  const level = Number(top.tagName[1]);
  const elements: Element[] = [top];
  for (let next = top.nextElementSibling; next; next = next.nextElementSibling) {
    const heading = /^H([1-6])$/.exec(next.tagName);
    if (!toEnd && heading && Number(heading[1]) <= level) break;
    elements.push(next);
  }
  return elements;
}

/** Posts the document's height to the parent frame. */
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({type: HEIGHT_MESSAGE, height}, "*");
}

/** Shows only the lab and, in a frame, reports its height now and on every resize. Idempotent. */
export function enterEmbed(lab: LabId): void {
  const root = document.documentElement;
  if (root.classList.contains("rx-embed")) return;
  for (const element of labElements(lab)) element.setAttribute("data-rx-lab", "");
  root.classList.add("rx-embed");
  if (window.parent === window) return;
  new ResizeObserver(postHeight).observe(document.body);
  postHeight();
}
