/**
 * A small HTML rewriter for the pages Framework builds: it walks the markup once, hands every start tag (with
 * its attributes) and every raw-text element (`<script>`, `<style>`, `<textarea>`, `<title>`) with its body
 * to callbacks, and splices in what they return. Everything it is not asked to change — text, comments,
 * untouched tags, whitespace — stays byte for byte as it was.
 */

/** One attribute as written: `name`, `name=value`, `name="value"` or `name='value'`; `value` is still encoded. */
export interface HtmlAttribute {
  name: string;
  /** The raw (entity-encoded) value; undefined for a bare attribute like `hidden`. */
  value?: string;
}

/** A start tag: its lower-case name, attributes in order, and whether it ended with `/>`. */
export interface StartTag {
  name: string;
  attributes: HtmlAttribute[];
  selfClosing: boolean;
}

export interface HtmlRewriters {
  /** Called for each start tag outside raw-text elements; return a replacement tag, or undefined to keep it. */
  startTag?: (tag: StartTag) => StartTag | undefined;
  /** Called for each raw-text element; return the markup that replaces the whole element, or undefined. */
  rawTextElement?: (tag: StartTag, body: string) => string | undefined;
}

const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title"]);
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
const TAG_END = /\s*(\/?)>/y;

/** Reads the start tag whose name begins at `from` (just after `<`); null when the markup there is not a tag. */
function readStartTag(html: string, from: number): {tag: StartTag; end: number} | null {
  TAG_NAME.lastIndex = from;
  const name = TAG_NAME.exec(html);
  if (!name) return null;
  const attributes: HtmlAttribute[] = [];
  let at = TAG_NAME.lastIndex;
  for (;;) {
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(html);
    if (end) return {tag: {name: name[0].toLowerCase(), attributes, selfClosing: end[1] === "/"}, end: TAG_END.lastIndex};
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(html);
    if (!attribute || ATTRIBUTE.lastIndex === at) return null;
    attributes.push({name: attribute[1].toLowerCase(), value: attribute[2] ?? attribute[3] ?? attribute[4]});
    at = ATTRIBUTE.lastIndex;
  }
}

/** Writes a start tag back as markup (values double-quoted; a value containing `"` must already be encoded). */
export function formatStartTag({name, attributes, selfClosing}: StartTag): string {
  const written = attributes.map(({name, value}) => (value === undefined ? ` ${name}` : ` ${name}="${value.replace(/"/g, "&quot;")}"`));
  return `<${name}${written.join("")}${selfClosing ? "/" : ""}>`;
}

/** The value of an attribute (still encoded), or undefined when the tag has none. */
export function attributeValue(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find((attribute) => attribute.name === name)?.value;
}

/** Decodes the character references that occur in attribute values (`&quot;`, `&amp;`, `&#39;`, `&#x27;`, …). */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = {amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0"};
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") return String.fromCodePoint(body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return named[body.toLowerCase()] ?? entity;
  });
}

/** Rewrites `html` with the given callbacks (see {@link HtmlRewriters}). */
export function rewriteHtml(html: string, {startTag, rawTextElement}: HtmlRewriters): string {
  let out = "";
  let copied = 0; // html[copied…] has not been written to out yet
  let at = 0;
  while ((at = html.indexOf("<", at)) >= 0) {
    if (html.startsWith("<!--", at)) {
      const close = html.indexOf("-->", at + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[at + 1] === "!" || html[at + 1] === "/" || html[at + 1] === "?") {
      const close = html.indexOf(">", at);
      at = close < 0 ? html.length : close + 1;
      continue;
    }
    const read = readStartTag(html, at + 1);
    if (!read) {
      at += 1;
      continue;
    }
    const {tag, end} = read;
    if (RAW_TEXT_ELEMENTS.has(tag.name) && !tag.selfClosing) {
      const closeMatch = new RegExp(`</${tag.name}[\\s/>]`, "ig");
      closeMatch.lastIndex = end;
      const close = closeMatch.exec(html);
      const bodyEnd = close ? close.index : html.length;
      const elementEnd = close ? html.indexOf(">", bodyEnd) + 1 : html.length;
      const replacement = rawTextElement?.(tag, html.slice(end, bodyEnd));
      if (replacement !== undefined) {
        out += html.slice(copied, at) + replacement;
        copied = elementEnd;
      }
      at = elementEnd;
      continue;
    }
    const replacement = startTag?.(tag);
    if (replacement !== undefined) {
      out += html.slice(copied, at) + formatStartTag(replacement);
      copied = end;
    }
    at = end;
  }
  return out + html.slice(copied);
}
