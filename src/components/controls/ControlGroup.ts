/**
 * A group of controls bound to a lab's URL state: each control starts from the state's value, every change
 * goes back into the state (and so into the URL), and controls that do not apply to the current settings
 * (the table's `shownWhen`) are hidden. The group's `.value` is an object of its parameters' values, so a
 * page reads a whole group with `view(ControlGroup(state, ["depth", "width"]))`.
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
  const read = () => Object.fromEntries(params.map((param, i) => [param.name, controls[i].value]));
  const sync = () => {
    const values = state.values as Record<string, unknown>;
    params.forEach((param, i) => {
      if (controls[i].value !== values[param.name]) controls[i].value = values[param.name] as never;
      controls[i].hidden = !isShown(param, values);
    });
  };
  root.addEventListener("input", () => state.set(read() as Partial<LabValues<L>>));
  state.addEventListener("change", sync);
  Object.defineProperty(root, "value", {get: read});
  sync();
  return root as unknown as ControlGroupElement<Pick<LabValues<L>, K>>;
}
