/**
 * One residual unit of a spec, described part by part for the unit diagrams (He et al. 2015 Figs. 2 and 5,
 * He et al. 2016 Figs. 1 and 4, the shortcut options): each part has a label, the formula term it belongs
 * to, and its own parameters and multiply-adds. Pure data read off the network plan.
 */
import type {ConvNetSpec} from "../spec.js";
import {paramsOf, multiplyAddsOf, totalsOf, type Op, type Shape} from "./ops.js";
import {planNetwork, type UnitPlan} from "./plan.js";

/**
 * The term of the unit's formula a part belongs to:
 * `residual` (F), `preact` (f̂, BN → ReLU at the start of a pre-activated F), `shortcut` (h(x) = x, or the
 * zero-padded x of option A), `projection` (W_s x), `add` (the sum), `post` (f, the ReLU after the sum).
 */
export type UnitTerm = "residual" | "preact" | "shortcut" | "projection" | "add" | "post";

/** One drawable part of a unit. */
export interface UnitPart {
  label: string;
  kind: "conv" | "bn" | "relu" | "zeropad" | "identity" | "add";
  term: UnitTerm;
  params: number;
  multiplyAdds: number;
}

/** A unit, part by part. */
export interface UnitDescription {
  /** e.g. "ResNet-34, conv3_1". */
  title: string;
  input: Shape;
  output: Shape;
  /** The residual branch, top to bottom. */
  branch: UnitPart[];
  /** The shortcut: one part (identity, zero-padding) or a projection's parts. */
  shortcut: UnitPart[];
  /** The addition, then whatever follows it (a ReLU in the original unit). */
  merge: UnitPart[];
  /** Totals of the unit. */
  params: number;
  multiplyAdds: number;
}

/** Options for labels: the paper's Fig. 2 says "weight layer" where the others say "3×3, 64". */
export interface DescribeOptions {
  genericWeights?: boolean;
}

function labelOf(op: Op, genericWeights: boolean): string {
  switch (op.op) {
    case "conv": {
      if (genericWeights) return "weight layer";
      const halves = op.stride > 1 ? `, /${op.stride}` : "";
      return `${op.kernel}×${op.kernel}, ${op.output.channels}${halves}`;
    }
    case "bn":
      return "BN";
    case "relu":
      return "ReLU";
    case "zeropad":
      return `${op.stride > 1 ? `take every ${op.stride}nd pixel, ` : ""}pad zeros ${op.input.channels}→${op.output.channels}`;
    default:
      return op.op;
  }
}

function partOf(op: Op, term: UnitTerm, genericWeights: boolean): UnitPart {
  const kind = op.op === "conv" || op.op === "bn" || op.op === "relu" || op.op === "zeropad" ? op.op : "identity";
  return {label: labelOf(op, genericWeights), kind, term, params: paramsOf(op), multiplyAdds: multiplyAddsOf(op)};
}

function branchParts(unit: UnitPlan, preActivation: boolean, genericWeights: boolean): UnitPart[] {
  const firstConv = unit.main.findIndex((op) => op.op === "conv");
  return unit.main.map((op, i) => partOf(op, preActivation && i < firstConv ? "preact" : "residual", genericWeights));
}

function shortcutParts(unit: UnitPlan, genericWeights: boolean): UnitPart[] {
  if (!unit.shortcut) return [];
  if (unit.shortcut.kind === "identity") {
    return [{label: "identity x", kind: "identity", term: "shortcut", params: 0, multiplyAdds: 0}];
  }
  const term: UnitTerm = unit.shortcut.kind === "projection" ? "projection" : "shortcut";
  return unit.shortcut.ops.map((op) => partOf(op, term, genericWeights));
}

/**
 * Describes unit `unitIndex` of stage `stageIndex` of a spec (both from 0): e.g. (resnet34, 1, 0) is
 * conv3_1, the unit that halves the map and doubles the width.
 */
export function describeUnit(spec: ConvNetSpec, stageIndex: number, unitIndex: number, {genericWeights = false}: DescribeOptions = {}): UnitDescription {
  const stage = planNetwork(spec).stages[stageIndex];
  const unit = stage?.units[unitIndex];
  if (!unit) throw new RangeError(`${spec.name} has no unit ${unitIndex} in stage ${stageIndex}`);
  const add: UnitPart[] = unit.shortcut ? [{label: "+", kind: "add", term: "add", params: 0, multiplyAdds: 0}] : [];
  const merge = [...add, ...unit.after.map((op) => partOf(op, "post", genericWeights))];
  const totals = totalsOf([...unit.main, ...(unit.shortcut?.ops ?? []), ...unit.after]);
  const name = stage.name.replace("_x", `_${unitIndex + 1}`);
  return {
    title: `${spec.name}, ${name}`,
    input: unit.input,
    output: unit.output,
    branch: branchParts(unit, spec.preActivation, genericWeights),
    shortcut: shortcutParts(unit, genericWeights),
    merge,
    ...totals
  };
}
