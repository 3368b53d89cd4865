/** Run history in browser storage: versioned, deduplicated, bounded, and robust to damaged or refused storage. */
import {describe, expect, it} from "vitest";
import {labParams} from "../../src/components/controls/parameters.ts";
import {
  addToHistory,
  HISTORY_RANGES,
  HISTORY_VERSION,
  MAX_HISTORY_RUNS,
  openRunHistory,
  parseHistory,
  serializeHistory,
  type HistoryRun,
  type HistoryStorage
} from "../../src/session/runHistory.ts";

function run(key: string, overrides: Partial<HistoryRun> = {}): HistoryRun {
  return {key, data: "circles", steps: 300, seed: 1, depth: 56, isResidual: false, status: "done", finalTrainError: 0.4, finalLoss: 0.67, finalTestError: 0.41, backend: "wasm", finishedAt: 1, ...overrides};
}

/** An in-memory Storage; `refuse` makes every write throw like a full or disabled storage. */
function memoryStorage(initial: Record<string, string> = {}, {refuse = false} = {}): HistoryStorage & {data: Record<string, string>} {
  const data = {...initial};
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem(key, value) {
      if (refuse) throw new DOMException("quota exceeded", "QuotaExceededError");
      data[key] = value;
    },
    removeItem: (key) => void delete data[key]
  };
}

const KEY = "resnet-explorable:runs:degradation";

describe("parseHistory", () => {
  it("reads what serializeHistory wrote", () => {
    const runs = [run("a"), run("b", {status: "diverged", finalTrainError: null, finalLoss: null, finalTestError: null})];
    expect(parseHistory(serializeHistory(runs))).toEqual({runs, note: null});
    expect(parseHistory(null)).toEqual({runs: [], note: null});
  });

  it("sets damaged, foreign or older data aside with a note, never throwing", () => {
    expect(parseHistory("{not json").note).toMatch(/damaged/);
    expect(parseHistory("[1,2]").note).toMatch(/not in a format/);
    expect(parseHistory(JSON.stringify({version: HISTORY_VERSION + 1, runs: []})).note).toBe(
      "Your saved runs were made by another version of this page (format 2; this page reads format 1), so the history starts empty."
    );
    expect(parseHistory(JSON.stringify({version: "1", runs: [run("a")]})).note).toBe(
      'Your saved runs carry a format number this page does not know ("1", where this page writes 1), so the history starts empty.'
    );
    expect(parseHistory(JSON.stringify({runs: [run("a")]})).note).toBe("Your saved runs carry no format number, so the history starts empty.");
    const mixed = parseHistory(JSON.stringify({version: HISTORY_VERSION, runs: [run("a"), {key: "b"}, null, run("c", {depth: Number.NaN})]}));
    expect(mixed.runs.map((r) => r.key)).toEqual(["a"]);
    expect(mixed.note).toBe("3 saved runs were damaged or held impossible values, and left out.");
  });

  it("leaves out runs with values no lab control allows, which would squash a chart's axis", () => {
    const impossible: Array<Partial<HistoryRun>> = [
      {depth: 1e308}, {depth: 56.5}, {depth: -20}, {steps: 0}, {steps: 1e9}, {seed: -1},
      {finalTrainError: 1e308}, {finalTrainError: -0.1}, {finalTestError: 1.5}, {finalLoss: -1}, {finalLoss: 1e308}, {finishedAt: -5}
    ];
    const parsed = parseHistory(JSON.stringify({version: HISTORY_VERSION, runs: [run("good"), ...impossible.map((fields, i) => run(`bad${i}`, fields))]}));
    expect(parsed.runs.map((r) => r.key)).toEqual(["good"]);
    expect(parsed.note).toBe(`${impossible.length} saved runs were damaged or held impossible values, and left out.`);
  });

  it("says so when it keeps only the newest runs of an oversized history", () => {
    const runs = Array.from({length: 15_000}, (_, i) => run(`k${i}`, {finishedAt: i}));
    const parsed = parseHistory(JSON.stringify({version: HISTORY_VERSION, runs}));
    expect(parsed.runs).toHaveLength(MAX_HISTORY_RUNS);
    expect(parsed.runs[0].key).toBe(`k${15_000 - MAX_HISTORY_RUNS}`);
    expect(parsed.note).toBe("Only the newest 200 saved runs are kept: 14,800 saved runs were older and dropped.");
  });

  it("allows exactly the degradation lab's ranges of depth, steps and seed", () => {
    const ranges = (name: string) => {
      const param = labParams("degradation").find((p) => p.name === name) as {min: number; max: number};
      return [param.min, param.max];
    };
    expect([Math.min(ranges("shallow")[0], ranges("deep")[0]), Math.max(ranges("shallow")[1], ranges("deep")[1])]).toEqual(HISTORY_RANGES.depth);
    expect(ranges("steps")).toEqual(HISTORY_RANGES.steps);
    expect(ranges("seed")).toEqual(HISTORY_RANGES.seed);
  });
});

describe("addToHistory", () => {
  it("replaces a run with the same settings and keeps only the newest runs", () => {
    expect(addToHistory([run("a"), run("b")], run("a", {finishedAt: 2})).map((r) => [r.key, r.finishedAt])).toEqual([["b", 1], ["a", 2]]);
    let runs: HistoryRun[] = [];
    for (let i = 0; i < MAX_HISTORY_RUNS + 5; i++) runs = addToHistory(runs, run(`k${i}`));
    expect(runs.length).toBe(MAX_HISTORY_RUNS);
    expect(runs[0].key).toBe("k5");
  });
});

describe("openRunHistory", () => {
  it("saves every change, survives a reopen (a reload), and clears", () => {
    const storage = memoryStorage();
    const history = openRunHistory("degradation", storage);
    let changes = 0;
    history.addEventListener("change", () => changes++);
    history.add(run("a"));
    history.add([run("b"), run("c")]);
    expect(openRunHistory("degradation", storage).runs.map((r) => r.key)).toEqual(["a", "b", "c"]);
    expect(history.isPersistent).toBe(true);
    history.clear();
    expect(storage.data[KEY]).toBeUndefined();
    expect(openRunHistory("degradation", storage).runs).toEqual([]);
    expect(changes).toBe(3);
  });

  it("starts empty with a note over damaged storage, and overwrites it on the next save", () => {
    const storage = memoryStorage({[KEY]: "\u0000garbage"});
    const history = openRunHistory("degradation", storage);
    expect(history.runs).toEqual([]);
    expect(history.note).toMatch(/damaged/);
    history.add(run("a"));
    expect(parseHistory(storage.data[KEY]).runs.length).toBe(1);
  });

  it("keeps runs in memory, with a note, when the browser refuses storage", () => {
    const refusing = openRunHistory("degradation", memoryStorage({}, {refuse: true}));
    refusing.add(run("a"));
    expect(refusing.runs.length).toBe(1);
    expect(refusing.isPersistent).toBe(false);
    expect(refusing.note).toMatch(/kept only until you leave the page/);
    const none = openRunHistory("degradation", null);
    expect(none.isPersistent).toBe(false);
    none.add(run("a"));
    expect(none.runs.length).toBe(1);
    const throwing = openRunHistory("degradation", {getItem: () => { throw new Error("SecurityError"); }, setItem: () => {}, removeItem: () => {}});
    expect([throwing.runs, throwing.isPersistent]).toEqual([[], false]);
  });
});
