/**
 * An on/off parameter from the table: a labelled switch (a checkbox with role "switch", toggled by Space).
 * Speaks the input protocol: `.value` (true or false) and `input` events.
 */
import {localized} from "../../i18n/locale.js";
import {el, uniqueId} from "../dom.js";
import type {BooleanParam} from "./paramTypes.js";
import {paramText} from "./paramText.js";
import {CONTROLS_TEXT} from "./text.js";

/** An element holding true or false, for `view()`. */
export type ToggleControlElement = HTMLDivElement & {value: boolean};

/** A switch for a boolean parameter. */
export function ToggleControl(param: BooleanParam, initial: boolean): ToggleControlElement {
  const id = uniqueId(param.name);
  const text = paramText(param);
  const words = localized(CONTROLS_TEXT);
  const box = el("input", {type: "checkbox", role: "switch", id, class: "rx-control__switch", "aria-describedby": `${id}-help`});
  const state = el("span", {class: "rx-control__state", "aria-hidden": "true"});
  const root = el("div", {class: "rx-control rx-control--toggle", "data-param": param.name}, [
    el("label", {class: "rx-control__label", for: id}, [text.label]),
    el("div", {class: "rx-control__row"}, [box, state]),
    el("div", {class: "rx-control__help", id: `${id}-help`}, [text.description])
  ]);
  const show = () => (state.textContent = box.checked ? words.on : words.off);
  box.addEventListener("input", show);
  Object.defineProperty(root, "value", {
    get: () => box.checked,
    set: (value: unknown) => {
      box.checked = value === true;
      show();
    }
  });
  box.checked = initial === true;
  show();
  return root as ToggleControlElement;
}
