import {readFileSync, readdirSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("katex/dist/katex.min.css"));
let css = readFileSync(join(dist, "katex.min.css"), "utf8");
css = css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(,url\([^)]*\) format\("[^"]*"\))*/g, (_, name) =>
  `src:url(data:font/woff2;base64,${readFileSync(join(dist, "fonts", name + ".woff2")).toString("base64")}) format("woff2")`);
process.stdout.write(css);
