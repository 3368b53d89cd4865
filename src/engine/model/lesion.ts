/**
 * Deleting a unit from a trained network at test time — the lesion study of Veit, Wilber & Belongie 2016 (*Residual
 * Networks Behave Like Ensembles of Relatively Shallow Networks*). In a residual network the unit's branch goes and its
 * shortcut stays: x_{l+1} = f(h(x_l)), where f is the ReLU after the addition of an original unit and the identity in a
 * pre-activation one. A plain unit has no shortcut, so deleting it means passing its input straight on, x_{l+1} = x_l —
 * possible only where the unit keeps the shape (a unit that halves the map or widens it cannot be deleted).
 */
import * as tf from "@tensorflow/tfjs-core";
import type {ForwardContext} from "./layers.js";
import type {ForwardOptions, Unit} from "./types.js";

/** True when `unit` can be deleted: a residual unit (its shortcut stays), or a plain unit whose output has its input's shape. */
export function isDeletable(unit: Unit): boolean {
  return unit.shortcut !== null || unit.inputShape.join() === unit.outputShape.join();
}

/** x_{l+1} of `unit` with its residual branch deleted (see the module comment). */
export function lesionedOutput(unit: Unit, x: tf.Tensor, ctx: ForwardContext, preActivation: boolean): tf.Tensor {
  if (unit.shortcut) {
    const h = unit.shortcut(x, ctx);
    return preActivation ? h : tf.relu(h);
  }
  if (!isDeletable(unit)) throw new RangeError(`${unit.name} changes the shape [${unit.inputShape}] → [${unit.outputShape}] and has no shortcut: it cannot be deleted`);
  return x;
}

/** x_{l+1} in a forward pass: the unit's output, or its lesioned output when `options.lesioned` holds `index`. */
export function unitForward(unit: Unit, index: number, x: tf.Tensor, ctx: ForwardContext, options: ForwardOptions, preActivation: boolean): tf.Tensor {
  options.onUnitInput?.(index, x);
  return options.lesioned?.has(index) ? lesionedOutput(unit, x, ctx, preActivation) : unit.apply(x, ctx).output;
}
