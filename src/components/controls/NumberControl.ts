/**
 * A numeric control from the table: a slider and a number box kept in step, both limited to the table's
 * min, max and step (the same limits the URL obeys). Typing outside them is corrected when the box is left
 * or Enter is pressed, with a note saying what was done. Speaks the input protocol: `.value` and `input`.
 */
import {localized} from "../../i18n/locale.js";
import {fitNumber, formatValue, parseValue, problemsText, snapToGrid} from "./coerce.js";
import {el, fireInput, uniqueId} from "../dom.js";
import type {NumberParam} from "./paramTypes.js";
import {paramText} from "./paramText.js";
import {CONTROLS_TEXT} from "./text.js";

/** An element holding a number, for `view()`. */
export type NumberControlElement = HTMLDivElement & {value: number};

/** Slider positions of a log-scale parameter: 1, 2, 5 per decade within [min, max], plus min and max. */
export function logStops(param: NumberParam): number[] {
  const stops = new Set<number>([param.min, param.max]);
  const first = Math.floor(Math.log10(param.min));
  const last = Math.ceil(Math.log10(param.max));
  for (let exponent = first; exponent <= last; exponent++) {
    for (const mantissa of [1, 2, 5]) {
      const value = snapToGrid(param, mantissa * 10 ** exponent);
      if (value >= param.min && value <= param.max) stops.add(value);
    }
  }
  return [...stops].sort((a, b) => a - b);
}

/** The slider position nearest to a value (in log space for log parameters). */
function nearestStop(stops: number[], value: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(Math.log(stops[i] / value)) < Math.abs(Math.log(stops[best] / value))) best = i;
  }
  return best;
}

/** Builds the slider: native min/max/step for linear parameters, an index into {@link logStops} for log ones. */
function slider(param: NumberParam, stops: number[] | null, labelId: string): HTMLInputElement {
  const attributes = stops
    ? {min: 0, max: stops.length - 1, step: 1}
    : {min: param.min, max: param.max, step: param.step ?? (param.type === "int" ? 1 : "any")};
  return el("input", {type: "range", class: "rx-control__range", "aria-labelledby": labelId, ...attributes});
}

/** The elements of a numeric control. */
function buildParts(param: NumberParam, stops: number[] | null) {
  const id = uniqueId(param.name);
  const text = paramText(param);
  const label = el("label", {class: "rx-control__label", for: id, id: `${id}-label`}, [text.label]);
  const range = param.control === "number" ? null : slider(param, stops, `${id}-label`);
  const box = el("input", {
    type: "number", id, class: "rx-control__number", inputmode: param.type === "int" ? "numeric" : "decimal",
    min: param.min, max: param.max, step: param.step ?? 1, "aria-describedby": `${id}-help ${id}-note`
  });
  const unit = text.unit ? el("span", {class: "rx-control__unit"}, [text.unit]) : "";
  const note = el("span", {class: "rx-control__note", id: `${id}-note`, role: "status"});
  const help = el("div", {class: "rx-control__help", id: `${id}-help`}, [text.description]);
  const row = el("div", {class: "rx-control__row"}, [...(range ? [range] : []), box, unit]);
  const root = el("div", {class: "rx-control rx-control--number", "data-param": param.name}, [label, row, note, help]);
  return {root, range, box, note, unit: text.unit};
}

/** A slider plus number box (or a number box alone when the table says `control: "number"`). */
export function NumberControl(param: NumberParam, initial: number): NumberControlElement {
  const stops = param.scale === "log" ? logStops(param) : null;
  const {root, range, box, note, unit} = buildParts(param, stops);
  let value = fitNumber(param, initial).value;
  const showRange = () => {
    if (!range) return;
    range.value = String(stops ? nearestStop(stops, value) : value);
    range.setAttribute("aria-valuetext", `${formatValue(param, value)}${unit ? " " + unit : ""}`);
  };
  const show = () => {
    box.value = formatValue(param, value);
    showRange();
  };
  range?.addEventListener("input", () => {
    value = stops ? stops[range.valueAsNumber] : fitNumber(param, range.valueAsNumber).value;
    note.textContent = "";
    show();
  });
  box.addEventListener("input", (event) => {
    const typed = parseValue(param, box.value);
    if (typed.problems.length > 0) return event.stopPropagation(); // mid-typing: wait for the commit
    value = typed.value as number;
    note.textContent = "";
    showRange(); // leave the box as typed ("0." on the way to "0.05")
  });
  box.addEventListener("change", () => {
    const next = commitTyped(param, box.value, value, note);
    const changed = next !== value;
    value = next;
    show();
    if (changed) fireInput(root);
  });
  Object.defineProperty(root, "value", {get: () => value, set: (next: number) => ((value = fitNumber(param, next).value), show())});
  show();
  return root as NumberControlElement;
}

/** On Enter or leaving the box: fits what was typed, says in `note` what was changed, returns the value to keep. */
function commitTyped(param: NumberParam, text: string, current: number, note: HTMLElement): number {
  const typed = parseValue(param, text);
  const words = localized(CONTROLS_TEXT);
  if (typed.isDefault) {
    note.textContent = words.notANumberKeeping(formatValue(param, current));
    return current;
  }
  const problems = problemsText(typed.problems);
  note.textContent = problems ? words.typedUsing(text.trim(), problems, formatValue(param, typed.value)) : "";
  return typed.value as number;
}
