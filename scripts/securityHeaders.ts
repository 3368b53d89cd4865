/**
 * The HTTP headers the built site is meant to be served with. `scripts/serve.ts` sends them, the end-to-end
 * tests run the whole site under them, and docs/hosting.md quotes them (a unit test keeps the two equal).
 */

/**
 * The Content-Security-Policy the site works under (no inline script, no inline style, nothing off the site):
 * - `script-src 'self' 'wasm-unsafe-eval'`: scripts only from the site's own files (the post-build step moves
 *   Framework's inline scripts into files); `'wasm-unsafe-eval'` lets the training worker compile WebAssembly.
 * - `worker-src 'self' blob:`: the training worker is a file of the site; TF.js starts its WebAssembly threads
 *   from a `blob:` URL.
 * - `style-src 'self'`: stylesheets only from files (the post-build step turns KaTeX's `style="…"` attributes
 *   into classes); styles set from JavaScript through `element.style` are not affected.
 * - `img-src 'self' data: blob:`: rasters drawn in the page (Plot's raster images, the PNG export) are `data:`
 *   or `blob:` URLs made by the page itself.
 * - `font-src 'self'`: KaTeX's fonts are files of the site.
 * - `connect-src 'self'`: data sets, the worker's `.wasm` files and reference runs come from the site.
 * - `object-src 'none'; base-uri 'self'; form-action 'self'`: no plugins, no `<base>` or form redirection.
 * `frame-ancestors` is left out on purpose: teachers embed labs in course pages on other sites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'"
].join("; ");

/**
 * Cross-origin isolation: with both, the page may use SharedArrayBuffer, so TF.js's WebAssembly runs on several
 * threads; without them it runs on one (slower, still correct).
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp"
};
