/**
 * The control for any declared parameter: a slider with a number box for numbers, radio buttons or a select
 * for choices, a switch for booleans. Every control exposes `.value` and fires `input`, so a page reads it
 * with `view(Control(param, value))` like a built-in input.
 */
import {ChoiceControl} from "./ChoiceControl.js";
import {NumberControl} from "./NumberControl.js";
import type {Param, ParamValue} from "./paramTypes.js";
import {ToggleControl} from "./ToggleControl.js";

/** Any control: an element with the parameter's value. */
export type ControlElement = HTMLElement & {value: ParamValue};

/** Builds the control the table asks for, showing `value` (forced inside the table's limits). */
export function Control(param: Param, value: ParamValue = param.default): ControlElement {
  switch (param.type) {
    case "int":
    case "float":
      return NumberControl(param, value as number);
    case "choice":
      return ChoiceControl(param, value as string);
    case "boolean":
      return ToggleControl(param, value as boolean);
  }
}
