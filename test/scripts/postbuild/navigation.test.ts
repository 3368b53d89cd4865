/** Skip links first in every page, a lab link only where the lab's section exists, and the pager's "Overview". */
import {describe, expect, it} from "vitest";
import {addSkipLinks, nameHomeInPager} from "../../../scripts/postbuild/navigation.ts";

describe("navigation fixes", () => {
  it("puts the skip links first in the body, with the lab's only when its section is there, once", () => {
    const html = '<html><head></head><body class="x"><input id="observablehq-sidebar-toggle"><h2 id="try-it-build-the-degradation-curve-yourself">Try it</h2></body></html>';
    const out = addSkipLinks(html, "degradation.html");
    expect(out).toMatch(/<body class="x">\n<nav class="rx-skips" aria-label="Skip links"><a class="rx-skip" href="#observablehq-main">Skip to the content<\/a><a class="rx-skip" href="#try-it-build-the-degradation-curve-yourself">Skip to the lab<\/a><\/nav><input/);
    expect(addSkipLinks(out, "degradation.html")).toBe(out);
    expect(addSkipLinks("<body><p>no lab</p></body>", "degradation.html")).not.toContain("Skip to the lab");
    expect(addSkipLinks("<body></body>", "references.html")).toContain("Skip to the content");
  });

  it("renames the pager's link to the home page and nothing else", () => {
    const footer = '<nav><a rel="prev" href="./"><span>ResNet Explorable</span></a><a rel="next" href="./residual-learning"><span>Residual learning</span></a></nav>';
    expect(nameHomeInPager(footer, "ResNet Explorable", "Overview")).toBe(footer.replace("<span>ResNet Explorable</span>", "<span>Overview</span>"));
    const other = '<a rel="prev" href="./degradation"><span>The degradation problem</span></a>';
    expect(nameHomeInPager(other, "ResNet Explorable", "Overview")).toBe(other);
  });
});
