/**
 * The labs' state in the page's URL, driven by the declared table (./controls/parameters.ts). Reading clamps
 * every value to the table's limits and explains each change in a note; writing keeps only non-default
 * values and replaces the history entry (debounced), so the back button still leaves the page. This module is
 * the only code that touches `location` and `history`.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {describeFit, fitValue, formatValue, parseValue, quoteRaw} from "./coerce.js";
import {joinQuery, LESSON_KEYS, NO_LESSON, parseLesson, serializeLesson, type Lesson} from "./lesson.js";
import {labParams, URL_PARAMETERS, type LabId, type LabValues} from "./parameters.js";
import {defaultCondition, defaultOf, type Param, type ParamValue} from "./paramTypes.js";
import {CONTROLS_TEXT} from "./text.js";

/** Why a URL parameter was not taken as written, e.g. "depth=999 is above the maximum 110; using 110". */
export interface ParamNote {
  /** The parameter concerned (the key as written, for unknown keys). */
  name: string;
  message: string;
}

/** Values for every parameter of a lab, plus the notes explaining what was changed. */
export interface ParsedParams<V> {
  values: V;
  notes: ParamNote[];
}

/** Groups the query's values by parameter, noting unknown keys and keys in the wrong case. */
function collectRaw(params: readonly Param[], search: string, notes: ParamNote[], locale: Locale): Map<string, string[]> {
  const text = localized(CONTROLS_TEXT, locale);
  const byName = new Map(params.map((param) => [param.name, param]));
  const byFolded = new Map(params.map((param) => [param.name.toLowerCase(), param]));
  const raw = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (LESSON_KEYS.has(key)) continue; // read by ./lesson.ts
    const param = byName.get(key) ?? byFolded.get(key.toLowerCase());
    if (!param) {
      // an empty key would read as nothing
      notes.push({name: key, message: text.notASetting(quoteRaw(key === "" ? text.emptyName : key), quoteRaw(value))});
      continue;
    }
    if (param.name !== key) {
      notes.push({name: param.name, message: text.settingCase(key, param.name)});
    }
    raw.set(param.name, [...(raw.get(param.name) ?? []), value]);
  }
  return raw;
}

/**
 * Reads a query string (`"?depth=56&seed=3"`) against a list of parameters. Every parameter gets a valid
 * value — the URL's when it is valid, else the nearest valid one or the default — and every change is noted
 * (in `locale`, default the page's language).
 */
export function parseParams<V = Record<string, ParamValue>>(params: readonly Param[], search: string, locale: Locale = pageLocale()): ParsedParams<V> {
  const notes: ParamNote[] = [];
  const raw = collectRaw(params, search, notes, locale);
  const values: Record<string, ParamValue> = {};
  const notesOf = new Map<string, ParamNote[]>();
  // Parameters whose default depends on another (`defaultWhen`) are read last, once that one is known.
  const isConditional = (param: Param) => defaultCondition(param) !== null;
  for (const param of [...params.filter((param) => !isConditional(param)), ...params.filter(isConditional)]) {
    const given = raw.get(param.name);
    if (!given) {
      values[param.name] = defaultOf(param, values);
      continue;
    }
    const own: ParamNote[] = [];
    notesOf.set(param.name, own);
    if (given.length > 1) {
      own.push({name: param.name, message: localized(CONTROLS_TEXT, locale).givenTimes(param.name, given.length)});
    }
    const parsed = parseValue(param, given[0]);
    const fitted = parsed.isDefault ? {...parsed, value: defaultOf(param, values)} : parsed;
    values[param.name] = fitted.value;
    if (fitted.problems.length > 0) own.push({name: param.name, message: describeFit(param, given[0], fitted, locale)});
  }
  for (const param of params) notes.push(...(notesOf.get(param.name) ?? []));
  return {values: values as V, notes};
}

/** Reads a lab's parameters from a query string (notes in `locale`, default the page's language). */
export function parseLabParams<L extends LabId>(lab: L, search: string, locale: Locale = pageLocale()): ParsedParams<LabValues<L>> {
  return parseParams<LabValues<L>>(labParams(lab), search, locale);
}

/**
 * The query string for a set of values: only those that differ from their default (given the others), in table order, each forced
 * inside its limits first. Returns "" when everything is at its default, else "?name=value&…".
 */
export function serializeParams(params: readonly Param[], values: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const param of params) {
    if (!(param.name in values)) continue;
    const text = formatValue(param, fitValue(param, values[param.name]).value);
    if (text !== formatValue(param, defaultOf(param, values))) query.set(param.name, text);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The parts of `window.location` and `window.history` the state uses (replaceable in tests). */
export interface UrlHost {
  location: Pick<Location, "origin" | "pathname" | "search" | "hash">;
  history: Pick<History, "replaceState" | "state">;
}

/** Options of {@link openUrlState}. */
export interface UrlStateOptions {
  /** Delay between the last change and the URL update, in ms (default 250). */
  debounceMs?: number;
  /** Where to read and write; default the page's own `location` and `history`. */
  host?: UrlHost;
  /** The language of the notes (default the page's). */
  locale?: Locale;
}

/**
 * A lab's live state: its values, the notes from reading the URL, and a debounced writer. Fires `change`
 * (an Event) after every `set`. Open it once per page and pass it to the controls.
 */
export class UrlState<L extends LabId = LabId> extends EventTarget {
  readonly lab: L;
  readonly params: readonly Param[];
  /** What was changed while reading the URL, in the order found. */
  readonly notes: readonly ParamNote[];
  /** The controls a teacher's link hides or locks (`hide=`, `lock=`); kept in the URL on every write. */
  lesson: Lesson;
  #values: LabValues<L>;
  #host: UrlHost;
  #debounceMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(lab: L, {debounceMs = 250, host, locale = pageLocale()}: UrlStateOptions = {}) {
    super();
    this.lab = lab;
    this.params = labParams(lab);
    this.#host = host ?? {location: globalThis.location, history: globalThis.history};
    this.#debounceMs = debounceMs;
    const {values, notes} = parseLabParams(lab, this.#host.location.search, locale);
    const lesson = parseLesson(this.params, this.#host.location.search, locale);
    this.#values = values;
    this.lesson = lesson.lesson;
    this.notes = [...notes, ...lesson.notes];
    if (this.#host.location.search !== this.#query()) this.#schedule();
  }

  /** A copy of the current values. */
  get values(): LabValues<L> {
    return {...this.#values};
  }

  /**
   * Changes some values (each forced inside the table's limits), fires `change` and schedules a URL update. A value
   * left at its default follows the parameter its default depends on (`defaultWhen`): switching the degradation lab's
   * data moves its steps from one kind of net's budget to the other's, unless the reader chose the steps, or a
   * lesson fixed them.
   */
  set(changes: Partial<LabValues<L>>): void {
    const before = this.#values as Record<string, unknown>;
    const next: Record<string, unknown> = {...before};
    const chosen = new Set([...this.lesson.hide, ...this.lesson.lock]);
    for (const param of this.params) {
      if (!(param.name in changes)) continue;
      next[param.name] = fitValue(param, (changes as Record<string, unknown>)[param.name]).value;
      if (next[param.name] !== before[param.name]) chosen.add(param.name);
    }
    for (const param of this.params) {
      if (!chosen.has(param.name) && before[param.name] === defaultOf(param, before)) next[param.name] = defaultOf(param, next);
    }
    this.#values = next as LabValues<L>;
    this.dispatchEvent(new Event("change"));
    this.#schedule();
  }

  /**
   * Back to the table's defaults ("Reset"), except the controls a lesson link hides or locks: their values are the
   * lesson's, and a student's Reset must not undo it. Fires `change` like `set`.
   */
  reset(): void {
    const fixed = new Set([...this.lesson.hide, ...this.lesson.lock]);
    const target: Record<string, unknown> = {...(this.#values as Record<string, unknown>)};
    for (const param of this.params) if (!fixed.has(param.name)) target[param.name] = param.default;
    for (const param of this.params) if (!fixed.has(param.name)) target[param.name] = defaultOf(param, target);
    this.set(Object.fromEntries(this.params.filter((param) => !fixed.has(param.name)).map((param) => [param.name, target[param.name]])) as Partial<LabValues<L>>);
  }

  /** True when every control a student may change shows its default (Reset would change nothing). */
  get isDefault(): boolean {
    const fixed = new Set([...this.lesson.hide, ...this.lesson.lock]);
    const values = this.#values as Record<string, unknown>;
    return this.params.every((param) => fixed.has(param.name) || values[param.name] === defaultOf(param, values));
  }

  /** The absolute link that reproduces the current values and lesson (for "copy link"). */
  href(): string {
    return this.lessonHref(this.lesson);
  }

  /** The absolute link to the current values with another lesson (for "Share as lesson"). */
  lessonHref(lesson: Lesson = NO_LESSON): string {
    const {origin, pathname} = this.#host.location;
    return origin + pathname + this.#query(lesson);
  }

  /** The query string of the current values and a lesson. */
  #query(lesson: Lesson = this.lesson): string {
    return joinQuery(serializeParams(this.params, this.values), serializeLesson(this.params, lesson));
  }

  /** Changes the lesson's view flags (presenter mode on or off) and schedules a URL update. */
  setView(view: Pick<Lesson, "present">): void {
    this.lesson = {...this.lesson, ...view};
    if (!this.lesson.present) delete this.lesson.present;
    this.#schedule();
  }

  /** Writes the URL now instead of after the debounce delay. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const {pathname, hash} = this.#host.location;
    const url = pathname + this.#query() + hash;
    this.#host.history.replaceState(this.#host.history.state, "", url);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#debounceMs);
  }
}

/** Opens a lab's state from the page's URL (see {@link UrlState}). */
export function openUrlState<L extends LabId>(lab: L, options?: UrlStateOptions): UrlState<L> {
  return new UrlState(lab, options);
}

/** The site path of the page a lab lives on. */
export function labPath(lab: LabId): string {
  return URL_PARAMETERS[lab].path;
}
