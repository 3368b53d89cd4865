/**
 * Parameters and multiply-adds of a network, in total and per Table-1 row (conv1, conv2_x, …, head), by the
 * counting rules stated in ./ops.ts. Accepts a spec or an already expanded plan.
 */
import type {ConvNetSpec, MlpSpec} from "../spec.js";
import {totalsOf, type Shape} from "./ops.js";
import {planNetwork, stageOps, type NetworkPlan} from "./plan.js";

/** Parameters and multiply-adds of a part of a network. */
export interface Counts {
  /** Trainable parameters. */
  params: number;
  /** Multiply-adds of convolutions and fully connected layers (Table 1's "FLOPs"). */
  multiplyAdds: number;
}

/** One row of a per-stage breakdown. */
export interface PartCounts extends Counts {
  /** Table 1's layer name: "conv1", "conv2_x", …, or "head". */
  name: string;
  /** Output of the part, [height, width, channels]. */
  output: Shape;
}

/** A network's counts, in total and per part. */
export interface NetworkCounts extends Counts {
  name: string;
  parts: PartCounts[];
  /** The part of the total spent on shortcuts (projections; zero for option A and plain nets). */
  shortcut: Counts;
}

function toPlan(specOrPlan: ConvNetSpec | NetworkPlan): NetworkPlan {
  return "stages" in specOrPlan && "head" in specOrPlan && "stem" in specOrPlan && "spec" in specOrPlan
    ? (specOrPlan as NetworkPlan)
    : planNetwork(specOrPlan as ConvNetSpec);
}

/** Parameters and multiply-adds of a network, in total, per part and spent on shortcuts. */
export function countNetwork(specOrPlan: ConvNetSpec | NetworkPlan): NetworkCounts {
  const plan = toPlan(specOrPlan);
  const parts: PartCounts[] = [];
  if (plan.stem.length) parts.push({name: "conv1", output: plan.stem[0].output, ...totalsOf(plan.stem)});
  for (const stage of plan.stages) parts.push({name: stage.name, output: stage.output, ...totalsOf(stageOps(stage))});
  parts.push({name: "head", output: plan.head[plan.head.length - 1].output, ...totalsOf(plan.head)});
  const shortcut = totalsOf(plan.stages.flatMap((stage) => stage.units.flatMap((unit) => unit.shortcut?.ops ?? [])));
  return {
    name: plan.spec.name,
    params: parts.reduce((sum, part) => sum + part.params, 0),
    multiplyAdds: parts.reduce((sum, part) => sum + part.multiplyAdds, 0),
    parts,
    shortcut
  };
}

/**
 * Trainable parameters of an MLP as the engine builds it (src/engine/model/mlp.ts): a stem from the input to
 * `width` features, two width×width dense layers per unit, one BatchNorm (scale and shift) per dense layer when
 * BatchNorm is on — the stem's in an original net, the head's in a pre-activation one — else a bias per dense
 * layer, and the classifier with its bias.
 */
export function mlpParamCount(spec: MlpSpec): number {
  const {inputDim, width, units, classes, batchNorm} = spec;
  const perLayer = batchNorm ? 2 * width : width;
  return inputDim * width + perLayer + units * 2 * (width * width + perLayer) + width * classes + classes;
}
