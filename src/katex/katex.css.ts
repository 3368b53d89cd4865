/**
 * Data loader: KaTeX's stylesheet, each font named by its woff2 file only, `fonts/<font>.woff2` beside the
 * stylesheet as in the katex package (fonts as files, not `data:` URLs, so the site runs under `font-src 'self'`).
 * In `observable preview` those files come from the loader `fonts/[font].woff2.ts`; `npm run build` copies them
 * into dist/ (scripts/postbuild.ts), since Framework does not follow a stylesheet's `url()`s.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve("katex/dist/katex.min.css"), "utf8");
process.stdout.write(
  css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(,url\([^)]*\) format\("[^"]*"\))*/g, (_, name) => `src:url(fonts/${name}.woff2) format("woff2")`)
);
