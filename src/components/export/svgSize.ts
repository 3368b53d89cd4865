/**
 * Sets the size of an SVG document given as markup, by rewriting its root `<svg …>` tag only. The markup is not
 * parsed into a document: in a page under a Content-Security-Policy without `'unsafe-inline'` styles, parsing
 * markup whose elements carry `style="…"` (as exported charts do) counts as inline styles, and is refused.
 */

/**
 * Gives the root `<svg>` of `svgText` the attributes `width` and `height` (replacing those it has) and, when it has
 * none, `viewBox="0 0 <viewWidth> <viewHeight>"`. The markup must be what XMLSerializer writes (attribute values in
 * double quotes, `>` escaped); throws when there is no `<svg` tag.
 */
export function setSvgSize(svgText: string, size: {width: number; height: number; viewWidth: number; viewHeight: number}): string {
  const match = /<svg(?=[\s>/])[^>]*>/.exec(svgText);
  if (!match) throw new Error("not an SVG document");
  let tag = match[0];
  const set = (name: string, value: string) => {
    const existing = new RegExp(`(\\s${name}=)"[^"]*"`);
    tag = existing.test(tag) ? tag.replace(existing, `$1"${value}"`) : tag.replace(/^<svg/, `<svg ${name}="${value}"`);
  };
  if (!/\sviewBox="/.test(tag)) set("viewBox", `0 0 ${size.viewWidth} ${size.viewHeight}`);
  set("width", String(size.width));
  set("height", String(size.height));
  return svgText.slice(0, match.index) + tag + svgText.slice(match.index + match[0].length);
}
