/**
 * The offline helper's build step (issue 11 §1–2): bundles the script every page loads (src/site/main.ts →
 * `_file/site.<hash>.js`, added to each page's head) and, once every other file is written, the service worker
 * (src/serviceWorker/serviceWorker.ts → `sw.js` at the site's root) with the manifest of the whole build inside it:
 * every file's path, the build's version (a hash of every path and its contents) and the total size.
 */
import {build} from "esbuild";
import {createHash} from "node:crypto";
import {readFile, readdir, writeFile} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import {precachedFiles, type PrecacheManifest} from "../../src/serviceWorker/precache.ts";

/** The service worker's file, at the site's root so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = "sw.js";

async function bundle(entry: string, options: {format: "esm" | "iife"; define?: Record<string, string>}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: options.format,
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    define: options.define
  });
  return result.outputFiles[0].text;
}

/** The site-wide script, bundled: its contents and the path it is written to (relative to the site's root). */
export async function siteScript(): Promise<{path: string; contents: string}> {
  const contents = await bundle("src/site/main.ts", {format: "esm"});
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 8);
  return {path: `_file/site.${hash}.js`, contents};
}

/** Adds the site-wide script to a page's head (`href` relative to the page); idempotent. */
export function addSiteScript(html: string, href: string): string {
  if (html.includes("data-rx-site")) return html;
  return html.replace("</head>", `<script type="module" data-rx-site src="${href}"></script>\n</head>`);
}

/** The manifest of every file under `root` but the service worker. */
export async function precacheManifest(root: string): Promise<PrecacheManifest> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true});
  const all = entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
  const files = precachedFiles(all, SERVICE_WORKER_FILE);
  const hash = createHash("sha256");
  let bytes = 0;
  for (const file of files) {
    const contents = await readFile(join(root, file));
    bytes += contents.length;
    hash.update(file).update("\0").update(contents).update("\0");
  }
  return {version: hash.digest("hex").slice(0, 12), files, bytes};
}

/** Writes `sw.js` with the manifest of `root` built in; returns the manifest. */
export async function writeServiceWorker(root: string): Promise<PrecacheManifest> {
  const manifest = await precacheManifest(root);
  const code = await bundle("src/serviceWorker/serviceWorker.ts", {format: "iife", define: {__PRECACHE_MANIFEST__: JSON.stringify(manifest)}});
  await writeFile(join(root, SERVICE_WORKER_FILE), code);
  return manifest;
}
