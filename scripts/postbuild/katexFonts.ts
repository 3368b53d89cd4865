/**
 * KaTeX's fonts as files of the built site. The stylesheet made by src/katex/katex.css.ts names each font as
 * `url(fonts/KaTeX_<font>.woff2)`, relative to itself; Framework copies the stylesheet but not what its `url()`s
 * name, so this step copies every font a stylesheet names from the katex package into `fonts/` beside it.
 */
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

const require = createRequire(import.meta.url);

/** Where the katex package keeps its fonts. */
export const KATEX_FONT_DIR = join(dirname(require.resolve("katex/dist/katex.min.css")), "fonts");

const FONT_URL = /url\((["']?)fonts\/(KaTeX_[\w-]+\.woff2)\1\)/g;

/** The font files a stylesheet names (`KaTeX_Main-Regular.woff2`, …), each once, in order of appearance. */
export function katexFontsNamedBy(css: string): string[] {
  return [...new Set(Array.from(css.matchAll(FONT_URL), (match) => match[2]))];
}
