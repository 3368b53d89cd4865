/** Turning a built page's style attributes (KaTeX's layout) into classes, so it needs no `'unsafe-inline'` styles. */
import {describe, expect, it} from "vitest";
import {classifyStyleAttributes, splitDeclarations, StyleClasses} from "../../../scripts/postbuild/styleAttributes.ts";

describe("classifyStyleAttributes", () => {
  it("gives each distinct declaration list one class, added to the element's classes", () => {
    const classes = new StyleClasses();
    const html = '<span class="vlist" style="height:2.7em;"><span style="top:-2.55em;margin-right:0.05em;">x</span></span><span style="height: 2.7em">y</span>';
    const {html: out, moved} = classifyStyleAttributes(html, classes);
    expect(moved).toBe(3);
    expect(classes.size).toBe(2);
    const height = classes.classFor("height:2.7em");
    const top = classes.classFor("top:-2.55em;margin-right:0.05em");
    expect(out).toBe(`<span class="vlist ${height}"><span class="${top}">x</span></span><span class="${height}">y</span>`);
    expect(out).not.toContain("style=");
  });

  it("writes one rule per class, every declaration !important so it beats KaTeX's own rules as the attribute did", () => {
    const classes = new StyleClasses();
    classifyStyleAttributes('<svg width="1em" style="width:0.8889em"></svg><span style="top:-2.55em;margin-left:0em !important;">', classes);
    const rules = classes.stylesheet().split("\n").filter((line) => line.startsWith("."));
    expect(rules).toEqual([
      `.${classes.classFor("width:0.8889em")}{width:0.8889em!important}`,
      `.${classes.classFor("top:-2.55em;margin-left:0em")}{top:-2.55em!important;margin-left:0em!important}`
    ]);
  });

  it("drops empty style attributes and decodes character references", () => {
    const classes = new StyleClasses();
    expect(classifyStyleAttributes('<b style="">x</b><i style>y</i>', classes).html).toBe("<b>x</b><i>y</i>");
    expect(classes.size).toBe(0);
    expect(classifyStyleAttributes('<b style="margin-left:&#45;1em">', classes).html).toBe(`<b class="${classes.classFor("margin-left:-1em")}">`);
  });

  it("is not fooled by attributes whose names end in style", () => {
    const classes = new StyleClasses();
    const html = '<mstyle displaystyle="true" scriptlevel="0"><mi>x</mi></mstyle>';
    expect(classifyStyleAttributes(html, classes)).toEqual({html, moved: 0});
  });
});

describe("splitDeclarations", () => {
  it("normalises names and spacing", () => {
    expect(splitDeclarations(" Height : 1em ;; vertical-align:-0.25em ")).toEqual(["height:1em", "vertical-align:-0.25em"]);
  });

  it("refuses text that is not a plain declaration list or could escape the rule", () => {
    for (const style of ["color:red}body{display:none", "a", ":1", "x:", "font-family:'KaTeX'", "a:b/*c*/", "a:\\62"]) {
      expect(() => splitDeclarations(style), style).toThrow();
    }
  });
});
