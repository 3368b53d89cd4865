/**
 * The Results page's reproductions in Chromium: the table of reference runs shows exactly what the committed
 * files in data/ hold (means over seeds recomputed here from the raw JSON), the chart has a dot per distinct
 * run, the comparison with Table 6 joins by depth, every export is a valid file, nothing leaves the origin,
 * and the section fits 375 px.
 */
import {readFileSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";
import {exportAll} from "./exportFiles.ts";

interface RawRun {
  id: string;
  spec: {name: string};
  final: {loss: number; trainError: number; testError: number};
}
interface RawFile {
  command: string;
  experiments: Array<{seed: number; runs: RawRun[]; verdict: {holds: boolean}}>;
}

const raw = (name: string) => JSON.parse(readFileSync(`data/${name}`, "utf8")) as RawFile;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The rows the table must show for one file: name, loss mean, loss range, training error, test error. */
function expectedRows(file: RawFile): string[][] {
  return file.experiments[0].runs.map(({id, spec}) => {
    const runs = file.experiments.map((seed) => seed.runs.find((run) => run.id === id)!);
    const losses = runs.map((run) => run.final.loss);
    return [
      spec.name,
      mean(losses).toFixed(3),
      `${Math.min(...losses).toFixed(3)}–${Math.max(...losses).toFixed(3)}`,
      `${(100 * mean(runs.map((run) => run.final.trainError))).toFixed(1)}%`,
      `${(100 * mean(runs.map((run) => run.final.testError))).toFixed(1)}%`
    ];
  });
}

describe("reproductions on the Results page", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the reference runs exactly as data/ holds them, with a chart and the paper beside them", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    const table = page.locator("#reproductions table.rx-repro-table");
    await table.waitFor();
    const files = [["degradation", "degradation.json"], ["degradation", "degradation-original.json"], ["degradation", "degradation-spirals.json"]];
    const blocks = table.locator("tbody");
    expect(await blocks.count()).toBe(files.length);
    for (const [i, [, name]] of files.entries()) {
      const file = raw(name);
      const shown = await blocks.nth(i).locator("tr[data-net]").evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")).map((cells) => [cells[0], ...cells.slice(2)])
      );
      expect(shown, name).toEqual(expectedRows(file));
      const holds = file.experiments.filter((seed) => seed.verdict.holds).length;
      const verdict = await blocks.nth(i).locator("tr.rx-repro-verdict").textContent();
      expect(verdict).toContain(`${holds} of ${file.experiments.length} seeds`);
      expect(verdict).toContain(file.command);
    }

    // The conv nets on MNIST: their own table and chart (12 sweep runs + 40 of the ten-seed file, less 4 shared).
    const convFile = raw("degradation-mnist.json");
    const convShown = await page.locator("#reproductions-conv table.rx-repro-table tbody tr[data-net]").evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")).map((cells) => [cells[0], ...cells.slice(2)])
    );
    expect(convShown).toEqual(expectedRows(convFile));
    const convChart = page.locator("#reproductions-conv .rx-export").first();
    expect(await convChart.locator(".rx-export__title").textContent()).toMatch(/conv nets on MNIST/);
    expect(await convChart.locator('svg [aria-label="dot"] circle').count()).toBe(12 + 4 * convFile.experiments.length - 4);

    const chart = page.locator("#reproductions .rx-export").first();
    expect(await chart.locator(".rx-export__title").textContent()).toMatch(/training error vs depth/);
    // 12 runs of the depth sweep + 40 of the ten-seed file, less the 4 they share (seed 1 at 20 and 56 layers).
    expect(await chart.locator('svg [aria-label="dot"] circle').count()).toBe(48);
    const compare = page.locator("table.rx-repro-compare");
    const sweep = JSON.parse(readFileSync("data/depth-sweep.json", "utf8")) as {runs: RawRun[]};
    const sweepError = (id: string) => `${(100 * sweep.runs.find((run) => run.id === id)!.final.trainError).toFixed(1)}%`;
    const cells = await compare.locator('tr[data-layers="20"] td').allTextContents();
    expect([cells[0], cells[1], cells[3], cells[4]]).toEqual(["0.27M", "8.75%", sweepError("plain-20"), sweepError("residual-20")]);

    for (const figure of await page.locator("#reproductions .rx-export, .rx-export:has(table.rx-repro-compare)").all()) {
      const files = await exportAll(page, figure);
      expect([files.svgRoot, files.svgError, files.isPng]).toEqual(["svg", null, true]);
      expect(files.csvRows.length).toBeGreaterThan(3);
      expect(files.csvHeader.split(",").length).toBeGreaterThan(3);
    }
    const text = (await page.locator("main").textContent()) ?? "";
    const original = raw("degradation-original.json");
    const misses = original.experiments.filter((seed) => !seed.verdict.holds).map((seed) => seed.seed);
    if (misses.length > 0) expect(text).toContain(`Where it did not (seed ${misses.join(", ")})`);
    else expect(text).not.toContain("Where it did not");
    expect(await page.locator(".rx-your-runs").textContent()).toMatch(/^No runs of yours in this browser yet/);
    expect(text).not.toMatch(/undefined|NaN/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });

  it("exports the conv nets' chart and table as valid files", async () => {
    // A page of its own: with these two figures the first test's page made 15 downloads, and a clean-clone CI run
    // once timed out waiting for one of them (likely cause, not confirmed: under load a PNG is ready after the
    // click's user activation has expired, and Chromium then holds back a page's repeated downloads).
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    const figures = await page.locator("#reproductions-conv .rx-export").all();
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      const files = await exportAll(page, figure);
      expect([files.svgRoot, files.svgError, files.isPng]).toEqual(["svg", null, true]);
      expect(files.csvRows.length).toBeGreaterThan(3);
    }
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it("draws the reader's own runs from the degradation lab's history beside the references", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const run = (depth: number, isResidual: boolean, finalTrainError: number) => ({
      key: `k${depth}${isResidual}`, data: "circles", steps: 300, seed: 4, depth, isResidual, status: "done",
      finalTrainError, finalLoss: 0.1, finalTestError: 0.05, backend: "wasm", finishedAt: 1
    });
    const stored = JSON.stringify({version: 1, runs: [run(20, false, 0.04), run(56, false, 0.41), run(56, true, 0.03)]});
    await context.addInitScript((text) => localStorage.setItem("resnet-explorable:runs:degradation", text), stored);
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    const figure = page.locator(".rx-your-runs .rx-export");
    expect(await figure.locator(".rx-export__title").textContent()).toBe("Your runs: final training error vs depth (circles, 300 steps)");
    expect(await figure.locator("figcaption").textContent()).toMatch(/^3 runs of yours/);
    // the reader's 3 runs and the 40 + 12 reference runs on circles with 300 steps, less the 4 both files hold
    expect(await figure.locator('svg [aria-label="dot"] circle').count()).toBe(3 + 40 + 12 - 4);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  it("says on the Results page, as the lab does, when stored runs were damaged, impossible or refused", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const run = (depth: number, finalTrainError: number) => ({
      key: `k${depth}`, data: "circles", steps: 300, seed: 4, depth, isResidual: false, status: "done",
      finalTrainError, finalLoss: 0.1, finalTestError: 0.05, backend: "wasm", finishedAt: 1
    });
    const stored = JSON.stringify({version: 1, runs: [run(20, 0.04), run(1e308, 0.4), run(56, 1e308), {key: "x"}]});
    await context.addInitScript((text) => localStorage.setItem("resnet-explorable:runs:degradation", text), stored);
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    const yours = page.locator(".rx-your-runs");
    expect(await yours.locator(".rx-history__note").textContent()).toBe("3 saved runs were damaged or held impossible values, and left out.");
    expect(await yours.locator("figcaption").textContent()).toMatch(/^1 run of yours/);
    expect(log.pageErrors).toEqual([]);
    await context.close();
    const damaged = await browser.newContext({viewport: {width: 1200, height: 900}});
    await damaged.addInitScript(() => localStorage.setItem("resnet-explorable:runs:degradation", "{not json"));
    const again = await damaged.newPage();
    await again.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    expect(await again.locator(".rx-your-runs .rx-history__note").textContent()).toMatch(/could not be read \(the stored data is damaged\)/);
    expect(await again.locator(".rx-your-runs .rx-lab-placeholder").textContent()).toMatch(/^No runs of yours in this browser yet/);
    await damaged.close();
  });

  it("fits 375 px: tables scroll inside their own box", async () => {
    const page = await browser.newPage({viewport: {width: 375, height: 800}, isMobile: true});
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/results`, {waitUntil: "networkidle"});
    await page.locator("#reproductions table.rx-repro-table").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
