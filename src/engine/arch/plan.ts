/**
 * A network spec expanded into its ops: stem, stages of units (each a main path and a shortcut), head.
 * Every other piece of architecture arithmetic — counts, Table 1, the Fig. 3 columns, the unit diagrams —
 * reads this plan, so there is exactly one place that decides what a network is made of.
 */
import type {ConvNetSpec} from "../spec.js";
import {batchNorm, conv, flatten, fullyConnected, globalAvgPool, maxPool, relu, type Op, type Shape} from "./ops.js";
import {planShortcut, type ShortcutPlan} from "./shortcut.js";
import {residualPath, unitContext} from "./units.js";

/** One unit: y = F(x) + shortcut(x), then (original ordering) a ReLU; plain units have no shortcut. */
export interface UnitPlan {
  /** Index of the unit within its stage, from 0. */
  index: number;
  /** Input, [height, width, channels]. */
  input: Shape;
  /** Output, [height, width, channels]. */
  output: Shape;
  /** The unit's spatial stride. */
  stride: number;
  /** The residual function F (or the plain layers). */
  main: Op[];
  /** The shortcut, or null in a plain network. */
  shortcut: ShortcutPlan | null;
  /** Ops after the addition: a ReLU in the original ordering, nothing in the pre-activation one. */
  after: Op[];
}

/** A stage: units at one spatial size and width; VGG adds a max pooling after it. */
export interface StagePlan {
  /** Table 1's name: conv2_x … conv5_x for the ResNets (conv1 is the stem); conv1_x … for VGG. */
  name: string;
  input: Shape;
  /** Output of the stage's last unit (before VGG's pooling). */
  output: Shape;
  units: UnitPlan[];
  /** Ops after the last unit (VGG: 2×2 max pooling, stride 2). */
  after: Op[];
}

/** A whole network, op by op. */
export interface NetworkPlan {
  spec: ConvNetSpec;
  /** Stem ops (ResNet: conv, BN, ReLU, and on ImageNet the 3×3/2 max pooling); empty for VGG. */
  stem: Op[];
  stages: StagePlan[];
  /** Head ops: (pre-activation: BN, ReLU,) global average pooling, fully connected; VGG: flatten and FCs. */
  head: Op[];
}

function planStem(spec: ConvNetSpec, input: Shape): Op[] {
  if (!spec.stem) return [];
  const {kernel, stride, width, maxPool: pool} = spec.stem;
  const ops: Op[] = [conv(input, width, kernel, stride, !spec.batchNorm)];
  if (spec.batchNorm) ops.push(batchNorm(ops[ops.length - 1].output));
  ops.push(relu(ops[ops.length - 1].output));
  if (pool) ops.push(maxPool(ops[ops.length - 1].output, pool.size, pool.stride, Math.floor((pool.size - 1) / 2)));
  return ops;
}

function planUnit(spec: ConvNetSpec, input: Shape, width: number, stride: number, index: number, isFirst: boolean): UnitPlan {
  const main = residualPath(spec.unit, unitContext(spec, input, width, stride, isFirst));
  const output = main[main.length - 1].output;
  const shortcut = spec.isResidual
    ? planShortcut({option: spec.shortcut, input, output, stride, batchNorm: spec.batchNorm, preActivation: spec.preActivation})
    : null;
  // Original units end with a ReLU (after the addition when residual); pre-activation units end with their last
  // convolution, residual or plain: the plain twin differs from the residual net only by its missing shortcuts.
  const needsRelu = spec.unit !== "single" && !spec.preActivation;
  return {index, input, output, stride, main, shortcut, after: needsRelu ? [relu(output)] : []};
}

function planHead(spec: ConvNetSpec, input: Shape): Op[] {
  const ops: Op[] = [];
  let shape = input;
  const push = (op: Op) => {
    ops.push(op);
    shape = op.output;
  };
  if (spec.pool === "gap") {
    if (spec.preActivation) {
      if (spec.batchNorm) push(batchNorm(shape));
      push(relu(shape));
    }
    push(globalAvgPool(shape));
  } else {
    push(flatten(shape));
  }
  for (const features of spec.hiddenFc) {
    push(fullyConnected(shape, features));
    push(relu(shape));
  }
  push(fullyConnected(shape, spec.classes));
  return ops;
}

/** Expands a convolutional spec into its plan. */
export function planNetwork(spec: ConvNetSpec): NetworkPlan {
  const stem = planStem(spec, spec.input);
  let shape = stem.length ? stem[stem.length - 1].output : spec.input;
  const firstStageNumber = spec.stem ? 2 : 1;
  const stages = spec.stages.map((stage, s): StagePlan => {
    const input = shape;
    const units: UnitPlan[] = [];
    for (let i = 0; i < stage.units; i++) {
      const stride = i === 0 && spec.downsample === "stride" ? stage.stride : 1;
      const unit = planUnit(spec, shape, stage.width, stride, i, s === 0 && i === 0);
      units.push(unit);
      shape = unit.output;
    }
    const output = shape;
    const after = spec.downsample === "maxpool" ? [maxPool(shape, 2, 2, 0)] : [];
    if (after.length) shape = after[0].output;
    return {name: `conv${s + firstStageNumber}_x`, input, output, units, after};
  });
  return {spec, stem, stages, head: planHead(spec, shape)};
}

/** Every op of a unit: main path, shortcut, and what follows the addition. */
export function unitOps(unit: UnitPlan): Op[] {
  return [...unit.main, ...(unit.shortcut?.ops ?? []), ...unit.after];
}

/** Every op of a stage, units and the stage's trailing ops. */
export function stageOps(stage: StagePlan): Op[] {
  return [...stage.units.flatMap(unitOps), ...stage.after];
}

/** Every op of the network, in order (a unit's shortcut ops follow its main path). */
export function allOps(plan: NetworkPlan): Op[] {
  return [...plan.stem, ...plan.stages.flatMap(stageOps), ...plan.head];
}
