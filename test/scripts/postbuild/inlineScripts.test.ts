/** Moving a built page's inline scripts into files, so it runs under `script-src 'self'`. */
import {describe, expect, it} from "vitest";
import {externalizeInlineScripts, shortHash} from "../../../scripts/postbuild/inlineScripts.ts";

const MODULE = '\nimport {define} from "./_observablehq/client.js";\ndefine({id: "1", body: () => import("./_import/a.js")});\n';
const SIDEBAR = '{const e=document.querySelector("#observablehq-sidebar");}';
const PAGE = `<head><script type="module">${MODULE}</script></head><body><nav></nav><script>${SIDEBAR}</script><main></main></body>`;

describe("externalizeInlineScripts", () => {
  it("puts a page's module script beside the page (its relative imports keep working) and its classic script in _observablehq", () => {
    const {html, files} = externalizeInlineScripts(PAGE, "lab.html");
    expect(files).toEqual([
      {path: `lab.${shortHash(MODULE)}.js`, contents: MODULE},
      {path: `_observablehq/inline.${shortHash(SIDEBAR)}.js`, contents: SIDEBAR}
    ]);
    expect(html).toBe(
      `<head><script type="module" src="./lab.${shortHash(MODULE)}.js"></script></head><body><nav></nav>` +
        `<script src="./_observablehq/inline.${shortHash(SIDEBAR)}.js"></script><main></main></body>`
    );
  });

  it("links from a page in a folder with a path relative to that folder", () => {
    const {html, files} = externalizeInlineScripts(PAGE, "_bench/demo.html");
    expect(files.map((file) => file.path)).toEqual([`_bench/demo.${shortHash(MODULE)}.js`, `_observablehq/inline.${shortHash(SIDEBAR)}.js`]);
    expect(html).toContain(`<script type="module" src="./demo.${shortHash(MODULE)}.js">`);
    expect(html).toContain(`<script src="../_observablehq/inline.${shortHash(SIDEBAR)}.js">`);
  });

  it("leaves scripts with a src and data blocks alone, drops empty ones", () => {
    const html = '<script src="a.js"></script><script type="application/json">{"a":1}</script><script> </script>';
    expect(externalizeInlineScripts(html, "index.html")).toEqual({html: '<script src="a.js"></script><script type="application/json">{"a":1}</script>', files: []});
  });

  it("gives the same script the same file, and a changed script a new one", () => {
    const a = externalizeInlineScripts("<script>f()</script>", "a.html").files[0].path;
    expect(externalizeInlineScripts("<script>f()</script>", "b.html").files[0].path).toBe(a);
    expect(externalizeInlineScripts("<script>g()</script>", "a.html").files[0].path).not.toBe(a);
  });
});
