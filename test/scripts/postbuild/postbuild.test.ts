/**
 * The post-build step on a small built site in a temporary folder: pages without inline scripts, style attributes
 * or data: fonts afterwards, the files they now need written, the note for readers without JavaScript added — and
 * docs/hosting.md quoting the policy the server sends.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {postbuild, type PostbuildReport} from "../../../scripts/postbuild.ts";
import {katexFontsNamedBy} from "../../../scripts/postbuild/katexFonts.ts";
import {NOSCRIPT_NOTE, NOSCRIPT_STYLESHEET_PATH} from "../../../scripts/postbuild/noscriptNote.ts";
import {CONTENT_SECURITY_POLICY, CROSS_ORIGIN_ISOLATION_HEADERS} from "../../../scripts/securityHeaders.ts";

const PAGE = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><link rel="stylesheet" href="./_file/katex/katex.css">` +
  `<script type="module">import "./_observablehq/client.js";</script></head><body><script>sidebar()</script>` +
  `<main id="observablehq-main" class="observablehq"><h1>${title}</h1><span class="katex"><span style="height:1em;">x</span></span></main></body></html>`;

describe("postbuild", () => {
  let root: string;
  let report: PostbuildReport;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "rx-postbuild-"));
    mkdirSync(join(root, "_file/katex"), {recursive: true});
    mkdirSync(join(root, "_bench"));
    writeFileSync(join(root, "index.html"), PAGE("Overview"));
    writeFileSync(join(root, "_bench/demo.html"), PAGE("Demo"));
    writeFileSync(join(root, "_file/katex/katex.css"), '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}');
    report = await postbuild(root);
  });
  afterAll(() => {
    rmSync(root, {recursive: true, force: true});
    rmSync(`${root}-test`, {recursive: true, force: true});
  });
  /** Where a page is after the step: test and bench pages move to `<root>-test/`. */
  const built = (page: string) => join(page.startsWith("_bench/") ? `${root}-test` : root, page);

  it("says what it moved", () => {
    expect(report).toMatchObject({pages: 2, scriptsMoved: 4, styleAttributesMoved: 2, styleClasses: 1, fontsCopied: 1});
    expect(report.precachedFiles).toBeGreaterThan(5);
  });

  it("writes the service worker last, with every other published file in its manifest, and .nojekyll", () => {
    const worker = readFileSync(join(root, "sw.js"), "utf8");
    const files = JSON.parse(/files:(\[[^\]]*\])/.exec(worker)![1]) as string[];
    expect(files).toContain("index.html");
    expect(files).toContain(NOSCRIPT_STYLESHEET_PATH);
    expect(files.some((file) => /^_file\/site\.[0-9a-f]{8}\.js$/.test(file))).toBe(true);
    expect(files.some((file) => file.startsWith("_bench/"))).toBe(false); // the bench page is not published
    expect(files).not.toContain("sw.js");
    expect(files).toHaveLength(report.precachedFiles);
    expect(existsSync(join(root, ".nojekyll"))).toBe(true);
  });

  it("loads the site-wide script on published pages only, and prepares the printed footer", () => {
    const html = readFileSync(built("index.html"), "utf8");
    const src = /<script type="module" data-rx-site src="([^"]+)">/.exec(html)?.[1];
    expect(src).toMatch(/^\.\/_file\/site\.[0-9a-f]{8}\.js$/);
    expect(readFileSync(join(root, src!), "utf8")).toContain("sw.js");
    expect(html).toContain('<p class="rx-print-footer"></p></main>');
    expect(readFileSync(built("_bench/demo.html"), "utf8")).not.toContain("data-rx-site");
  });

  it("leaves pages with no inline script and no style attribute, linking the files that replace them", () => {
    for (const [page, prefix] of [["index.html", "./"], ["_bench/demo.html", "../"]]) {
      const html = readFileSync(built(page), "utf8");
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toContain("style=");
      // a script beside its page moved with it; shared files stay in the published build (both are served together)
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(existsSync(join(built(page), "..", src)) || existsSync(join(root, page, "..", src)), src).toBe(true);
      const stylesheet = /<link rel="stylesheet" type="text\/css" href="([^"]*html-styles\.[0-9a-f]{8}\.css)">/.exec(html)?.[1];
      expect(stylesheet?.startsWith(prefix + "_file/")).toBe(true);
      expect(readFileSync(join(root, page, "..", stylesheet!), "utf8")).toMatch(/\.rx-s-[0-9a-f]{8}\{height:1em!important\}/);
    }
  });

  it("copies the KaTeX fonts the KaTeX stylesheet names beside it", () => {
    expect(readFileSync(join(root, "_file/katex/fonts/KaTeX_Main-Regular.woff2")).subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  it("puts the note for readers without JavaScript first in main, and the spinner-hiding stylesheet in the head", () => {
    expect(existsSync(join(root, "_bench"))).toBe(false); // out of the published build
    const html = readFileSync(built("_bench/demo.html"), "utf8");
    expect(html).toContain(`<main id="observablehq-main" class="observablehq">\n<noscript><p class="rx-noscript" role="note">${NOSCRIPT_NOTE}</p></noscript><h1>`);
    expect(html).toContain(`<noscript><link rel="stylesheet" type="text/css" href="../${NOSCRIPT_STYLESHEET_PATH}"></noscript>`);
    expect(readFileSync(join(root, NOSCRIPT_STYLESHEET_PATH), "utf8")).toContain("observablehq-loading");
  });

  it("changes nothing when run again", async () => {
    const before = readFileSync(join(root, "index.html"), "utf8");
    const bench = readFileSync(built("_bench/demo.html"), "utf8");
    const worker = readFileSync(join(root, "sw.js"), "utf8");
    expect(await postbuild(root)).toEqual({pages: 1, scriptsMoved: 0, styleAttributesMoved: 0, styleClasses: 0, fontsCopied: 1, precachedFiles: report.precachedFiles, precachedBytes: report.precachedBytes});
    expect(readFileSync(join(root, "sw.js"), "utf8")).toBe(worker);
    expect(readFileSync(join(root, "index.html"), "utf8")).toBe(before);
    expect(readFileSync(built("_bench/demo.html"), "utf8")).toBe(bench);
  });
});

describe("KaTeX's stylesheet", () => {
  it("names each of its fonts as a woff2 file beside it, never as data", async () => {
    const {execFileSync} = await import("node:child_process");
    const css = execFileSync(process.execPath, ["--import", "tsx", "src/katex/katex.css.ts"], {encoding: "utf8", maxBuffer: 1 << 24});
    expect(css).not.toContain("data:");
    expect(katexFontsNamedBy(css)).toHaveLength(20);
    expect(katexFontsNamedBy(css)).toContain("KaTeX_Main-Regular.woff2");
  });
});

describe("docs/hosting.md", () => {
  it("quotes the headers scripts/serve.ts sends", () => {
    const doc = readFileSync("docs/hosting.md", "utf8");
    expect(doc).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    for (const [name, value] of Object.entries(CROSS_ORIGIN_ISOLATION_HEADERS)) expect(doc).toContain(`${name}: ${value}\n`);
  });
});
