/**
 * One parameter's value, from text (a URL, a number box) or from code, forced inside the limits the table
 * declares. Whatever comes in, a valid value comes out, with the reasons it was changed — as data
 * ({@link Problem}), said in the reader's language by {@link problemsText} and {@link describeFit}. Pure: no DOM.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {stepOf, type NumberParam, type Param, type ParamValue} from "./paramTypes.js";
import {CONTROLS_TEXT} from "./text.js";

type ProblemWords = (typeof CONTROLS_TEXT)["en"]["problems"];

/** Why a value was changed: a phrase of CONTROLS_TEXT's `problems` and what it quotes, e.g. `{kind: "aboveMax", args: ["110"]}`. */
export type Problem = {[K in keyof ProblemWords]: {kind: K; args: Parameters<ProblemWords[K]>}}[keyof ProblemWords];

/** A problem as a value can have it. */
const problem = <K extends keyof ProblemWords>(kind: K, ...args: Parameters<ProblemWords[K]>) => ({kind, args}) as Problem;

/** One problem in words, e.g. "is above the maximum 110". */
export function problemText(why: Problem, locale: Locale = pageLocale()): string {
  const say = localized(CONTROLS_TEXT, locale).problems[why.kind] as (...args: readonly unknown[]) => string;
  return say(...why.args);
}

/** A value's problems in one phrase, e.g. "is not a whole number and is above the maximum 110". */
export function problemsText(problems: readonly Problem[], locale: Locale = pageLocale()): string {
  return localized(CONTROLS_TEXT, locale).joinProblems(problems.map((each) => problemText(each, locale)));
}

/** A valid value and, when the input was changed to get it, why (e.g. [{kind: "aboveMax", args: ["110"]}]). */
export interface Fitted<T = ParamValue> {
  value: T;
  problems: Problem[];
  /** True when the declared default replaced the input (it could not be read at all). */
  isDefault?: boolean;
}

/** Plain decimal integers: what the URL and the controls write for `int` parameters. */
const INTEGER = /^[+-]?\d+$/;
/** Decimal numbers with an optional exponent (`0.001`, `1e-3`, `.5`). No hex, no `Infinity`, no commas. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Words read as booleans, with a note. A Map: URL text must never reach Object.prototype ("constructor", "__proto__"). */
const BOOLEAN_ALIASES = new Map<string, boolean>([["true", true], ["false", false], ["yes", true], ["no", false], ["on", true], ["off", false]]);

/** Number of decimals of a number's shortest decimal form (0.0001 → 4, 6 → 0, 1e-7 → 7). */
function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(x).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** Decimals needed to write any value on a parameter's grid. */
function gridDecimals(param: NumberParam): number {
  return param.type === "int" ? 0 : Math.max(decimalsOf(stepOf(param)), decimalsOf(param.min));
}

/** Canonical text of a value, as the URL and the number boxes show it (no exponent, no trailing zeros). */
export function formatValue(param: Param, value: ParamValue): string {
  if (param.type === "int" || param.type === "float") {
    const text = (value as number).toFixed(gridDecimals(param));
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  }
  return String(value);
}

/** The nearest value on the parameter's grid (`min + k·step`), rounded to the grid's decimals. */
export function snapToGrid(param: NumberParam, value: number): number {
  const step = stepOf(param);
  if (!(step > 0)) return value;
  const k = Math.round((value - param.min) / step);
  const snapped = Math.min(param.max, param.min + k * step);
  return Number(snapped.toFixed(gridDecimals(param)));
}

/** The grid a value missed, for notes: "a multiple of 0.01" or "one of 8, 14, 20, …, 110". */
function offGrid(param: NumberParam): Problem {
  const step = stepOf(param);
  const startsAtMultiple = Math.abs(param.min / step - Math.round(param.min / step)) < 1e-9;
  if (startsAtMultiple) return problem("notMultiple", formatValue(param, step));
  const first = [0, 1, 2].map((k) => formatValue(param, param.min + k * step));
  return problem("notOnGrid", first, formatValue(param, param.max));
}

/** Clamps to [min, max], rounds integers and snaps to the grid, collecting what was changed. */
export function fitNumber(param: NumberParam, input: number, problems: Problem[] = []): Fitted<number> {
  let value = input;
  if (param.type === "int" && !Number.isInteger(value)) {
    problems.push(problem("notWhole"));
    value = Math.round(value);
  }
  if (value > param.max) {
    problems.push(problem("aboveMax", formatValue(param, param.max)));
    value = param.max;
  } else if (value < param.min) {
    problems.push(problem("belowMin", formatValue(param, param.min)));
    value = param.min;
  }
  const snapped = snapToGrid(param, value);
  if (Math.abs(snapped - value) > 1e-9 * Math.max(1, Math.abs(value))) {
    problems.push(offGrid(param));
  }
  return {value: snapped, problems};
}

function useDefault<T extends ParamValue>(param: Param, why: Problem): Fitted<T> {
  return {value: param.default as T, problems: [why], isDefault: true};
}

function parseNumber(param: NumberParam, text: string): Fitted<number> {
  if (text === "") return useDefault(param, problem("empty"));
  if (!DECIMAL.test(text)) return useDefault(param, problem("notNumber"));
  // Only overflow makes a decimal infinite ("1e999", 400 nines): that is a huge number, clamped like one.
  const parsed = Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, Number(text)));
  const problems: Problem[] = [];
  if (param.type === "int" && Number.isInteger(parsed) && !INTEGER.test(text)) {
    problems.push(problem("notPlainWhole"));
  }
  return fitNumber(param, parsed === 0 ? 0 : parsed, problems);
}

function parseBoolean(param: Param, text: string): Fitted<boolean> {
  if (text === "true" || text === "1") return {value: true, problems: []};
  if (text === "false" || text === "0") return {value: false, problems: []};
  if (text === "") return useDefault(param, problem("empty"));
  const alias = BOOLEAN_ALIASES.get(text.toLowerCase());
  if (alias !== undefined) return {value: alias, problems: [problem("readAsBoolean", alias)]};
  return useDefault(param, problem("notBoolean"));
}

function parseChoice(param: Param & {type: "choice"}, text: string): Fitted<string> {
  if (param.choices.includes(text)) return {value: text, problems: []};
  if (text === "") return useDefault(param, problem("empty"));
  const folded = param.choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  if (folded !== undefined) return {value: folded, problems: [problem("wrongCase", param.choices)]};
  return useDefault(param, problem("notChoice", param.choices));
}

/** Reads a parameter from text (surrounding spaces ignored), as the URL gives it. */
export function parseValue(param: Param, raw: string): Fitted {
  const text = raw.trim();
  if (param.type === "boolean") return parseBoolean(param, text);
  if (param.type === "choice") return parseChoice(param, text);
  return parseNumber(param, text);
}

/** Forces a value from code or a control inside the table's limits (wrong types give the default). */
export function fitValue(param: Param, value: unknown): Fitted {
  if (param.type === "boolean") {
    return typeof value === "boolean" ? {value, problems: []} : useDefault(param, problem("notBoolean"));
  }
  if (param.type === "choice") {
    return typeof value === "string" ? parseChoice(param, value) : useDefault(param, problem("notAChoice"));
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return useDefault(param, problem("notFinite"));
  return fitNumber(param, value === 0 ? 0 : value);
}

/** Longest raw value quoted in a note; longer ones are cut with "…". */
const MAX_QUOTED = 32;

/** Quotes raw URL text for a note: control characters made visible, long values cut. */
export function quoteRaw(raw: string): string {
  const visible = raw.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
  return visible.length > MAX_QUOTED ? visible.slice(0, MAX_QUOTED) + "…" : visible;
}

/**
 * The sentence a reader sees, e.g. "depth=999 is above the maximum 110; using 110" or
 * "depth=abc is not a number; using the default 20" (in `locale`, default the page's language).
 */
export function describeFit(param: Param, raw: string, fitted: Fitted, locale: Locale = pageLocale()): string {
  const value = formatValue(param, fitted.value);
  return localized(CONTROLS_TEXT, locale).fit(param.name, quoteRaw(raw), problemsText(fitted.problems, locale), value, fitted.isDefault === true);
}
