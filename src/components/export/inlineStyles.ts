/**
 * Copies the computed styles that matter for drawing from a live SVG onto its clone, so the clone looks the
 * same outside the page (in a file, or rasterised on a canvas, where the page's stylesheets do not apply).
 * `currentColor` and CSS variables arrive resolved. Inherited properties are written only where they differ
 * from the parent's, so the file stays small.
 */

/** Inherited presentation properties an SVG drawing depends on. */
const INHERITED = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "font-family", "font-size",
  "font-weight", "font-style", "font-variant-numeric", "letter-spacing", "text-anchor", "dominant-baseline",
  "paint-order", "shape-rendering", "white-space", "visibility"
] as const;

/** Non-inherited properties, with their initial values (written only when different). */
const NOT_INHERITED: Record<string, string> = {
  opacity: "1",
  "mix-blend-mode": "normal",
  "vector-effect": "none",
  "alignment-baseline": "auto",
  "baseline-shift": "0px"
};

/** Writes `source`'s drawing styles onto `target` (an SVG clone of it); `parent` is the source's parent's style. */
function inlineElement(source: Element, target: Element, parent: CSSStyleDeclaration | null): CSSStyleDeclaration {
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of INHERITED) {
    const value = computed.getPropertyValue(property);
    if (value && (!parent || parent.getPropertyValue(property) !== value)) declarations.push(`${property}:${value}`);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = computed.getPropertyValue(property);
    if (value && value !== initial) declarations.push(`${property}:${value}`);
  }
  if (computed.display === "none") declarations.push("display:none");
  // Through the CSSOM, not setAttribute("style"): the site's Content-Security-Policy blocks style attributes
  // written as text, but not styles set from script.
  if (declarations.length > 0) (target as SVGElement).style.cssText = declarations.join(";");
  else target.removeAttribute("style");
  return computed;
}

/**
 * Clones an SVG element with its computed drawing styles inlined; `<style>` and `<script>` elements are
 * dropped (their effect is now inline; page CSS such as `height: auto` would distort a nested SVG).
 */
export function cloneWithInlineStyles(source: SVGElement): SVGElement {
  const clone = source.cloneNode(true) as SVGElement;
  const walk = (from: Element, to: Element, parent: CSSStyleDeclaration | null) => {
    const computed = inlineElement(from, to, parent);
    const fromChildren = Array.from(from.children);
    const toChildren = Array.from(to.children);
    fromChildren.forEach((child, i) => walk(child, toChildren[i], computed));
  };
  walk(source, clone, null);
  clone.querySelectorAll("style, script").forEach((element) => element.remove());
  clone.removeAttribute("class");
  return clone;
}
