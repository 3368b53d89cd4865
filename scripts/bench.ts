/**
 * `npm run bench` — how fast the reference model trains, and why (issue 6). Not a test: it prints numbers.
 *
 *   npm run bench [-- --json] [--quick] [--node-only | --browser-only | --site-only] [--no-torch] [--no-kernels]
 *                 [--no-engine] [--no-site] [--site-root DIR] [--demos circles,mnist,...] [--twins] [--full] [--profile]
 *                 [--variants cpu,wasm-tfjs,wasm,wasm-fused] [--models plain-20,residual-20,plain-56,residual-56]
 *                 [--steps N] [--reps N] [--no-memory]
 *
 * Sections: convolution kernels' GFLOP/s (the project's SIMD kernels vs TF.js's wasm kernels vs cpu), the
 * reference model's training images/s with the step split into forward, backward and update, and the
 * engine's own training loop on the same nets — in Node and in
 * headless Chromium (a bench page in a module worker, served with COOP/COEP so threads are available) — and,
 * when `python3 -c "import torch"` works, the same model in PyTorch on the CPU with the ratio (for the engine's
 * loop PyTorch's steps are interleaved with the engine's, so both see the same machine load). Then the built
 * site (`dist/`, from `npm run build`; see bench/site.ts): per page the time to first paint, h1 and math, the
 * bytes of JavaScript it loads and when TF.js is fetched, main-thread long tasks; and the default degradation
 * demo end to end through the site's own worker (`--demos`: bench-page queries, default the MLP default and the
 * conv nets on MNIST; an entry "circles" means "data=circles"), and the degradation lab's own default run where
 * the build has it (/degradation); and a first visit until the page says "Available offline", with the cache's size.
 * `--site-root` measures another build. `--json` prints
 * one JSON object instead of tables. Last, in Node, each lab's peak memory at its largest settings (bench/memoryBench.ts):
 * predicted before a run as the page predicts it, and measured. On a shared machine compare ratios within one run, not
 * absolute times.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs";
import {cpus} from "node:os";
import {PAGES} from "../observablehq.config.ts";
import {runBrowserSuite} from "./bench/browser.ts";
import {demoTable, engineTable, kernelTable, memoryTable, pageTable, profileTables, trainingTable} from "./bench/report.ts";
import {ANALYSIS_LABS} from "./bench/analysisLabBench.ts";
import {runSiteBench} from "./bench/site.ts";
import {runMemoryBench} from "./bench/memoryBench.ts";
import {runSuite, type SuiteResult} from "./bench/suite.ts";
import {measureTorch, serveTorchSteps, type TorchResult} from "./bench/torch.ts";
import {BENCH_USAGE, parseBenchArgs} from "./bench/args.ts";

function print(title: string, result: SuiteResult, torch: TorchResult[]): void {
  console.log(`\n== ${title} ==`);
  console.log(Object.entries(result.environment).map(([k, v]) => `${k}: ${v}`).join("\n"));
  if (result.kernels.length > 0) console.log(`\n${kernelTable(result)}`);
  console.log(`\nTraining, batch 64 (median ms; forward / backward / update split)\n${trainingTable(result, torch)}`);
  if (result.engine.length > 0) {
    console.log(`\nThe engine's training loop (src/engine/train; batch 64, median ms per step; wasm-tfjs and wasm: the fused ops' kernels removed, i.e. the engine before it used them)\n${engineTable(result, torch)}`);
  }
  if (result.profiles.length > 0) console.log(`\n${profileTables(result)}`);
  if (result.twins.length > 0) {
    const lines = result.twins.map((t) => `MLP-${t.depth}: width 16 ${t.singleMs.toFixed(1)} ms/step, width 32 ${t.doubleMs.toFixed(1)} ms/step → a batched twin pair at best ${t.ratio.toFixed(2)}× the time of two nets`);
    console.log(`\nTraining twins in one batched computation (best case: one net of twice the width; wasm-fused, interleaved)\n${lines.join("\n")}`);
  }
}

const parsed = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${BENCH_USAGE}`);
    process.exit(2);
  }
})();
if (parsed === "help") {
  console.log(BENCH_USAGE);
  process.exit(0);
}
const args = parsed;
const log = args.json ? (line: string) => console.error(`bench: ${line}`) : (line: string) => console.error(`  ${line}`);
const machine = {cpus: cpus().length, model: cpus()[0]?.model ?? "?", date: new Date().toISOString()};
const models = args.suite.models;
// PyTorch runs before and after the TF.js suites, with 1 and 2 threads; each figure is the mean of the two
// runs, which bracket the same machine load.
const torchThreads = [...new Set([1, Math.min(2, machine.cpus)])];
const torchRun = () => torchThreads.map((threads) => (args.torch ? measureTorch(models, {threads, steps: args.suite.trainSteps}) : null));
const torchBefore = torchRun();
// PyTorch's steps of the engine's conv nets, taken in turn with the engine's own (see bench/engineBench.ts).
const torchSteps = args.torch && !args.suite.skipEngine && (args.node || args.browser) ? await serveTorchSteps() : null;
const suite = {...args.suite, torchUrl: torchSteps?.url ?? null};
const node = args.node ? await runSuite(suite, log) : null;
const browser = args.browser ? await runBrowserSuite(suite, log) : null;
await torchSteps?.close();
const siteRoot = args.siteRoot;
const site = args.site ? await runSiteBench({root: siteRoot, pages: PAGES.map((page) => page.path), demos: args.demos, observeMs: 8000, labs: ["/degradation"]}, log) : null;
const memory = args.memory ? await runMemoryBench({quick: args.quick}, log) : null;
const torchAfter = torchBefore.some(Boolean) ? torchRun() : torchBefore;
const torchResults: TorchResult[] = torchBefore.flatMap((before, i) => {
  const after = torchAfter[i];
  if (!before || !after) return before ? [before] : [];
  const models = before.models.map((m, j) => {
    const stepMs = (m.stepMs + after.models[j].stepMs) / 2;
    return {...m, stepMs, imagesPerSecond: (m.imagesPerSecond + after.models[j].imagesPerSecond) / 2};
  });
  return [{...before, models}];
});
if (args.json) {
  console.log(JSON.stringify({machine, args: args.suite, node, browser, site, memory, torch: torchResults, torchRuns: {before: torchBefore, after: torchAfter}}, null, 2));
} else {
  console.log(`machine: ${machine.cpus} × ${machine.model}, ${machine.date}`);
  if (node) print("Node (TF.js)", node, torchResults);
  if (browser) print("Headless Chromium (TF.js in a module worker)", browser, torchResults);
  if (site) {
    console.log(`\n== The built site in headless Chromium (dist/, served with COOP/COEP) ==\n\nLoading each page (ms after navigation start; KiB as served, uncompressed; long tasks during load and 8 s after)\n${pageTable(site.pages)}`);
    if (site.demos.length > 0) console.log(`\nThe degradation demo end to end (bench page /_bench/demo: presetExperiment("degradation") through vendor/train.worker.js)\n${demoTable(site.demos)}`);
    for (const lab of site.labs) {
      if (lab.totalMs === null) console.log(`\nThe degradation lab (${lab.path}): not on this build`);
      else console.log(`\nThe degradation lab (${lab.path}, its default settings): ${(lab.totalMs / 1000).toFixed(1)} s from its start (${lab.startedAtMs} ms after navigation) to its end; runs ${lab.runs.map(([id, phase]) => `${id} ${phase}`).join(", ")}; main-thread tasks over 50 ms meanwhile: ${lab.longTasks.length}${lab.longTasks.length ? `, longest ${Math.max(...lab.longTasks.map(([, ms]) => ms))} ms` : ""}`);
    }
    if (site.shattered.totalMs !== null) console.log(`\nThe shattered-gradients lab (/shattered-gradients, its defaults: 20 untrained nets): ${(site.shattered.totalMs / 1000).toFixed(1)} s from navigation to its charts, ${(site.shattered.workerMs! / 1000).toFixed(1)} s of it measuring in the worker`);
    for (const [i, lab] of site.analysisLabs.entries()) {
      const about = ANALYSIS_LABS[i];
      if (lab.totalMs !== null) console.log(`\nThe ${about.path} lab (its defaults: ${about.what}): ${(lab.totalMs / 1000).toFixed(1)} s from navigation to its live charts, ${(lab.measureMs! / 1000).toFixed(1)} s of it ${about.after} after training`);
    }
    console.log(`\nOffline after one visit: "Available offline" ${(site.offline.readyMs / 1000).toFixed(1)} s after navigating to / in a fresh context; the cache holds ${site.offline.entries} entries, ${(site.offline.bytes / 1e6).toFixed(1)} MB`);
  }
  if (memory) console.log(`\n== Peak memory of each lab at its largest settings (Node, wasm; MB) ==\n\n${memoryTable(memory)}`);
  if (torchResults.length > 0) console.log(`\nPyTorch ${torchResults[0].torch} (CPU): mean of a run before and one after the TF.js runs; "vs best PyTorch" divides by the faster of its 1- and 2-thread runs of the same model.`);
}
tf.disposeVariables();
