/**
 * Data loader for `observable preview`: one of KaTeX's woff2 fonts (`--font=KaTeX_Main-Regular`), which the
 * stylesheet of ../katex.css.ts names as `fonts/<font>.woff2`. A built site gets the same files from
 * scripts/postbuild.ts.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {parseArgs} from "node:util";
const require = createRequire(import.meta.url);
const {values} = parseArgs({options: {font: {type: "string"}}});
if (!values.font || !/^KaTeX_[\w-]+$/.test(values.font)) throw new Error(`not a KaTeX font: ${values.font}`);
process.stdout.write(readFileSync(join(dirname(require.resolve("katex/dist/katex.min.css")), "fonts", `${values.font}.woff2`)));
