/** Run history in browser storage: versioned, deduplicated, bounded, and robust to damaged or refused storage. */
import {describe, expect, it} from "vitest";
import {
  addToHistory,
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
    expect(parseHistory(JSON.stringify({version: HISTORY_VERSION + 1, runs: []})).note).toMatch(/another version of this page \(format 2, now 1\)/);
    const mixed = parseHistory(JSON.stringify({version: HISTORY_VERSION, runs: [run("a"), {key: "b"}, null, run("c", {depth: Number.NaN})]}));
    expect(mixed.runs.map((r) => r.key)).toEqual(["a"]);
    expect(mixed.note).toBe("3 damaged saved runs were left out.");
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
