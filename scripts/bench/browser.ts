/**
 * Runs the benchmark suite in headless Chromium: bundles `benchWorker.ts` with esbuild (the project's kernels
 * embedded, as in the site's worker), writes a one-script page beside it with TF.js's .wasm files, serves the
 * folder with COOP/COEP (so the page is cross-origin isolated and TF.js's threaded wasm build can run) and
 * collects the worker's results (or its kernel check, `verifyInBrowser`). The suite returns null with a
 * message when Chromium is missing.
 */
import {build} from "esbuild";
import {copyFile, mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium} from "playwright-core";
import {serve} from "../serve.ts";
import {kernelBinaryPlugin} from "../kernelBinaryPlugin.ts";
import type {SuiteOptions, SuiteResult} from "./suite.ts";
import type {verifyKernels} from "./verify.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(HERE, "../../node_modules/.cache/bench-page");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const WASM_FILES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];

const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="module">
const worker = new Worker("./bench.worker.js", {type: "module"});
worker.onmessage = (event) => {
  if (event.data.type === "log") console.log("bench: " + event.data.line);
  else window.__bench = event.data;
};
window.startBench = (options, verify) => worker.postMessage({options, verify, wasmPrefix: new URL("./", location.href).href});
</script>`;

/** Writes the page, the bundled worker and TF.js's .wasm files to `outDir`. */
async function buildPage(outDir: string): Promise<void> {
  await mkdir(outDir, {recursive: true});
  await build({
    entryPoints: [join(HERE, "benchWorker.ts")],
    outfile: join(outDir, "bench.worker.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "warning",
    plugins: [await kernelBinaryPlugin()]
  });
  const wasmDir = dirname(createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
  for (const file of WASM_FILES) await copyFile(join(wasmDir, file), join(outDir, file));
  await writeFile(join(outDir, "index.html"), PAGE);
}

/** Runs the suite in a worker of a cross-origin-isolated page in headless Chromium. */
export async function runBrowserSuite(options: SuiteOptions, log: (line: string) => void): Promise<SuiteResult | null> {
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: browser run skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return null;
  }
  return (await runInWorker(options, false, log)) as SuiteResult;
}

/** Whether Debian's Chromium (or CHROMIUM_PATH) is there. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Runs verify.ts's kernel check in the bench page's worker (cross-origin isolated: threads on). */
export async function verifyInBrowser(): Promise<Awaited<ReturnType<typeof verifyKernels>>> {
  return (await runInWorker(null, true, () => undefined)) as Awaited<ReturnType<typeof verifyKernels>>;
}

async function runInWorker(options: SuiteOptions | null, verify: boolean, log: (line: string) => void): Promise<unknown> {
  // Each run gets its own folder, so a benchmark and a test can run at once.
  await mkdir(OUT_DIR, {recursive: true});
  const outDir = await mkdtemp(join(OUT_DIR, "page-"));
  await buildPage(outDir);
  // The bench page is a test harness with an inline script, not the site: no CSP.
  const {server, url} = await serve({root: outDir, csp: false});
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    page.on("console", (message) => {
      const text = message.text();
      if (text.startsWith("bench: ")) log(`[chromium] ${text.slice(7)}`);
    });
    await page.goto(`${url}/index.html`);
    await page.evaluate(([o, v]) => (window as unknown as {startBench(o: unknown, v: boolean): void}).startBench(o, v as boolean), [options, verify] as const);
    await page.waitForFunction(() => (window as unknown as {__bench?: unknown}).__bench, undefined, {timeout: 0, polling: 500});
    const message = (await page.evaluate(() => (window as unknown as {__bench: unknown}).__bench)) as {type: string; result?: unknown; message?: string};
    if (message.type !== "done" || !message.result) throw new Error(`the bench worker failed: ${message.message}`);
    return message.result;
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
    await rm(outDir, {recursive: true, force: true});
  }
}
