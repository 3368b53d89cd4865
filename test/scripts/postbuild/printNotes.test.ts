/** External links of a page's prose get numbers and a list at the end; the print footer follows; twice is once. */
import {describe, expect, it} from "vitest";
import {addPrintNotes} from "../../../scripts/postbuild/printNotes.ts";

const page = (main: string) => `<html><body><nav><a href="https://elsewhere.example/nav">nav</a></nav><main id="observablehq-main" class="observablehq">${main}</main><footer></footer></body></html>`;

describe("addPrintNotes", () => {
  it("numbers each external address once, in order, and lists them before the footer", () => {
    const html = addPrintNotes(page('<p><a href="https://arxiv.org/abs/1512.03385">He</a>, <a href="./lab">Lab</a>, <a href="https://a.example/?x=1&amp;y=2">A</a>, <a href="https://arxiv.org/abs/1512.03385">again</a></p>'), "Links");
    expect(html).toContain('<a href="https://arxiv.org/abs/1512.03385" data-footnote="1">He</a>');
    expect(html).toContain('<a href="./lab">Lab</a>');
    expect(html).toContain('data-footnote="2">A</a>');
    expect(html).toContain('<a href="https://arxiv.org/abs/1512.03385" data-footnote="1">again</a>');
    expect(html).toContain('<section class="rx-print-notes"><h2>Links</h2><ol><li>https://arxiv.org/abs/1512.03385</li><li>https://a.example/?x=1&amp;y=2</li></ol></section><p class="rx-print-footer"></p></main>');
    expect(html).toContain('<a href="https://elsewhere.example/nav">nav</a>'); // outside <main>: untouched
    expect(addPrintNotes(html, "Links")).toBe(html);
  });

  it("adds only the footer to a page without external links, and leaves a page without <main> alone", () => {
    expect(addPrintNotes(page("<p>text</p>"), "Links")).toContain('<p>text</p><p class="rx-print-footer"></p></main>');
    expect(addPrintNotes("<html><body></body></html>", "Links")).toBe("<html><body></body></html>");
  });
});
