/**
 * A group of controls bound to a lab's URL state: each control starts from the state's value, every change
 * goes back into the state (and so into the URL), and controls that do not apply to the current settings
 * (the table's `shownWhen`) are hidden. The group's `.value` is an object of its parameters' values, so a
 * page reads a whole group with `view(ControlGroup(state, ["depth", "width"]))`. A lesson link's `hide=` hides
 * controls and `lock=` disables them (./lesson.ts); a group whose every control is hidden is hidden too. When the
 * state changes from elsewhere (the lab's Reset), the group shows the new values and fires `input`, so the page's
 * `view()` of it — and everything computed from it — follows.
 */
import type {LabId, LabValues} from "./parameters.js";
import type {Param} from "./paramTypes.js";
import {Control, type ControlElement} from "./Control.js";
import {el} from "../dom.js";
import type {UrlState} from "./urlState.js";

/** A group element: `.value` holds its parameters' current values. */
export type ControlGroupElement<V> = HTMLDivElement & {value: V};

/** Options of {@link ControlGroup}. */
export interface ControlGroupOptions {
  /** Accessible name of the group (e.g. the section's heading), read by screen readers. */
  label?: string;
}

/** True when every `shownWhen` condition on a parameter the lab declares holds for the current values. */
export function isShown(param: Param, values: Record<string, unknown>): boolean {
  return Object.entries(param.shownWhen ?? {}).every(([name, allowed]) =>
    name in values ? allowed.includes(String(values[name])) : true
  );
}

/** Shows a control disabled, for a lesson that fixes its value (`lock=`): every field in it stops taking input. */
function lockControl(control: ControlElement): void {
  control.classList.add("rx-control--locked");
  control.setAttribute("data-locked", "");
  for (const field of control.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>("input, select, button")) {
    field.disabled = true;
  }
}

/** Controls for the named parameters of a lab, bound to its state. */
export function ControlGroup<L extends LabId, K extends keyof LabValues<L> & string>(
  state: UrlState<L>,
  names: readonly K[],
  {label}: ControlGroupOptions = {}
): ControlGroupElement<Pick<LabValues<L>, K>> {
  const params = names.map((name) => {
    const param = state.params.find((candidate) => candidate.name === name);
    if (!param) throw new Error(`${name} is not a parameter of the ${state.lab} lab`);
    return param;
  });
  const initial = state.values as Record<string, unknown>;
  const controls: ControlElement[] = params.map((param) => Control(param, initial[param.name] as never));
  const root = el("div", {class: "rx-controls", role: "group", "aria-label": label}, controls);
  const {hide, lock} = state.lesson;
  controls.forEach((control, i) => {
    if (lock.includes(params[i].name)) lockControl(control);
  });
  const read = () => Object.fromEntries(params.map((param, i) => [param.name, controls[i].value]));
  let isSyncing = false;
  const sync = () => {
    const values = state.values as Record<string, unknown>;
    let isChanged = false;
    params.forEach((param, i) => {
      if (controls[i].value !== values[param.name]) {
        controls[i].value = values[param.name] as never;
        isChanged = true;
      }
      controls[i].hidden = !isShown(param, values) || hide.includes(param.name);
    });
    root.hidden = controls.every((control) => control.hidden);
    if (!isChanged) return;
    isSyncing = true; // the state already holds these values: tell the page's view, not the state
    try {
      root.dispatchEvent(new Event("input", {bubbles: true}));
    } finally {
      isSyncing = false;
    }
  };
  root.addEventListener("input", () => {
    if (!isSyncing) state.set(read() as Partial<LabValues<L>>);
  });
  state.addEventListener("change", sync);
  Object.defineProperty(root, "value", {get: read});
  sync();
  return root as unknown as ControlGroupElement<Pick<LabValues<L>, K>>;
}
