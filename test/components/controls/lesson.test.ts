/**
 * Lesson links: `hide=` and `lock=` read against a lab's declared parameters, unknown names noted, and the
 * lesson kept in the URL the state writes, while hidden and locked values still obey the table's limits.
 */
import {afterEach, describe, expect, it, vi} from "vitest";
import {joinQuery, parseLesson, serializeLesson} from "../../../src/components/controls/lesson.ts";
import {labParams} from "../../../src/components/controls/parameters.ts";
import {UrlState, type UrlHost} from "../../../src/components/controls/urlState.ts";
import {lessonFor} from "../../../src/components/classroom/ShareLesson.ts";

const DEGRADATION = labParams("degradation");

function host(search: string): UrlHost & {writes: string[]} {
  const writes: string[] = [];
  return {
    writes,
    location: {origin: "https://example.org", pathname: "/degradation", search, hash: ""},
    history: {state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void writes.push(String(url))}
  };
}

describe("reading a lesson", () => {
  it("is empty without hide or lock, and never notes other keys", () => {
    expect(parseLesson(DEGRADATION, "?deep=110&foo=1")).toEqual({lesson: {hide: [], lock: []}, notes: []});
  });

  it("lists the named controls in table order, trimmed, empty entries skipped", () => {
    const {lesson, notes} = parseLesson(DEGRADATION, "?hide=seed,%20steps,,&lock=backend,shallow");
    expect(lesson).toEqual({hide: ["steps", "seed"], lock: ["shallow", "backend"]});
    expect(notes).toEqual([]);
  });

  it("expands all to every control, for hide and for lock", () => {
    const names = DEGRADATION.map((param) => param.name);
    expect(parseLesson(DEGRADATION, "?hide=all").lesson).toEqual({hide: names, lock: []});
    expect(parseLesson(DEGRADATION, "?lock=ALL").lesson).toEqual({hide: [], lock: names});
  });

  it("hides a control named in both lists", () => {
    expect(parseLesson(DEGRADATION, "?hide=seed&lock=seed,deep").lesson).toEqual({hide: ["seed"], lock: ["deep"]});
  });

  it("notes an unknown name and ignores it, keeping the known ones", () => {
    const {lesson, notes} = parseLesson(DEGRADATION, "?hide=seed,colour");
    expect(lesson.hide).toEqual(["seed"]);
    expect(notes).toEqual([{name: "hide", message: 'hide=seed,colour: colour is not a control of this page; ignored'}]);
  });

  it("matches a name in the wrong case with a note, and uses the first of a repeated key", () => {
    const {lesson, notes} = parseLesson(DEGRADATION, "?lock=Seed&lock=deep");
    expect(lesson.lock).toEqual(["seed"]);
    expect(notes.map((note) => note.message)).toEqual([
      "lock: Seed is not a control (names are case-sensitive); read as seed",
      "lock is given more than once; using the first"
    ]);
  });

  it("reads embed and present as flags: 1 or true on, 0 or false off, anything else off with a note", () => {
    expect(parseLesson(DEGRADATION, "?embed=1&present=true").lesson).toEqual({hide: [], lock: [], embed: true, present: true});
    expect(parseLesson(DEGRADATION, "?embed=0&present=false")).toEqual({lesson: {hide: [], lock: []}, notes: []});
    const {lesson, notes} = parseLesson(DEGRADATION, "?embed=yes");
    expect(lesson.embed).toBeUndefined();
    expect(notes).toEqual([{name: "embed", message: "embed=yes is not 1 or 0; using 0"}]);
    expect(serializeLesson(DEGRADATION, {hide: ["seed"], lock: [], embed: true, present: true})).toBe("hide=seed&embed=1&present=1");
  });

  it("does not read a control of another lab", () => {
    expect(parseLesson(DEGRADATION, "?hide=learningRate").notes).toHaveLength(1);
    expect(parseLesson(labParams("lab"), "?hide=learningRate").notes).toEqual([]);
  });
});

describe("writing a lesson", () => {
  it("round-trips through parseLesson, writing all for every control", () => {
    const names = DEGRADATION.map((param) => param.name);
    expect(serializeLesson(DEGRADATION, {hide: names, lock: []})).toBe("hide=all");
    expect(serializeLesson(DEGRADATION, {hide: ["seed"], lock: ["seed", "deep"]})).toBe("hide=seed&lock=deep");
    const written = serializeLesson(DEGRADATION, {hide: ["steps"], lock: ["backend", "shallow"]});
    expect(parseLesson(DEGRADATION, `?${written}`).lesson).toEqual({hide: ["steps"], lock: ["shallow", "backend"]});
  });

  it("joins a lab's query and a lesson's part", () => {
    expect(joinQuery("", "")).toBe("");
    expect(joinQuery("?deep=110", "")).toBe("?deep=110");
    expect(joinQuery("", "hide=all")).toBe("?hide=all");
    expect(joinQuery("?deep=110", "lock=seed")).toBe("?deep=110&lock=seed");
  });

  it("builds the dialog's lesson: every control not ticked is locked or hidden", () => {
    const free = new Set(["deep", "steps"]);
    expect(lessonFor(DEGRADATION, free, "lock")).toEqual({hide: [], lock: ["shallow", "seed", "backend", "data"]});
    expect(lessonFor(DEGRADATION, free, "hide")).toEqual({hide: ["shallow", "seed", "backend", "data"], lock: []});
  });
});

describe("a lab's state with a lesson", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps the lesson in every URL it writes and in its links, and notes unknown names with the rest", () => {
    const fake = host("?deep=999&hide=seed,nope&lock=data");
    const state = new UrlState("degradation", {host: fake});
    expect(state.lesson).toEqual({hide: ["seed"], lock: ["data"]});
    expect(state.notes.map((note) => note.name)).toEqual(["deep", "hide"]);
    state.flush();
    expect(fake.writes).toEqual(["/degradation?deep=110&hide=seed&lock=data"]);
    expect(state.href()).toBe("https://example.org/degradation?deep=110&hide=seed&lock=data");
    expect(state.lessonHref({hide: [], lock: ["steps"]})).toBe("https://example.org/degradation?deep=110&lock=steps");
    expect(state.lessonHref()).toBe("https://example.org/degradation?deep=110");
  });

  it("turns presenter mode on and off in the URL it writes, keeping the rest of the lesson", () => {
    vi.useFakeTimers();
    const fake = host("?lock=seed&present=1");
    const state = new UrlState("degradation", {host: fake, debounceMs: 10});
    expect(state.lesson.present).toBe(true);
    state.setView({present: false});
    vi.runAllTimers();
    expect(fake.writes.at(-1)).toBe("/degradation?lock=seed");
    state.setView({present: true});
    vi.runAllTimers();
    expect(fake.writes.at(-1)).toBe("/degradation?lock=seed&present=1");
  });

  it("never lets a hidden control's value exceed the table's limits", () => {
    const state = new UrlState("degradation", {host: host("?steps=999999&seed=-4&hide=all")});
    expect(state.values.steps).toBe(5000);
    expect(state.values.seed).toBe(0);
  });

  it("does not rewrite a URL that already says the values and lesson in canonical form", () => {
    vi.useFakeTimers();
    const canonical = host("?deep=110&hide=all");
    const state = new UrlState("degradation", {host: canonical, debounceMs: 10});
    const reordered = host("?hide=all&deep=110");
    new UrlState("degradation", {host: reordered, debounceMs: 10});
    vi.runAllTimers();
    expect(canonical.writes).toEqual([]);
    expect(reordered.writes).toEqual(["/degradation?deep=110&hide=all"]);
    expect(state.href()).toBe("https://example.org/degradation?deep=110&hide=all");
  });
});
