/**
 * The degradation lab's pure parts: its runs come from the engine's preset (so the default IS the reference
 * configuration in data/), depths change nothing else, reference runs match only the exact configuration, the URL
 * table's defaults agree with the preset, and finished runs become history entries, chart points and a verdict.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {parseLabParams} from "../../../src/components/controls/urlState.ts";
import {degradationCaption, degradationRuns, defaultDegradationSettings, isSlowSetting, withDepth, type DegradationSettings} from "../../../src/components/degradationLab/degradationRuns.ts";
import {canonical, comparableReferences, configurationKey, matchingReferences, referenceRuns} from "../../../src/session/references.ts";
import type {ExperimentFile} from "../../../src/engine/experiments/experimentFile.ts";
import {depthPoints, historyEntry} from "../../../src/components/degradationLab/degradationResults.ts";
import {sessionVerdict} from "../../../src/session/runResults.ts";
import {verdictText} from "../../../src/session/verdictText.ts";
import type {DegradationVerdict} from "../../../src/engine/experiments/verdict.ts";
import {applyMessage, beginGeneration, initialSessionState, type SessionState} from "../../../src/session/sessionState.ts";
import {presetExperiment} from "../../../src/engine/experiments/presets.ts";
import {depthOf} from "../../../src/engine/spec.ts";
import type {Snapshot} from "../../../src/engine/train/snapshot.ts";

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../../data/${name}.json`, import.meta.url), "utf8")) as ExperimentFile;
const REFERENCES = referenceRuns([load("degradation"), load("depth-sweep")]);
const MNIST_REFERENCES = referenceRuns([load("degradation-mnist"), load("depth-sweep-mnist")]);
/** The lab's defaults: conv nets on MNIST. */
const DEFAULTS = defaultDegradationSettings();
/** The MLPs on circles, at their own default steps. */
const CIRCLES = defaultDegradationSettings("circles");

describe("degradation runs", () => {
  it("with the URL table's defaults are exactly the preset's runs: the configuration of the reference runs", () => {
    for (const [search, settings, data] of [["", DEFAULTS, "mnist"], ["?data=circles", CIRCLES, "circles"]] as const) {
      const fromUrl = parseLabParams("degradation", search).values;
      expect({data: fromUrl.data, shallow: fromUrl.shallow, deep: fromUrl.deep, steps: fromUrl.steps, seed: fromUrl.seed}).toEqual(settings);
      const lab = degradationRuns(settings);
      const preset = presetExperiment("degradation", {data});
      expect(lab.data).toEqual(preset.data);
      const byLabel = new Map(lab.runs.map((run) => [run.label, run]));
      for (const run of preset.runs) {
        const mine = byLabel.get(`${run.spec.isResidual ? "residual" : "plain"}-${depthOf(run.spec)}`)!;
        expect(mine.spec).toEqual(run.spec);
        expect(mine.config).toEqual(run.config);
      }
      expect(lab.runs.map((run) => run.id)).toEqual(["shallow-plain", "shallow-residual", "deep-plain", "deep-residual"]);
    }
    expect(DEFAULTS).toMatchObject({data: "mnist", steps: 200});
    expect(degradationRuns(DEFAULTS).runs[0].config).toMatchObject({batchSize: 32, evalSize: 500, warmup: {steps: 33, lr: 0.02}});
    expect(CIRCLES).toMatchObject({data: "circles", steps: 300});
    // the slow-settings note: only for conv nets that train longer than the default's ~20 s
    expect([DEFAULTS, {...DEFAULTS, deep: 32}, CIRCLES, {...CIRCLES, steps: 5000}].map(isSlowSetting)).toEqual([false, false, false, false]);
    expect([{...DEFAULTS, steps: 300}, {...DEFAULTS, deep: 110}].map(isSlowSetting)).toEqual([true, true]);
  });

  it("change only the depth (and report long runs often): twins differ only in their shortcuts, conv nets get 6n + 2 layers", () => {
    const lab = degradationRuns({...CIRCLES, shallow: 8, deep: 110});
    expect(lab.runs.map((run) => depthOf(run.spec))).toEqual([8, 8, 110, 110]);
    const [plain, residual] = lab.runs.slice(2);
    expect({...plain.spec, isResidual: true, name: ""}).toEqual({...residual.spec, name: ""});
    const conv = degradationRuns({...DEFAULTS, data: "mnist", deep: 110}, {mnistUrl: "/m.bin"});
    expect(conv.data).toEqual({kind: "mnist", url: "/m.bin"});
    expect(conv.runs.map((run) => run.label)).toEqual(["plain-20", "residual-20", "plain-110", "residual-110"]);
    expect(conv.runs[3].spec.name).toBe("ResNet-110");
    expect(() => withDepth(conv.runs[0].spec, 21)).toThrow(RangeError);
    // Long runs report every 10 steps (the preset would space 30 snapshots over them), test errors on that grid (the
    // preset evaluates every 835 = 5 × 167 steps, on its own snapshots; rounded to the 10-step grid: 840).
    const long = degradationRuns({...CIRCLES, steps: 5000}).runs[0].config;
    expect([long.steps, long.snapshotEvery, long.evalEvery]).toEqual([5000, 10, 840]);
    expect(degradationRuns({...CIRCLES, steps: 60}).runs[0].config).toEqual(presetExperiment("degradation", {steps: 60}).runs[0].config);
    expect(degradationCaption(degradationRuns(DEFAULTS), DEFAULTS)).toBe(
      "Conv nets of widths 8/16/32, BatchNorm, original units, shortcut A, on MNIST 14×14 · plain and residual at 20 and 56 layers · SGD lr 0.1, momentum 0.9, weight decay 0.0001, batch 32 · 200 steps · seed 1"
    );
    expect(degradationCaption(lab, {...CIRCLES, shallow: 8, deep: 110})).toBe(
      "MLPs of width 16, BatchNorm, pre-activation units, on circles · plain and residual at 8 and 110 layers · SGD lr 0.1, momentum 0.9, weight decay 0.0001, batch 64 · 300 steps · seed 1"
    );
  });
});

describe("reference runs", () => {
  it("match the default runs of seeds 1–10, and nothing once a setting differs", () => {
    for (const [settings, references] of [[DEFAULTS, MNIST_REFERENCES], [CIRCLES, REFERENCES]] as const) {
      for (const seed of [1, 7, 10]) {
        const matched = matchingReferences(degradationRuns({...settings, seed}).runs, references);
        const names = settings.data === "mnist" ? ["plain-20", "ResNet-20", "plain-56", "ResNet-56"] : ["plain-20", "residual-20", "plain-56", "residual-56"];
        expect(matched.map((run) => run && `${run.id}@${run.config.seed}`)).toEqual(names.map((id) => `${id}@${seed}`));
      }
      expect(matchingReferences(degradationRuns({...settings, steps: 290}).runs, references)).toEqual([null, null, null, null]);
      expect(matchingReferences(degradationRuns({...settings, seed: 11}).runs, references)).toEqual([null, null, null, null]);
      expect(matchingReferences(degradationRuns({...settings, shallow: 32}).runs, references).map((run) => run?.config.seed ?? null)).toEqual([1, 1, 1, 1]);
      expect(matchingReferences(degradationRuns(settings).runs, settings === DEFAULTS ? REFERENCES : MNIST_REFERENCES)).toEqual([null, null, null, null]);
    }
    expect(canonical({b: 1, a: [1, {d: 2, c: undefined}]})).toBe('{"a":[1,{"d":2}],"b":1}');
  });

  it("comparable with the reader's settings: every seed and depth of the same configuration, once each", () => {
    const template = (settings: DegradationSettings) => (depth: number, isResidual: boolean, seed: number) => {
      const run = degradationRuns({...settings, seed}).runs.find((candidate) => candidate.spec.isResidual === isResidual)!;
      return {...run, spec: withDepth(run.spec, depth)};
    };
    for (const [settings, references] of [[DEFAULTS, MNIST_REFERENCES], [CIRCLES, REFERENCES]] as const) {
      const comparable = comparableReferences(references, template(settings));
      expect(comparable.length).toBe(10 * 4 + 8); // ten seeds at 20 and 56, and the sweep's other depths (seed 1)
      expect(comparableReferences(references, template({...settings, steps: 100}))).toEqual([]);
      const keys = new Set(comparable.map((run) => configurationKey(run)));
      expect(keys.size).toBe(comparable.length);
    }
  });
});

function snapshot(step: number, loss: number, trainError: number, status: Snapshot["status"] = "running"): Snapshot {
  return {step, epoch: 0, loss, trainError, testError: 0.3, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status, boundary: null};
}

/** A finished generation of the four default runs with the given final losses (NaN: diverged). */
function finished(losses: Record<string, number>): SessionState {
  const runs = degradationRuns({...CIRCLES, steps: 20}).runs;
  let state = beginGeneration(initialSessionState(), runs, 0);
  for (const run of runs) {
    const loss = losses[run.label!];
    const status = Number.isNaN(loss) ? "diverged" : "done";
    for (const step of [0, 10, 20]) state = applyMessage(state, run.id, {type: "progress", id: "", snapshot: snapshot(step, step === 0 ? 0.7 : loss, 0.1, step === 20 ? status : "running")}, 1);
    state = applyMessage(state, run.id, {type: "done", id: "", status, snapshot: null}, 1);
  }
  return state;
}

describe("results", () => {
  it("the verdict of the four runs, graded, in words that quote every loss", () => {
    const verdict = (losses: Record<string, number>) => sessionVerdict(finished(losses)) as DegradationVerdict;
    const cured = verdict({"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.67, "residual-56": 0.08});
    expect(cured).toMatchObject({grade: "cured", holds: true});
    expect(verdictText(cured)).toMatch(/^Degradation shown and cured: the 56-layer plain net ends clearly above the 20-layer plain net, while its residual twin ends at or below the 20-layer plain net — final training loss: plain-20 0\.110, plain-56 0\.670, residual-20 0\.070, residual-56 0\.080 \(margin 0\.050\)\.$/);
    const none = verdict({"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.12, "residual-56": 0.08});
    expect(verdictText(none)).toMatch(/^No degradation at this budget: the 56-layer plain net does not end clearly above the 20-layer plain net — final training loss: plain-20 0\.110, plain-56 0\.120/);
    const diverged = verdict({"plain-20": 0.11, "residual-20": 0.07, "plain-56": Number.NaN, "residual-56": 0.08});
    expect(diverged.plainDegrades).toBe(true);
    expect(verdictText(diverged)).toMatch(/^Diverged: the training loss of plain-56 became infinite or not a number, so there is no verdict/);
    expect(verdictText(diverged)).toContain("plain-56 no number (it diverged)");
    const helped = verdict({"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.67, "residual-56": 0.2});
    expect(verdictText(helped)).toMatch(/^Degradation shown; the shortcuts help but have not caught up at this budget: .*\(it closes 84% of the gap\)/);
    const both = verdict({"plain-20": 0.11, "residual-20": 0.07, "plain-56": 0.6, "residual-56": 0.5});
    expect(verdictText(both)).toMatch(/^Degradation shown, and not cured at this budget: both 56-layer nets end clearly above the 20-layer plain net \(the residual one closes 20% of the gap\)/);
    expect(sessionVerdict(beginGeneration(initialSessionState(), [], 0))).toBeNull();
  });

  it("history entries and chart points: diverged runs have no final error; other data and step counts are left out", () => {
    const state = finished({"plain-20": 0.11, "residual-20": 0.07, "plain-56": Number.NaN, "residual-56": 0.08});
    const entries = state.runs.map((run) => historyEntry(run, "wasm", 5)!);
    expect(entries.map((entry) => [entry.depth, entry.isResidual, entry.status, entry.finalTrainError])).toEqual([
      [20, false, "done", 0.1],
      [20, true, "done", 0.1],
      [56, false, "diverged", null],
      [56, true, "done", 0.1]
    ]);
    expect(entries[0]).toMatchObject({data: "circles", steps: 20, seed: 1, backend: "wasm", finishedAt: 5, key: configurationKey(state.runs[0].request)});
    const points = depthPoints([...entries, {...entries[0], key: "other", steps: 300}], [], {data: "circles", steps: 20});
    expect(points.length).toBe(4);
    expect(Number.isNaN(points[2].value)).toBe(true);
    const starting = beginGeneration(initialSessionState(), degradationRuns(DEFAULTS).runs, 0);
    expect(historyEntry(starting.runs[0], "wasm", 0)).toBeNull();
  });
});
