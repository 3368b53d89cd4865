/**
 * What the site's service worker keeps and how it answers, as pure functions (no service-worker globals), so they
 * are unit-tested in Node. The worker itself is `serviceWorker.ts`; the build (`scripts/postbuild/serviceWorker.ts`)
 * writes the manifest of every file of the built site into it.
 */

/** Every file of one build, as paths relative to the site's root ("index.html", "_file/data/mnist-14.c28d918d.bin"), and the build's version. */
export interface PrecacheManifest {
  /** A hash of every file's path and contents: a new deploy has a new version, and so a new cache. */
  version: string;
  files: string[];
  /** Bytes of all the files together (shown in docs and tests, not needed by the worker). */
  bytes: number;
}

/** Caches the worker owns start with this; all but the current version's are deleted when a version takes over. */
export const CACHE_PREFIX = "resnet-explorable-";

/** The cache of one version of the site. */
export function cacheName(version: string): string {
  return CACHE_PREFIX + version;
}

/** The key under which a version's cache marks itself complete (written after every file is in). */
export const COMPLETE_MARKER = "__precache-complete__";

/**
 * The address a page is requested by, for a built file: pages are asked for without ".html" (`degradation.html` →
 * `degradation`, `index.html` → `` i.e. the folder, `zh/index.html` → `zh/`); every other file by its own path.
 */
export function cacheKeyOf(file: string): string {
  if (!file.endsWith(".html")) return file;
  const page = file.slice(0, -".html".length);
  if (page === "index") return "";
  if (page.endsWith("/index")) return page.slice(0, -"index".length);
  return page;
}

/**
 * The cache key for a request's path relative to the site's root (no leading slash, no query): a page may also be asked
 * for with ".html" or as `folder/index.html`, which all name the same page.
 */
export function requestKeyOf(path: string): string {
  return path.endsWith(".html") ? cacheKeyOf(path) : path;
}

/** Which files to precache: everything the build wrote but the service worker itself and hidden files (`.nojekyll`, which hosts need not serve). */
export function precachedFiles(files: readonly string[], workerFile: string): string[] {
  return files.filter((file) => file !== workerFile && !file.split("/").some((part) => part.startsWith("."))).sort();
}

/** The headers that make a page cross-origin isolated (docs/hosting.md): with them the labs' WebAssembly runs on several threads. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp"
};

/** Whether a response needs the isolation headers added: the host sent none, it is not opaque, and it is not a page framed by another one. */
export function needsIsolationHeaders(status: number, headers: {has(name: string): boolean}, destination: string): boolean {
  if (status === 0 || destination === "iframe" || destination === "frame") return false;
  return !headers.has("Cross-Origin-Embedder-Policy");
}
