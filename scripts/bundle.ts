/**
 * Bundles every Web Worker (`src/workers/*.worker.ts`) with esbuild into one self-contained ES module under
 * `src/vendor/`, and copies TF.js's WebAssembly binaries beside them. Pages load a worker with
 * `new Worker(FileAttachment("vendor/train.worker.js").href, {type: "module"})`.
 *
 * Why not let Framework bundle the worker: Framework bundles each npm package separately and ignores the
 * packages' "browser" fields, so `@tensorflow/tfjs-backend-wasm` keeps a Node `fs` import and fails in the
 * browser, and separately bundled backends would each get their own copy of tfjs-core. One esbuild bundle
 * per worker has a single tfjs-core and resolves the browser fields. `src/vendor/` is generated: never edit
 * or commit it. Run by `npm run bundle`, which `dev`, `build` and `test` call first.
 */
import {build, type Plugin} from "esbuild";
import {copyFile, mkdir, readdir} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {compileKernels} from "../src/engine/kernels/compileKernels.ts";

const OUT_DIR = "src/vendor";
const WORKER_DIR = "src/workers";
const TFJS_WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

/**
 * Replaces `src/engine/kernels/kernelBinary.ts` (which compiles the AssemblyScript kernels in Node) with a
 * module that embeds the compiled binaries, so the worker never reaches the compiler.
 */
async function kernelBinaryPlugin(): Promise<Plugin> {
  const plain = Buffer.from(await compileKernels({isShared: false})).toString("base64");
  const shared = Buffer.from(await compileKernels({isShared: true})).toString("base64");
  const contents = `const PLAIN = "${plain}";
const SHARED = "${shared}";
export async function kernelBinary(isShared) {
  const text = atob(isShared ? SHARED : PLAIN);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}`;
  return {
    name: "kernel-binary",
    setup(build) {
      build.onResolve({filter: /\/kernelBinary\.ts$/}, (args) => ({path: join(args.resolveDir, args.path), namespace: "kernel-binary"}));
      build.onLoad({filter: /.*/, namespace: "kernel-binary"}, () => ({contents, loader: "js"}));
    }
  };
}

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

const written = await bundleWorkers({minify: !process.argv.includes("--no-minify")});
console.error(`bundle: wrote ${written.length} files to ${OUT_DIR}/`);
