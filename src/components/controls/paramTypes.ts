/**
 * The shape of one declared parameter: a control of a lab and its key in the page's URL. The declared table
 * (`parameters.ts`) is built from these constructors; parsing, clamping, serialising, the controls and the
 * documentation all read the same objects, so the URL can never allow what the UI forbids.
 */

/** What every parameter declares. */
interface ParamBase<N extends string> {
  /** Key in the URL and in the values object, e.g. "depth". */
  name: N;
  /** Short label shown next to the control. */
  label: string;
  /** One sentence: what the setting changes. Shown under the control and in docs/url-parameters.md. */
  description: string;
  /**
   * Show the control only while other parameters hold one of the listed values, e.g. `{dataset: ["mnist14"]}`.
   * A condition on a parameter the lab does not declare is ignored. The value is still kept and written.
   */
  shownWhen?: Record<string, readonly string[]>;
}

/** A number: whole (`int`) or real (`float`), between `min` and `max` on a grid of `step` counted from `min`. */
export interface NumberParam<N extends string = string> extends ParamBase<N> {
  type: "int" | "float";
  default: number;
  min: number;
  max: number;
  /** Grid spacing counted from `min` (depth: min 8, step 6 gives 8, 14, 20, … = 6n+2). Default 1 for int. */
  step?: number;
  /** `log`: the slider moves through 1-2-5 values per decade (learning rates); `linear` otherwise. */
  scale?: "linear" | "log";
  /** `range`: slider plus number box (default); `number`: number box only (seeds). */
  control?: "range" | "number";
  /** Unit shown after the value, e.g. "layers". */
  unit?: string;
  /**
   * Another default while another parameter of the lab holds one of the listed values, e.g. the degradation lab's
   * steps `{param: "data", values: {mnist: 200}}`: each kind of net keeps its own budget. A condition on a parameter
   * the lab does not declare is ignored. See {@link defaultOf}.
   */
  defaultWhen?: {param: string; values: Readonly<Record<string, number>>};
}

/** On or off. Written in the URL as `true` / `false`. */
export interface BooleanParam<N extends string = string> extends ParamBase<N> {
  type: "boolean";
  default: boolean;
}

/** One of a fixed list of strings (case-sensitive in the URL). */
export interface ChoiceParam<N extends string = string, C extends string = string> extends ParamBase<N> {
  type: "choice";
  default: C;
  choices: readonly C[];
  /** Human labels per choice; the raw value is shown when absent. */
  choiceLabels?: Partial<Record<C, string>>;
}

/** Any declared parameter. */
export type Param = NumberParam | BooleanParam | ChoiceParam;

/** The value a parameter holds. */
export type ParamValue = number | boolean | string;

/** The value type of one parameter: its choices, boolean or number. */
export type ValueOf<P> = P extends {type: "choice"; choices: readonly (infer C)[]}
  ? C
  : P extends {type: "boolean"}
    ? boolean
    : number;

/** The values object of a list of parameters, keyed by name: `{depth: number, dataset: "mnist14" | …}`. */
export type ValuesOf<Ps extends readonly Param[]> = {[P in Ps[number] as P["name"]]: ValueOf<P>};

/** Declares a whole-number parameter. */
export function intParam<const N extends string>(param: Omit<NumberParam<N>, "type">): NumberParam<N> & {type: "int"} {
  return {...param, type: "int"};
}

/** Declares a real-number parameter (a `step` is required: the URL may not be finer than the control). */
export function floatParam<const N extends string>(
  param: Omit<NumberParam<N>, "type"> & {step: number}
): NumberParam<N> & {type: "float"} {
  return {...param, type: "float"};
}

/** Declares an on/off parameter. */
export function booleanParam<const N extends string>(param: Omit<BooleanParam<N>, "type">): BooleanParam<N> {
  return {...param, type: "boolean"};
}

/** Declares a parameter with a fixed list of choices. */
export function choiceParam<const N extends string, const C extends string>(
  param: Omit<ChoiceParam<N, C>, "type">
): ChoiceParam<N, C> {
  return {...param, type: "choice"};
}

/** A number parameter's `defaultWhen`, or null for a parameter whose default does not depend on another. */
export function defaultCondition(param: Param): NonNullable<NumberParam["defaultWhen"]> | null {
  return param.type !== "boolean" && param.type !== "choice" && param.defaultWhen ? param.defaultWhen : null;
}

/** A parameter's default given the lab's other values: its `defaultWhen` value when the condition holds, else `default`. */
export function defaultOf(param: Param, values: Readonly<Record<string, unknown>>): ParamValue {
  const condition = defaultCondition(param);
  const value = condition ? values[condition.param] : undefined;
  return condition && typeof value === "string" && Object.hasOwn(condition.values, value) ? condition.values[value] : param.default;
}

/** Grid spacing of a numeric parameter (1 for integers without one). */
export function stepOf(param: NumberParam): number {
  return param.step ?? (param.type === "int" ? 1 : 0);
}

/** Display label of a choice. */
export function choiceLabel(param: ChoiceParam, choice: string): string {
  const labels = param.choiceLabels as Record<string, string> | undefined;
  return labels && Object.hasOwn(labels, choice) ? labels[choice] : choice;
}
