/**
 * Reading a lab's URL: valid values are taken as written; everything else is clamped or replaced by the
 * default, and every change is explained in a note naming the parameter.
 */
import {afterEach, describe, expect, it, vi} from "vitest";
import {parseLabParams, parseParams, serializeParams, UrlState, type UrlHost} from "../../../src/components/controls/urlState.ts";
import {labParams, URL_PARAMETERS, type LabId} from "../../../src/components/controls/parameters.ts";
import {MALFORMED_URLS as MALFORMED} from "./malformedUrls.ts";
import {defaultOf} from "../../../src/components/controls/paramTypes.ts";

const DEFAULTS = parseLabParams("lab", "").values;


describe("parsing a lab's URL", () => {
  it("gives every parameter its default when the URL is empty, with no notes", () => {
    const {values, notes} = parseLabParams("lab", "");
    for (const param of labParams("lab")) expect(values[param.name as keyof typeof values]).toBe(param.default);
    expect(notes).toEqual([]);
  });

  it("takes valid values as written, without notes", () => {
    const search = "?dataset=spirals&units=20&hidden=32&residual=false&unit=preact&shortcut=C&batchNorm=0" +
      "&learningRate=1e-3&momentum=0.5&weightDecay=0.0005&batchSize=64&steps=1000&seed=42&backend=wasm&depth=+56";
    const {values, notes} = parseLabParams("lab", search);
    expect(notes).toEqual([]);
    expect(values).toEqual({...DEFAULTS, dataset: "spirals", units: 20, hidden: 32, residual: false, unit: "preact",
      shortcut: "C", batchNorm: false, learningRate: 0.001, momentum: 0.5, weightDecay: 0.0005, batchSize: 64,
      steps: 1000, seed: 42, backend: "wasm", depth: 56});
  });

  it(`handles ${MALFORMED.length} malformed values: a valid value and a note naming the parameter`, () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
    for (const {search, name, value, note} of MALFORMED) {
      const {values, notes} = parseLabParams("lab", search);
      expect(values[name as keyof typeof values], search).toEqual(value);
      expect(notes.length, search).toBeGreaterThan(0);
      expect(notes.some((n) => n.name === name && note.test(n.message)), `${search}: ${JSON.stringify(notes)}`).toBe(true);
    }
  });

  it("never reaches Object.prototype: constructor, __proto__, toString, hasOwnProperty, valueOf as every parameter's value", () => {
    const keys = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
    let cases = 0;
    for (const lab of Object.keys(URL_PARAMETERS) as LabId[]) {
      for (const param of labParams(lab)) {
        for (const key of keys) {
          const {values, notes} = parseLabParams(lab, `?${param.name}=${key}`);
          const value = values[param.name as keyof typeof values] as unknown;
          expect(value, `${lab} ${param.name}=${key}`).toBe(defaultOf(param, parseLabParams(lab, "").values));
          expect(typeof value, `${lab} ${param.name}=${key}`).toBe(typeof param.default);
          expect(notes.map((note) => note.name), `${lab} ${param.name}=${key}`).toEqual([param.name]);
          // The key as a parameter name is not a parameter either.
          expect(parseLabParams(lab, `?${key}=1`).notes.length, `${lab} ?${key}=1`).toBe(1);
          cases++;
        }
      }
    }
    expect(cases).toBeGreaterThan(150);
  });

  it("ignores unknown keys, with a note each, and keeps the rest", () => {
    const {values, notes} = parseLabParams("lab", "?foo=1&depth=32&=7&__proto__=x&constructor=1");
    expect(values.depth).toBe(32);
    expect(notes.map((note) => note.message)).toEqual([
      "foo=1 is not a setting of this page; ignored",
      "(empty name)=7 is not a setting of this page; ignored",
      "__proto__=x is not a setting of this page; ignored",
      "constructor=1 is not a setting of this page; ignored"
    ]);
    expect(Object.keys(values).sort()).toEqual(labParams("lab").map((param) => param.name).sort());
  });

  it("never yields a value outside the table's limits, whatever the input", () => {
    const junk = ["", "-", ".", "1e", "e5", "+-1", "1..2", " 7 ", "٣", "１２", "1_000", "0b101", "true", "null", "[]", "{}", "%", "0.0"];
    for (const param of labParams("lab")) {
      for (const raw of junk) {
        const value = parseParams([param], `?${param.name}=${encodeURIComponent(raw)}`).values[param.name];
        if (param.type === "int" || param.type === "float") {
          expect(value).toBeGreaterThanOrEqual(param.min);
          expect(value).toBeLessThanOrEqual(param.max);
        } else if (param.type === "choice") expect(param.choices).toContain(value);
        else expect(typeof value).toBe("boolean");
      }
    }
  });
});

describe("writing a lab's URL", () => {
  it("writes only non-default values, in table order, in canonical form", () => {
    expect(serializeParams(labParams("lab"), DEFAULTS)).toBe("");
    const values = {...DEFAULTS, seed: 7, depth: 56, learningRate: 0.001, residual: false};
    expect(serializeParams(labParams("lab"), values)).toBe("?depth=56&residual=false&learningRate=0.001&seed=7");
  });

  it("clamps values from code before writing them (the URL never exceeds the UI's limits)", () => {
    const values = {...DEFAULTS, depth: 1000, momentum: -3, dataset: "nope", weightDecay: Number.NaN};
    expect(serializeParams(labParams("lab"), values)).toBe("?depth=110&momentum=0");
  });

  it("round-trips every lab: parse(serialize(values)) gives the values back", () => {
    for (const lab of Object.keys(URL_PARAMETERS) as LabId[]) {
      const params = labParams(lab);
      const values = Object.fromEntries(params.map((param) => [param.name,
        param.type === "choice" ? param.choices[param.choices.length - 1] : param.type === "boolean" ? !param.default : param.max]));
      const parsed = parseParams(params, serializeParams(params, values));
      expect(parsed.notes).toEqual([]);
      expect(parsed.values).toEqual(values);
    }
  });
});

describe("the declared table", () => {
  for (const [lab, {params}] of Object.entries(URL_PARAMETERS)) {
    it(`${lab}: unique names, a seed, defaults and maxima on the grid, a label and a description each`, () => {
      const names = params.map((param) => param.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain("seed");
      for (const param of params) {
        expect(param.label.length).toBeGreaterThan(0);
        expect(param.description.length).toBeGreaterThan(10);
        const parsedDefault = parseParams([param], "").values[param.name];
        expect(parsedDefault).toBe(param.default);
        if (param.type === "int" || param.type === "float") {
          const conditional = Object.values(param.defaultWhen?.values ?? {});
          if (param.defaultWhen) expect(names, `${param.name}'s default depends on a parameter of the lab`).toContain(param.defaultWhen.param);
          for (const value of [param.default, param.max, param.min, ...conditional]) {
            expect(parseParams([param], `?${param.name}=${value}`).notes, `${param.name}=${value}`).toEqual([]);
          }
        }
      }
    });
  }

  it("the Lab page declares every control of issue 4, item 5", () => {
    const names = labParams("lab").map((param) => param.name);
    for (const name of ["dataset", "depth", "units", "width", "hidden", "residual", "unit", "shortcut", "batchNorm",
      "learningRate", "momentum", "weightDecay", "batchSize", "steps", "seed", "backend"]) {
      expect(names).toContain(name);
    }
  });
});

/** A fake page location and history that records every replaceState. */
function fakeHost(search: string, hash = ""): UrlHost & {writes: string[]} {
  const writes: string[] = [];
  return {
    writes,
    location: {origin: "http://example.test", pathname: "/lab", search, hash},
    history: {state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void writes.push(String(url))}
  };
}

describe("UrlState", () => {
  afterEach(() => vi.useRealTimers());

  it("debounces writes, keeps the hash, writes only non-default values and fires change", () => {
    vi.useFakeTimers();
    const host = fakeHost("", "#network");
    const state = new UrlState("lab", {host, debounceMs: 200});
    let changes = 0;
    state.addEventListener("change", () => changes++);
    state.set({depth: 26});
    vi.advanceTimersByTime(100);
    state.set({depth: 32, seed: 5});
    state.set({depth: 1000});
    expect(host.writes).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(host.writes).toEqual(["/lab?depth=110&seed=5#network"]);
    expect(changes).toBe(3);
    expect(state.values.depth).toBe(110);
    expect(state.href()).toBe("http://example.test/lab?depth=110&seed=5");
  });

  it("rewrites a malformed URL to its clamped form and keeps the notes", () => {
    vi.useFakeTimers();
    const host = fakeHost("?depth=999&foo=bar");
    const state = new UrlState("lab", {host});
    expect(state.notes.map((note) => note.name)).toEqual(["foo", "depth"]);
    vi.runAllTimers();
    expect(host.writes).toEqual(["/lab?depth=110"]);
  });

  it("resets to the table's defaults, except what a lesson hides or locks, and knows when nothing is left to reset", () => {
    vi.useFakeTimers();
    const host = fakeHost("?depth=56&seed=3&learningRate=0.5&lock=seed&hide=learningRate");
    const state = new UrlState("lab", {host});
    expect(state.isDefault).toBe(false);
    let changes = 0;
    state.addEventListener("change", () => changes++);
    state.reset();
    expect(changes).toBe(1);
    expect(state.values).toEqual({...DEFAULTS, seed: 3, learningRate: 0.5});
    expect(state.isDefault).toBe(true);
    vi.runAllTimers();
    expect(host.writes.at(-1)).toBe("/lab?learningRate=0.5&seed=3&hide=learningRate&lock=seed");
    state.set({seed: 4}); // a locked value changed by code still counts as the lesson's, not the student's
    expect(state.isDefault).toBe(true);
    state.set({depth: DEFAULTS.depth === 26 ? 32 : 26});
    expect(state.isDefault).toBe(false);
  });

  it("gives the degradation lab's steps the default of the chosen nets, and moves them with the data unless chosen or fixed", () => {
    vi.useFakeTimers();
    const steps = labParams("degradation").find((param) => param.name === "steps")!;
    const convSteps = steps.type === "int" ? steps.defaultWhen!.values.mnist : NaN;
    expect(convSteps).not.toBe(steps.default);
    expect(parseLabParams("degradation", "").values).toMatchObject({data: "mnist", steps: convSteps});
    expect(parseLabParams("degradation", "?data=circles").values.steps).toBe(steps.default);
    expect(parseLabParams("degradation", "?steps=500&data=circles").values.steps).toBe(500);
    const unreadable = parseLabParams("degradation", "?steps=abc");
    expect(unreadable.values.steps).toBe(convSteps); // the conv nets' default, and the note says so
    expect(unreadable.notes.map((note) => note.message)).toEqual([expect.stringContaining(`using the default ${convSteps}`)]);
    expect(serializeParams(labParams("degradation"), {data: "circles", steps: steps.default})).toBe("?data=circles");
    expect(serializeParams(labParams("degradation"), {data: "mnist", steps: steps.default})).toBe(`?steps=${steps.default}`);

    const host = fakeHost("");
    const state = new UrlState("degradation", {host});
    expect(state.isDefault).toBe(true);
    state.set({...state.values, data: "circles"}); // a control group sends every value, the unchanged steps too
    expect(state.values.steps).toBe(steps.default);
    state.set({data: "mnist"});
    expect(state.values.steps).toBe(convSteps);
    state.set({steps: 40});
    state.set({data: "circles"});
    expect(state.values.steps).toBe(40); // the reader's own choice stays
    vi.runAllTimers();
    expect(host.writes.at(-1)).toBe("/lab?steps=40&data=circles"); // the fake host's path
    state.reset();
    expect(state.values).toMatchObject({data: "mnist", steps: convSteps});
    expect(state.isDefault).toBe(true);

    const locked = new UrlState("degradation", {host: fakeHost("?lock=steps")});
    locked.set({data: "circles"});
    expect(locked.values.steps).toBe(convSteps); // a lesson fixed the steps
    const lockedData = new UrlState("degradation", {host: fakeHost("?data=circles&lock=data")});
    lockedData.set({steps: 40});
    lockedData.reset();
    expect(lockedData.values).toMatchObject({data: "circles", steps: steps.default});
  });

  it("leaves a canonical URL alone", () => {
    vi.useFakeTimers();
    const host = fakeHost("?depth=56&seed=3");
    new UrlState("lab", {host});
    vi.runAllTimers();
    expect(host.writes).toEqual([]);
  });
});
