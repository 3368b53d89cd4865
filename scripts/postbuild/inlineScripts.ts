/**
 * Moves a page's inline `<script>` bodies into files, so the site runs under `script-src 'self'` (no
 * `'unsafe-inline'`, no per-build hashes in the policy).
 *
 * - A module script (Framework's per-page `define(…)` cells) goes into a file beside the page,
 *   `<page>.<hash>.js`: its relative imports (`./_observablehq/client.js`, `./_import/…`) resolve against the
 *   module's own URL, which is then in the same folder as the page, so they keep pointing where they did.
 * - A classic script (Framework's sidebar state) goes into `_observablehq/inline.<hash>.js`, shared by every
 *   page with the same script. It stays a parser-blocking `<script src>`, so it still runs before the rest of
 *   the page is parsed.
 * Scripts that do not execute (`type="application/json"` and other data blocks) are left alone.
 */
import {createHash} from "node:crypto";
import {posix} from "node:path";
import {attributeValue, formatStartTag, rewriteHtml, type StartTag} from "./html.ts";

/** A file to write, its path relative to the site's root (posix separators). */
export interface OutputFile {
  path: string;
  contents: string;
}

const CLASSIC_TYPES = new Set(["", "text/javascript", "application/javascript"]);

/** The first 8 hex digits of the SHA-256 of `text` (the length Framework uses in its file names). */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * Rewrites one page (`pagePath`, relative to the site's root, e.g. `lab.html` or `_bench/demo.html`): every
 * inline script becomes `<script … src="…">`. Returns the new markup and the script files to write.
 */
export function externalizeInlineScripts(html: string, pagePath: string): {html: string; files: OutputFile[]} {
  const files: OutputFile[] = [];
  const pageDir = posix.dirname(pagePath);
  const pageBase = posix.basename(pagePath, ".html");
  const rewritten = rewriteHtml(html, {
    rawTextElement(tag: StartTag, body: string) {
      if (tag.name !== "script" || attributeValue(tag, "src") !== undefined) return undefined;
      const type = (attributeValue(tag, "type") ?? "").trim().toLowerCase();
      const isModule = type === "module";
      if (!isModule && !CLASSIC_TYPES.has(type)) return undefined;
      if (body.trim() === "") return "";
      const path = isModule ? posix.join(pageDir, `${pageBase}.${shortHash(body)}.js`) : `_observablehq/inline.${shortHash(body)}.js`;
      files.push({path, contents: body});
      let src = posix.relative(pageDir, path);
      if (!src.startsWith(".")) src = "./" + src;
      return `${formatStartTag({...tag, attributes: [...tag.attributes, {name: "src", value: src}]})}</script>`;
    }
  });
  return {html: rewritten, files};
}
