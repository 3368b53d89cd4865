/**
 * Run by `npm run build` after `observable build`: makes dist/ work under the site's Content-Security-Policy
 * (scripts/securityHeaders.ts, docs/hosting.md), which allows no inline script, no inline style and no `data:`
 * fonts. For every page it moves inline `<script>` bodies into files (postbuild/inlineScripts.ts) and
 * `style="…"` attributes into classes of one stylesheet, `_file/html-styles.<hash>.css`, linked from the page's
 * head (postbuild/styleAttributes.ts); it copies the KaTeX fonts the KaTeX stylesheet names
 * (postbuild/katexFonts.ts); and it puts a note for readers without JavaScript first in every page's `<main>`
 * (postbuild/noscriptNote.ts); the page's language: `<html lang>`, its sidebar and table of contents (postbuild/language.ts); skip links first in every body and the pager's "Overview" (postbuild/navigation.ts); and it
 * moves the test and bench pages (`_test/`, `_bench/`) out of the published build into `dist-test/`. Every published
 * page also gets its external links numbered for print with their list and a printed footer (postbuild/printNotes.ts)
 * and the site-wide script (offline helper, printed footer: src/site/); last, `sw.js` is written with the manifest
 * of every file and `.nojekyll` for GitHub Pages (postbuild/serviceWorker.ts). Prints what it moved. Running it twice changes nothing the second time.
 */
import {copyFile, mkdir, readFile, readdir, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {externalizeInlineScripts, shortHash} from "./postbuild/inlineScripts.ts";
import {KATEX_FONT_DIR, katexFontsNamedBy} from "./postbuild/katexFonts.ts";
import {addNoscriptNote, NOSCRIPT_STYLESHEET, NOSCRIPT_STYLESHEET_PATH} from "./postbuild/noscriptNote.ts";
import {classifyStyleAttributes, StyleClasses} from "./postbuild/styleAttributes.ts";
import {addSkipLinks, nameHomeInPager} from "./postbuild/navigation.ts";
import config, {PAGES} from "../observablehq.config.ts";
import {rename, rm} from "node:fs/promises";
import {addSiteScript, siteScript, writeServiceWorker} from "./postbuild/serviceWorker.ts";
import {addPrintNotes} from "./postbuild/printNotes.ts";
import {SITE_TEXT} from "../src/site/messages.ts";
import {localeOfPage, localizePage} from "./postbuild/language.ts";
import {existsSync} from "node:fs";

/** Pages only the tests and the bench open: moved out of the published build into `<root>-test/` (npm run serve and the e2e server serve both). */
export const TEST_ONLY_DIRS = ["_test", "_bench"];

/** What the step changed. */
export interface PostbuildReport {
  pages: number;
  scriptsMoved: number;
  styleAttributesMoved: number;
  styleClasses: number;
  fontsCopied: number;
  /** Files the service worker keeps for offline use, and their bytes. */
  precachedFiles: number;
  precachedBytes: number;
}

/** Every file under `dir` whose name ends with `suffix`, as paths relative to `dir` with posix separators. */
async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The URL of `target` (a path from the site's root) relative to `page`'s folder, starting with `./` or `../`. */
function relativeHref(page: string, target: string): string {
  const href = posix.relative(posix.dirname(page), target);
  return href.startsWith(".") ? href : "./" + href;
}

/** Rewrites the built site in `root` (default `dist`) in place. */
export async function postbuild(root = "dist"): Promise<PostbuildReport> {
  const report: PostbuildReport = {pages: 0, scriptsMoved: 0, styleAttributesMoved: 0, styleClasses: 0, fontsCopied: 0, precachedFiles: 0, precachedBytes: 0};
  const classes = new StyleClasses();
  const site = await siteScript();
  await mkdir(dirname(join(root, site.path)), {recursive: true});
  await writeFile(join(root, site.path), site.contents);
  const pages = new Map<string, string>();
  for (const page of await filesUnder(root, ".html")) {
    const source = await readFile(join(root, page), "utf8");
    const scripts = externalizeInlineScripts(source, page);
    for (const file of scripts.files) {
      await mkdir(dirname(join(root, file.path)), {recursive: true});
      await writeFile(join(root, file.path), file.contents);
    }
    const isTestPage = TEST_ONLY_DIRS.some((dir) => page.startsWith(dir + "/"));
    const locale = localeOfPage(page);
    const story = addPrintNotes(nameHomeInPager(addSkipLinks(localizePage(scripts.html, page), page), config.title, PAGES[0].name), SITE_TEXT[locale].links);
    const navigable = isTestPage ? story : addSiteScript(story, relativeHref(page, site.path)); // the test and bench pages measure without the offline helper
    const styles = classifyStyleAttributes(addNoscriptNote(navigable, relativeHref(page, NOSCRIPT_STYLESHEET_PATH), locale), classes);
    pages.set(page, styles.html);
    report.pages += 1;
    report.scriptsMoved += scripts.files.length;
    report.styleAttributesMoved += styles.moved;
  }
  await mkdir(join(root, "_file"), {recursive: true});
  await writeFile(join(root, NOSCRIPT_STYLESHEET_PATH), NOSCRIPT_STYLESHEET);
  const stylesheet = classes.stylesheet();
  const stylesheetPath = `_file/html-styles.${shortHash(stylesheet)}.css`;
  if (classes.size > 0) await writeFile(join(root, stylesheetPath), stylesheet);
  for (const [page, html] of pages) {
    let output = html;
    if (classes.size > 0 && /\brx-s-[0-9a-f]{8}\b/.test(html)) {
      output = html.replace("</head>", `<link rel="stylesheet" type="text/css" href="${relativeHref(page, stylesheetPath)}">\n</head>`);
    }
    await writeFile(join(root, page), output);
  }
  report.styleClasses = classes.size;
  for (const css of await filesUnder(root, ".css")) {
    const fonts = katexFontsNamedBy(await readFile(join(root, css), "utf8"));
    if (fonts.length === 0) continue;
    const fontDir = join(root, dirname(css), "fonts");
    await mkdir(fontDir, {recursive: true});
    for (const font of fonts) await copyFile(join(KATEX_FONT_DIR, font), join(fontDir, font));
    report.fontsCopied += fonts.length;
  }
  const testRoot = `${root}-test`;
  for (const dir of TEST_ONLY_DIRS) {
    if (!existsSync(join(root, dir))) continue; // moved by an earlier run
    await rm(join(testRoot, dir), {recursive: true, force: true});
    await mkdir(testRoot, {recursive: true});
    await rename(join(root, dir), join(testRoot, dir));
  }
  await writeFile(join(root, ".nojekyll"), ""); // GitHub Pages would otherwise drop every folder starting with "_"
  const manifest = await writeServiceWorker(root); // last: its manifest lists every other file
  report.precachedFiles = manifest.files.length;
  report.precachedBytes = manifest.bytes;
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist";
  const report = await postbuild(root);
  console.log(
    `postbuild ${root}: ${report.pages} pages; ${report.scriptsMoved} inline scripts moved into files; ` +
      `${report.styleAttributesMoved} style attributes turned into ${report.styleClasses} classes; ${report.fontsCopied} KaTeX fonts copied; ` +
      `service worker keeps ${report.precachedFiles} files (${(report.precachedBytes / 1e6).toFixed(1)} MB) for offline use`
  );
}
