/** Sizing exported SVG markup without parsing it (the PNG export, under the site's Content-Security-Policy). */
import {describe, expect, it} from "vitest";
import {setSvgSize} from "../../../src/components/export/svgSize.ts";

const SIZE = {width: 640, height: 400, viewWidth: 320, viewHeight: 200};

describe("setSvgSize", () => {
  it("replaces the root's width and height and keeps its viewBox, attributes, children and style attributes", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200" stroke-width="2"><text style="font:12px a;fill:red" width="9">x &gt; 1</text></svg>';
    expect(setSvgSize(svg, SIZE)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 320 200" stroke-width="2"><text style="font:12px a;fill:red" width="9">x &gt; 1</text></svg>'
    );
  });

  it("adds a viewBox of the drawing's size, and width and height, where the root has none", () => {
    expect(setSvgSize('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', SIZE)).toBe(
      '<svg height="400" width="640" viewBox="0 0 320 200" xmlns="http://www.w3.org/2000/svg"><g/></svg>'
    );
  });

  it("looks only at the root tag, after an XML declaration", () => {
    const svg = '<?xml version="1.0"?><svg width="1" height="1"><svg width="5" height="5"/></svg>';
    expect(setSvgSize(svg, SIZE)).toBe('<?xml version="1.0"?><svg viewBox="0 0 320 200" width="640" height="400"><svg width="5" height="5"/></svg>');
  });

  it("refuses markup without an svg element", () => {
    expect(() => setSvgSize("<svgfoo/>", SIZE)).toThrow(/not an SVG/);
    expect(() => setSvgSize("<html></html>", SIZE)).toThrow(/not an SVG/);
  });
});
