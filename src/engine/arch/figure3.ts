/**
 * The columns of He et al. 2015, Fig. 3 (VGG-19, plain-34, ResNet-34), read off the specs: one entry per
 * weighted layer or pooling, labelled the way the figure labels them ("3×3 conv, 128, /2"), and one
 * shortcut per residual unit, marked where it changes the shape (the figure's dotted shortcuts).
 * Pure data; the d3 component in src/components/diagrams draws it.
 */
import type {ConvNetSpec} from "../spec.js";
import type {Op} from "./ops.js";
import {planNetwork} from "./plan.js";

/** One box of a column. */
export interface Figure3Layer {
  /** The figure's label, e.g. "7×7 conv, 64, /2", "pool, /2", "avg pool", "fc 1000". */
  label: string;
  kind: "conv" | "pool" | "fc";
  /** Side of the square feature map this layer outputs (1 for the pooled vector and the fc layers). */
  outputSize: number;
  /** Which unit the layer belongs to (running index over the network), or null for stem, pools and head. */
  unit: number | null;
}

/** One shortcut: it leaves before layer `from` and joins after layer `to`. */
export interface Figure3Shortcut {
  from: number;
  to: number;
  /** True where the unit changes shape (dashed in the figure). */
  changesShape: boolean;
  kind: "identity" | "zeroPad" | "projection";
}

/** A column of the figure. */
export interface Figure3Column {
  name: string;
  /** Side of the input image (224). */
  inputSize: number;
  layers: Figure3Layer[];
  shortcuts: Figure3Shortcut[];
}

/** The label and kind of a drawable op, or null for ops the figure leaves out (BN, ReLU, flatten, padding). */
function describe(op: Op): Pick<Figure3Layer, "label" | "kind"> | null {
  const halves = op.output.height < op.input.height && op.output.height > 1 ? ", /2" : "";
  switch (op.op) {
    case "conv":
      return {label: `${op.kernel}×${op.kernel} conv, ${op.output.channels}${halves}`, kind: "conv"};
    case "maxpool":
      return {label: `pool${halves}`, kind: "pool"};
    case "avgpool":
      return {label: "avg pool", kind: "pool"};
    case "fc":
      return {label: `fc ${op.output.channels}`, kind: "fc"};
    default:
      return null;
  }
}

function pushOps(layers: Figure3Layer[], ops: readonly Op[], unit: number | null): void {
  for (const op of ops) {
    const described = describe(op);
    if (described) layers.push({...described, outputSize: op.output.height, unit});
  }
}

/** The column of Fig. 3 for one network. */
export function figure3Column(spec: ConvNetSpec): Figure3Column {
  const plan = planNetwork(spec);
  const layers: Figure3Layer[] = [];
  const shortcuts: Figure3Shortcut[] = [];
  pushOps(layers, plan.stem, null);
  let unitIndex = 0;
  for (const stage of plan.stages) {
    for (const unit of stage.units) {
      const from = layers.length;
      pushOps(layers, unit.main, unitIndex);
      if (unit.shortcut) {
        shortcuts.push({from, to: layers.length - 1, changesShape: unit.shortcut.changesShape, kind: unit.shortcut.kind});
      }
      unitIndex++;
    }
    pushOps(layers, stage.after, null);
  }
  pushOps(layers, plan.head, null);
  return {name: spec.name, inputSize: spec.input.height, layers, shortcuts};
}
