/**
 * A choice from the table: radio buttons for up to three choices (all visible at once), a select for more.
 * Speaks the input protocol: `.value` (the choice's value, never its label) and `input` events.
 */
import {fitValue} from "./coerce.js";
import {el, uniqueId} from "../dom.js";
import type {ChoiceParam} from "./paramTypes.js";
import {paramText, type LocalizedParam} from "./paramText.js";

/** An element holding one of the parameter's choices, for `view()`. */
export type ChoiceControlElement = HTMLElement & {value: string};

/** Most choices shown as radio buttons; longer lists become a select. */
const MAX_RADIOS = 3;

type Parts = {root: HTMLElement; read: () => string; show: (v: string) => void};

function radios(param: ChoiceParam, text: LocalizedParam, id: string, help: HTMLElement): Parts {
  const inputs = param.choices.map((choice) => el("input", {type: "radio", name: id, value: choice}));
  const options = inputs.map((input, i) =>
    el("label", {class: "rx-control__choice"}, [input, text.choiceLabel(param.choices[i])])
  );
  const legend = el("legend", {class: "rx-control__label"}, [text.label]);
  const root = el("fieldset", {class: "rx-control rx-control--radio", "aria-describedby": help.id}, [
    legend,
    el("div", {class: "rx-control__row rx-control__choices"}, options),
    help
  ]);
  return {
    root,
    read: () => inputs.find((input) => input.checked)?.value ?? param.default,
    show: (value) => inputs.forEach((input) => (input.checked = input.value === value))
  };
}

function select(param: ChoiceParam, text: LocalizedParam, id: string, help: HTMLElement): Parts {
  const menu = el("select", {id, class: "rx-control__select", "aria-describedby": help.id},
    param.choices.map((choice) => el("option", {value: choice}, [text.choiceLabel(choice)]))
  );
  const root = el("div", {class: "rx-control rx-control--select"}, [
    el("label", {class: "rx-control__label", for: id}, [text.label]),
    el("div", {class: "rx-control__row"}, [menu]),
    help
  ]);
  return {root, read: () => menu.value, show: (value) => (menu.value = value)};
}

/** Radio buttons or a select for a choice parameter. */
export function ChoiceControl(param: ChoiceParam, initial: string): ChoiceControlElement {
  const id = uniqueId(param.name);
  const text = paramText(param);
  const help = el("div", {class: "rx-control__help", id: `${id}-help`}, [text.description]);
  const parts = param.choices.length <= MAX_RADIOS ? radios(param, text, id, help) : select(param, text, id, help);
  parts.root.dataset.param = param.name;
  Object.defineProperty(parts.root, "value", {
    get: parts.read,
    set: (value: unknown) => parts.show(fitValue(param, value).value as string)
  });
  parts.show(fitValue(param, initial).value as string);
  return parts.root as ChoiceControlElement;
}
