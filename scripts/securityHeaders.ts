/**
 * The HTTP headers the built site is meant to be served with. `scripts/serve.ts` sends them, the end-to-end
 * tests run the whole site under them, and docs/hosting.md quotes them (a unit test keeps the two equal).
 */

/**
 * SHA-256 of the `<style>` elements Observable Plot 0.6.17 puts in its figures, which name its default class
 * `plot-d6a7b5`: a chart's (`:where(.plot-d6a7b5) {…}`), a colour ramp legend's (`…-ramp`) and a swatch legend's
 * (`…-swatches`). They change only with Plot's version: the end-to-end test `csp.test.ts` fails on any `<style>`
 * the policy blocks, and prints the hash Chromium expects.
 */
export const PLOT_STYLE_HASHES = [
  "sha256-jSYQUrW7J0b3jPqhZP9C2Xh1PyJKHKXd4s0fpGGKrww=",
  "sha256-/jg3HOQ97BIOLIR7iXhepLJanBbw11P39q1Ne1E+6Jc=",
  "sha256-rCZUQsEQJf1DmnfnMZmlj08XC7qbIZySA6bEtitbQ00="
];

/**
 * The Content-Security-Policy the site works under (no inline script, no inline style but Plot's three, nothing off
 * the site):
 * - `script-src 'self' 'wasm-unsafe-eval' blob:`: scripts only from the site's own files (the post-build step
 *   moves Framework's inline scripts into files); `'wasm-unsafe-eval'` lets the training worker compile
 *   WebAssembly; `blob:` because TF.js's WebAssembly threads load their code from a script it makes in memory
 *   (`importScripts(blob:…)`; without it a cross-origin-isolated page's training stalls). A `blob:` URL can only
 *   be made by script already running on the site, so this admits no script from elsewhere.
 * - `worker-src 'self' blob:`: the training worker is a file of the site; TF.js starts its threads from `blob:` URLs.
 * - `style-src 'self' 'sha256-…'`: stylesheets only from files (the post-build step turns KaTeX's `style="…"`
 *   attributes into classes) plus the three fixed `<style>` texts the chart library adds to every chart
 *   ({@link PLOT_STYLE_HASHES}); no `'unsafe-inline'`. Styles set from JavaScript through `element.style` are not
 *   affected by the policy.
 * - `img-src 'self' data: blob:`: rasters drawn in the page (Plot's raster images, the PNG export) are `data:`
 *   or `blob:` URLs made by the page itself.
 * - `font-src 'self'`: KaTeX's fonts are files of the site.
 * - `connect-src 'self'`: data sets, the worker's `.wasm` files and reference runs come from the site.
 * - `object-src 'none'; base-uri 'self'; form-action 'self'`: no plugins, no `<base>` or form redirection.
 * `frame-ancestors` is left out on purpose: teachers embed labs in course pages on other sites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  `style-src 'self' ${PLOT_STYLE_HASHES.map((hash) => `'${hash}'`).join(" ")}`,
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
