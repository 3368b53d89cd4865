/**
 * Lesson links (issue 16, item 2): `hide=a,b` and `lock=a,b` in a lab's URL, read against the lab's declared
 * parameters (./parameters.ts, LESSON_PARAMETERS). Unknown names are noted like every other bad parameter. A
 * control named in both is hidden. Pure: no DOM.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {quoteRaw} from "./coerce.js";
import {LESSON_PARAMETERS} from "./parameters.js";
import type {Param} from "./paramTypes.js";
import {CONTROLS_TEXT} from "./text.js";
import type {ParamNote} from "./urlState.js";

/** Which controls a lesson hides and which it locks, as parameter names in table order. */
export interface Lesson {
  hide: readonly string[];
  lock: readonly string[];
  /** `embed=1`: the lab alone, for a frame (../classroom/embed.ts). */
  embed?: boolean;
  /** `present=1`: presenter mode (../classroom/present.ts). */
  present?: boolean;
}

/** No lesson: every control shown and enabled. */
export const NO_LESSON: Lesson = {hide: [], lock: []};

/** The name that stands for every control of the lab. */
export const ALL = "all";

/** The lesson keys, exactly as written in a URL. */
export const LESSON_KEYS: ReadonlySet<string> = new Set(LESSON_PARAMETERS.map((param) => param.name));

/** Reads one list (`"depth, seed"`), noting names the lab does not have. */
function readList(key: string, raw: string, params: readonly Param[], notes: ParamNote[], locale: Locale): Set<string> {
  const text = localized(CONTROLS_TEXT, locale);
  const names = new Set<string>();
  for (const entry of raw.split(",").map((part) => part.trim()).filter((part) => part !== "")) {
    if (entry.toLowerCase() === ALL) {
      params.forEach((param) => names.add(param.name));
      continue;
    }
    const param = params.find((candidate) => candidate.name === entry) ?? params.find((candidate) => candidate.name.toLowerCase() === entry.toLowerCase());
    if (!param) {
      notes.push({name: key, message: text.notAControl(key, quoteRaw(raw), quoteRaw(entry))});
      continue;
    }
    if (param.name !== entry) notes.push({name: key, message: text.controlCase(key, entry, param.name)});
    names.add(param.name);
  }
  return names;
}

/** Reads an on/off flag (`1`, `true`, `0`, `false`), noting anything else as off. */
function readFlag(key: string, raw: string, notes: ParamNote[], locale: Locale): boolean {
  const value = raw.trim().toLowerCase();
  if (value === "1" || value === "true") return true;
  if (value !== "0" && value !== "false") notes.push({name: key, message: localized(CONTROLS_TEXT, locale).notAFlag(key, quoteRaw(raw))});
  return false;
}

/** Reads `hide`, `lock` and `embed` from a query string against a lab's parameters (notes in `locale`); other keys are left alone. */
export function parseLesson(params: readonly Param[], search: string, locale: Locale = pageLocale()): {lesson: Lesson; notes: ParamNote[]} {
  const notes: ParamNote[] = [];
  const lists: Record<string, Set<string>> = {hide: new Set(), lock: new Set()};
  const seen = new Set<string>();
  const flags: Record<string, boolean> = {embed: false, present: false};
  for (const [key, value] of new URLSearchParams(search)) {
    if (!LESSON_KEYS.has(key)) continue;
    if (seen.has(key)) {
      notes.push({name: key, message: localized(CONTROLS_TEXT, locale).givenTwice(key)});
      continue;
    }
    seen.add(key);
    if (key in flags) flags[key] = readFlag(key, value, notes, locale);
    else lists[key] = readList(key, value, params, notes, locale);
  }
  const inOrder = (set: Set<string>) => params.map((param) => param.name).filter((name) => set.has(name));
  const lesson: Lesson = {hide: inOrder(lists.hide), lock: inOrder(lists.lock).filter((name) => !lists.hide.has(name))};
  if (flags.embed) lesson.embed = true;
  if (flags.present) lesson.present = true;
  return {lesson, notes};
}

/** Writes one list, `all` when it names every control. */
function writeList(names: readonly string[], params: readonly Param[]): string {
  const set = new Set(names);
  const known = params.map((param) => param.name).filter((name) => set.has(name));
  return known.length === params.length ? ALL : known.join(",");
}

/** The lesson's part of a query string, "" without a lesson, else "hide=…&lock=…" (commas left readable). */
export function serializeLesson(params: readonly Param[], lesson: Lesson): string {
  const hidden = new Set(lesson.hide);
  const parts: string[] = [];
  const hide = writeList(lesson.hide, params);
  const lock = writeList(lesson.lock.filter((name) => !hidden.has(name)), params);
  if (hide) parts.push(`hide=${hide}`);
  if (lock) parts.push(`lock=${lock}`);
  if (lesson.embed) parts.push("embed=1");
  if (lesson.present) parts.push("present=1");
  return parts.join("&");
}

/** Joins a lab's query ("" or "?a=1") and a lesson's part into one query string. */
export function joinQuery(query: string, lessonPart: string): string {
  if (!lessonPart) return query;
  return query ? `${query}&${lessonPart}` : `?${lessonPart}`;
}
