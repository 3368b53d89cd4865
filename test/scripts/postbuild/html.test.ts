/** The post-build step's HTML rewriter: start tags and raw-text elements handed out, everything else kept byte for byte. */
import {describe, expect, it} from "vitest";
import {decodeAttribute, formatStartTag, rewriteHtml, type StartTag} from "../../../scripts/postbuild/html.ts";

describe("rewriteHtml", () => {
  it("returns the markup unchanged when no callback changes anything", () => {
    const html = '<!DOCTYPE html>\n<p class=a data-x="1 > 0" hidden>x &lt; y</p><!-- <b style="c"> --><br/>';
    const seen: string[] = [];
    expect(rewriteHtml(html, {startTag: (tag) => void seen.push(tag.name)})).toBe(html);
    expect(seen).toEqual(["p", "br"]);
  });

  it("reads attributes quoted, unquoted and bare, names lower-cased, values still encoded", () => {
    let tag: StartTag | undefined;
    rewriteHtml(`<SPAN Class="a b" data-v='x "y"' id=z disabled title="&quot;t&quot;">`, {startTag: (t) => void (tag = t)});
    expect(tag).toEqual({
      name: "span",
      selfClosing: false,
      attributes: [
        {name: "class", value: "a b"},
        {name: "data-v", value: 'x "y"'},
        {name: "id", value: "z"},
        {name: "disabled", value: undefined},
        {name: "title", value: "&quot;t&quot;"}
      ]
    });
  });

  it("does not look for tags inside scripts, styles and comments, and hands raw-text bodies out whole", () => {
    const html = '<script type="module">const s = `<span style="x">`; if (a</b) {}</script><span style="y">';
    const tags: string[] = [];
    const bodies: string[] = [];
    rewriteHtml(html, {startTag: (tag) => void tags.push(formatStartTag(tag)), rawTextElement: (_tag, body) => void bodies.push(body)});
    expect(tags).toEqual(['<span style="y">']);
    expect(bodies).toEqual(['const s = `<span style="x">`; if (a</b) {}']);
  });

  it("splices in replacements for tags and whole raw-text elements", () => {
    const html = '<head><script>a()</script></head><p style="q">t</p>';
    const out = rewriteHtml(html, {
      startTag: (tag) => (tag.name === "p" ? {...tag, attributes: [{name: "class", value: "k"}]} : undefined),
      rawTextElement: () => '<script src="a.js"></script>'
    });
    expect(out).toBe('<head><script src="a.js"></script></head><p class="k">t</p>');
  });

  it("takes a stray < in text for text", () => {
    expect(rewriteHtml("a < b <3 <p>", {startTag: (tag) => ({...tag, attributes: [{name: "x", value: "1"}]})})).toBe('a < b <3 <p x="1">');
  });
});

describe("attribute values", () => {
  it("are decoded from character references and written back double-quoted", () => {
    expect(decodeAttribute("a&amp;b &quot;c&quot; &#39;d&#x27; &unknown;")).toBe(`a&b "c" 'd' &unknown;`);
    expect(formatStartTag({name: "a", attributes: [{name: "title", value: 'say "hi"'}, {name: "hidden"}], selfClosing: true})).toBe(
      '<a title="say &quot;hi&quot;" hidden/>'
    );
  });
});
