/**
 * Bundles every Web Worker (`src/workers/*.worker.ts`) with esbuild into one self-contained ES module under
 * `src/vendor/`, and copies TF.js's WebAssembly binaries beside them. Pages load a worker with
 * `new Worker(FileAttachment("vendor/train.worker.js").href, {type: "module"})`.
 *
 * Why not let Framework bundle the worker: Framework bundles each npm package separately and ignores the
 * packages' "browser" fields, so `@tensorflow/tfjs-backend-wasm` keeps a Node `fs` import and fails in the
 * browser, and separately bundled backends would each get their own copy of tfjs-core. One esbuild bundle
 * per worker has a single tfjs-core and resolves the browser fields. `src/vendor/` is generated: never edit
 * or commit it. Run by `npm run bundle`, which `dev`, `build` and `test` call first. The project's AssemblyScript
 * kernels (`assembly/`) are compiled here too and embedded in the worker (see kernelBinaryPlugin.ts).
 */
import {build} from "esbuild";
import {copyFile, mkdir, readdir, rm, stat} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {kernelBinaryPlugin} from "./kernelBinaryPlugin.ts";

const OUT_DIR = "src/vendor";
const WORKER_DIR = "src/workers";
const TFJS_WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

/** Bundles the workers and copies the wasm binaries; returns the paths written. */
export async function bundleWorkers({minify = true}: {minify?: boolean} = {}): Promise<string[]> {
  await mkdir(OUT_DIR, {recursive: true});
  const entries = (await readdir(WORKER_DIR).catch(() => [] as string[])).filter((file) => file.endsWith(".worker.ts"));
  const written: string[] = [];
  const plugins = entries.length > 0 ? [await kernelBinaryPlugin()] : [];
  for (const entry of entries) {
    const outfile = join(OUT_DIR, entry.replace(/\.ts$/, ".js"));
    await build({
      entryPoints: [join(WORKER_DIR, entry)],
      outfile,
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify,
      sourcemap: false,
      logLevel: "warning",
      legalComments: "none",
      plugins
    });
    written.push(outfile);
  }
  const wasmDir = dirname(createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
  for (const file of TFJS_WASM_FILES) {
    await copyFile(join(wasmDir, file), join(OUT_DIR, file));
    written.push(join(OUT_DIR, file));
  }
  return written;
}

/**
 * Framework decides whether a data loader's cached output is fresh from the loader's own mtime, and `observable
 * build` uses stale outputs anyway; the reference-run loaders only re-emit data/NAME.json, so a regenerated file
 * would never reach the site. Drops each cached reference-NAME.json older than its data/NAME.json.
 */
export async function dropStaleReferenceCache(): Promise<string[]> {
  const dropped: string[] = [];
  for (const file of (await readdir("data").catch(() => [] as string[])).filter((name) => name.endsWith(".json"))) {
    const cached = join("src/.observablehq/cache/data", `reference-${file}`);
    const [source, output] = await Promise.all([stat(join("data", file)), stat(cached).catch(() => null)]);
    if (output && output.mtimeMs < source.mtimeMs) {
      await rm(cached);
      dropped.push(cached);
    }
  }
  return dropped;
}

const dropped = await dropStaleReferenceCache();
if (dropped.length > 0) console.error(`bundle: dropped ${dropped.length} stale reference-run outputs from Framework's cache`);
// The first bundle compiles the AssemblyScript kernels and TF.js into the worker: tens of seconds with no output
// otherwise, which reads as a hang (`npm run dev` printed nothing for ~40 s).
const startedAt = performance.now();
console.error("bundle: compiling the training worker (TensorFlow.js and the WebAssembly kernels); this takes up to a minute the first time…");
const written = await bundleWorkers({minify: !process.argv.includes("--no-minify")});
console.error(`bundle: wrote ${written.length} files to ${OUT_DIR}/ in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
