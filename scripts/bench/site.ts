/**
 * The built site in headless Chromium (issue 6, "Load fast" and the demo's end-to-end time): serves `dist/`
 * (`npm run build` first) with COOP/COEP like the documented hosting, then
 * - per page of the site: first contentful paint, when the h1 and the first KaTeX formula are rendered, every
 *   file it loads with its bytes and start time — JS modules of the page, the training worker with TF.js inside
 *   (`train.worker.js`) and TF.js's .wasm — and the main-thread long tasks (> 50 ms) during load and the
 *   `observeMs` after it (a lab that trains on load is training then);
 * - the default degradation demo end to end on the bench page `/_bench/demo` (src/_bench/demo.md): the engine's
 *   `presetExperiment("degradation")` four nets trained by the site's worker, from the start request to the last
 *   run's end, with the verdict and the main-thread long tasks meanwhile.
 * A fresh browser context per page, so nothing comes from cache.
 */
import {measureOffline, type OfflineResult} from "./offline.ts";
import {existsSync} from "node:fs";
import {chromium, type Browser, type Page} from "playwright-core";
import {measureShatteredLab, type ShatteredBenchResult} from "./shatteredBench.ts";
import {ANALYSIS_LABS, measureAnalysisLab, type AnalysisLabResult} from "./analysisLabBench.ts";
import {serve} from "../serve.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** One file a page loaded. */
export interface LoadedFile {
  path: string;
  kind: "page-js" | "worker-js" | "wasm" | "other";
  bytes: number;
  /** Request start, ms after the page's navigation started. */
  startMs: number;
}

/** What loading one page measured. */
export interface PageLoad {
  path: string;
  firstContentfulPaintMs: number | null;
  /** When the page's h1 / first `.katex` element was laid out with a size (not before first paint). */
  h1Ms: number | null;
  mathMs: number | null;
  /** Bytes of the page's own JavaScript (modules, Framework runtime), of the worker bundle and of .wasm. */
  bytes: {pageJs: number; workerJs: number; wasm: number; other: number};
  /** When TF.js (the worker bundle) was requested, or null when the page never loads it. */
  tfjsRequestedMs: number | null;
  /** Page-level scripts that contain TF.js (should be none: TF.js belongs in the worker). */
  tfjsInPage: string[];
  files: LoadedFile[];
  longTasks: {count: number; maxMs: number; over50: number};
}

/** The end-to-end demo, as the bench page reports it. */
export interface DemoResult {
  data: string;
  workers: number;
  cores: number;
  crossOriginIsolated: boolean;
  backend: string | null;
  totalMs: number;
  firstSnapshotMs: number;
  /** Navigation start to the page's start request. */
  pageReadyMs: number;
  runs: {id: string; status: string; loss: number; testError: number | null; imagesPerSecond: number; elapsedMs: number}[];
  verdict: {holds: boolean; losses: Record<string, number>; margin: number} | null;
  /** Main-thread tasks over 50 ms from the start request on; `at`: [start ms after the start request, duration ms]. */
  longTasks: {count: number; maxMs: number; over50: number; at: [number, number][]};
  redraws: number;
  /** The longest chart redraw (Plot, on the main thread), ms. */
  longestRedrawMs: number;
  errors: string[];
}

/** The degradation lab's own demo (the page's default settings), timed from its session's start to its end. */
export interface LabResult {
  path: string;
  /** Session start (ms after navigation) and duration; null when the page has no degradation lab. */
  startedAtMs: number | null;
  totalMs: number | null;
  runs: [string, string][];
  /** Main-thread tasks over 50 ms from the session's start to its end: [start ms after navigation, duration ms]. */
  longTasks: [number, number][];
}

/** Installed before any page script: paint and long-task observers, and a per-frame check for the h1 and math. */
const OBSERVERS = `(() => {
  const w = window;
  w.__bench = {paint: {}, longTasks: [], longTaskEntries: [], h1: null, math: null};
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bench.paint[e.name] = e.startTime; }).observe({type: "paint", buffered: true});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__bench.longTasks.push(e.duration);
      w.__bench.longTaskEntries.push([Math.round(e.startTime), Math.round(e.duration)]);
    }
  }).observe({type: "longtask", buffered: true});
  const laidOut = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden"; };
  const check = (now) => {
    if (w.__bench.h1 === null && laidOut(document.querySelector("h1"))) w.__bench.h1 = now;
    if (w.__bench.math === null && laidOut(document.querySelector(".katex"))) w.__bench.math = now;
    if (w.__bench.h1 === null || w.__bench.math === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

function kindOf(path: string): LoadedFile["kind"] {
  if (path.endsWith(".wasm")) return "wasm";
  if (/\/train\.worker(\.[0-9a-f]+)?\.js$/.test(path)) return "worker-js";
  if (path.endsWith(".js")) return "page-js";
  return "other";
}

/** Every response of `page` (its workers' included) with its size; start times in ms since the epoch. */
type RecordedFile = Omit<LoadedFile, "startMs"> & {startEpochMs: number; hasTfjs: boolean};

function recordFiles(page: Page, origin: string): Promise<RecordedFile>[] {
  const files: Promise<RecordedFile>[] = [];
  page.on("response", (response) => {
    const url = response.url();
    if (!url.startsWith(origin)) return;
    const path = new URL(url).pathname;
    const startEpochMs = response.request().timing().startTime;
    files.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          const kind = kindOf(path);
          // "tfjsflags" (the URL parameter TF.js reads its flags from) is in every build of tfjs-core.
          const hasTfjs = kind === "page-js" && (path.includes("@tensorflow") || body.includes("tfjsflags"));
          return {path, kind, bytes: body.length, startEpochMs, hasTfjs};
        })
    );
  });
  return files;
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

/** Loads `path` in a fresh context and measures it; waits `observeMs` after the load event. */
async function measurePage(browser: Browser, baseUrl: string, path: string, observeMs: number): Promise<PageLoad> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: "block"});
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    const recorded = recordFiles(page, baseUrl);
    await page.goto(baseUrl + path, {waitUntil: "load"});
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    await page.waitForTimeout(observeMs);
    const observed = await page.evaluate(() => (window as unknown as {__bench: {paint: Record<string, number>; longTasks: number[]; h1: number | null; math: number | null}}).__bench);
    const recordedFiles = await Promise.all(recorded);
    const files = recordedFiles
      .map(({startEpochMs, hasTfjs: _, ...file}) => ({...file, startMs: startEpochMs - timeOrigin}))
      .sort((a, b) => a.startMs - b.startMs);
    const fcp = observed.paint["first-contentful-paint"] ?? null;
    const afterPaint = (ms: number | null) => (ms === null ? null : Math.max(ms, fcp ?? 0));
    const sum = (kind: LoadedFile["kind"]) => files.filter((f) => f.kind === kind).reduce((s, f) => s + f.bytes, 0);
    const worker = files.find((f) => f.kind === "worker-js");
    return {
      path,
      firstContentfulPaintMs: round(fcp),
      h1Ms: round(afterPaint(observed.h1)),
      mathMs: round(afterPaint(observed.math)),
      bytes: {pageJs: sum("page-js"), workerJs: sum("worker-js"), wasm: sum("wasm"), other: sum("other")},
      tfjsRequestedMs: worker ? Math.round(worker.startMs) : null,
      tfjsInPage: recordedFiles.filter((file) => file.hasTfjs).map((file) => file.path),
      files: files.map((f) => ({...f, startMs: Math.round(f.startMs)})),
      longTasks: {count: observed.longTasks.length, maxMs: Math.round(Math.max(0, ...observed.longTasks)), over50: observed.longTasks.filter((ms) => ms > 50).length}
    };
  } finally {
    await context.close();
  }
}

/** Trains the demo on the bench page and returns what it measured. */
async function measureDemo(browser: Browser, baseUrl: string, query: string): Promise<DemoResult> {
  const context = await browser.newContext({serviceWorkers: "block"}); // the offline helper would fetch the whole site meanwhile
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/_bench/demo?${query}`);
    await page.waitForFunction(() => (window as unknown as {__demo?: unknown}).__demo !== undefined, undefined, {timeout: 60_000});
    const pageReadyMs = await page.evaluate(() => performance.now());
    const result = await page.evaluate(() => (window as unknown as {__demo: {result: Promise<unknown>}}).__demo.result);
    return {...(result as Omit<DemoResult, "pageReadyMs">), pageReadyMs: Math.round(pageReadyMs)};
  } finally {
    await context.close();
  }
}

/**
 * Opens a page with the degradation lab (it trains its default settings on load) and waits for its session to
 * finish. The lab exposes its session as `window.__degradationLab.session` (for the end-to-end tests).
 */
async function measureLab(browser: Browser, baseUrl: string, path: string): Promise<LabResult> {
  const context = await browser.newContext({serviceWorkers: "block"}); // the offline helper would fetch the whole site meanwhile
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await page.goto(baseUrl + path);
    type Lab = {session: {value: {phase: string; startedAt: number | null; finishedAt: number | null; runs: {id: string; phase: string}[]}}};
    const hasLab = await page
      .waitForFunction(() => (window as unknown as {__degradationLab?: Lab}).__degradationLab !== undefined, undefined, {timeout: 15_000})
      .then(() => true, () => false);
    if (!hasLab) return {path, startedAtMs: null, totalMs: null, runs: [], longTasks: []};
    await page.waitForFunction(() => ["finished", "failed", "stopped"].includes((window as unknown as {__degradationLab: Lab}).__degradationLab.session.value.phase), undefined, {timeout: 0, polling: 250});
    const {value, tasks} = await page.evaluate(() => ({
      value: (window as unknown as {__degradationLab: Lab}).__degradationLab.session.value,
      tasks: (window as unknown as {__bench: {longTaskEntries: [number, number][]}}).__bench.longTaskEntries
    }));
    const [start, end] = [value.startedAt ?? 0, value.finishedAt ?? Infinity];
    return {
      path,
      startedAtMs: Math.round(start),
      totalMs: value.finishedAt === null ? null : Math.round(end - start),
      runs: value.runs.map((run) => [run.id, run.phase]),
      longTasks: tasks.filter(([at]) => at >= start && at <= end)
    };
  } finally {
    await context.close();
  }
}

/** What to measure on the built site. */
export interface SiteOptions {
  root: string;
  /** Page paths, e.g. "/" and "/degradation". */
  pages: string[];
  /** Demo runs, as the bench page's query strings (e.g. "data=circles", "data=mnist&workers=2"). */
  demos: string[];
  /** How long to keep watching a page after its load event (long tasks while a lab trains). */
  observeMs: number;
  /** Pages whose degradation lab to time end to end (skipped where the page has none). */
  labs: string[];
}

/** The site's measurements, or null with a message when `dist/` or Chromium is missing. */
export async function runSiteBench(
  options: SiteOptions,
  log: (line: string) => void
): Promise<{pages: PageLoad[]; demos: DemoResult[]; labs: LabResult[]; shattered: ShatteredBenchResult; analysisLabs: AnalysisLabResult[]; offline: OfflineResult} | null> {
  if (!existsSync(`${options.root}/index.html`)) {
    console.error(`bench: site section skipped: no ${options.root}/index.html (run npm run build first)`);
    return null;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: site section skipped: no Chromium at ${CHROMIUM}`);
    return null;
  }
  const {server, url} = await serve({root: options.root, extraRoots: [`${options.root}-test`]}); // /_bench/demo lives in dist-test/
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  try {
    const pages: PageLoad[] = [];
    for (const path of options.pages) {
      const load = await measurePage(browser, url, path, options.observeMs);
      pages.push(load);
      log(`page ${path}: FCP ${load.firstContentfulPaintMs} ms, h1 ${load.h1Ms} ms, math ${load.mathMs ?? "—"} ms, JS ${(load.bytes.pageJs / 1024).toFixed(0)} KiB${load.tfjsRequestedMs === null ? "" : `, TF.js at ${load.tfjsRequestedMs} ms`}`);
    }
    const demos: DemoResult[] = [];
    for (const query of options.demos) {
      const demo = await measureDemo(browser, url, query);
      demos.push(demo);
      log(`demo ${query}: ${(demo.totalMs / 1000).toFixed(1)} s, verdict ${demo.verdict?.holds ? "holds" : "does NOT hold"}, longest main-thread task ${demo.longTasks.maxMs.toFixed(0)} ms`);
    }
    const labs: LabResult[] = [];
    for (const path of options.labs) {
      const lab = await measureLab(browser, url, path);
      labs.push(lab);
      log(lab.totalMs === null ? `lab ${path}: no degradation lab on this page` : `lab ${path}: ${(lab.totalMs / 1000).toFixed(1)} s, ${lab.longTasks.length} long tasks`);
    }
    const shattered = await measureShatteredLab(browser, url);
    log(shattered.totalMs === null ? "lab /shattered-gradients: not on this build" : `lab /shattered-gradients: ${(shattered.totalMs / 1000).toFixed(1)} s from navigation, ${(shattered.workerMs! / 1000).toFixed(1)} s measuring`);
    const analysisLabs: AnalysisLabResult[] = [];
    for (const lab of ANALYSIS_LABS) {
      const result = await measureAnalysisLab(browser, url, lab);
      analysisLabs.push(result);
      log(result.totalMs === null ? `lab ${lab.path}: not on this build` : `lab ${lab.path}: ${(result.totalMs / 1000).toFixed(1)} s from navigation, ${(result.measureMs! / 1000).toFixed(1)} s ${lab.after} after training`);
    }
    const offline = await measureOffline(browser, url);
    log(`offline: "available offline" ${(offline.readyMs / 1000).toFixed(1)} s after a first visit to /, ${offline.entries} cached entries, ${(offline.bytes / 1e6).toFixed(1)} MB`);
    return {pages, demos, labs, shattered, analysisLabs, offline};
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
