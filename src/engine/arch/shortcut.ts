/**
 * The shortcut of a residual unit under options A, B and C (He et al. 2015, §3.3 and Table 3):
 * - A: identity; where the shape changes, subsample by the stride and pad the new channels with zeros
 *   (no parameters, no multiply-adds).
 * - B: a 1×1 projection W_s (a convolution with the unit's stride, then BatchNorm) where the shape changes;
 *   identity elsewhere.
 * - C: a 1×1 projection on every shortcut.
 * In a pre-activation unit the projection reads the already activated input and has no BatchNorm of its own.
 */
import type {ShortcutOption} from "../spec.js";
import {batchNorm, conv, zeroPad, type Op, type Shape} from "./ops.js";

/** What the shortcut of one unit does. */
export interface ShortcutPlan {
  /** `identity` (x itself), `zeroPad` (option A across a change of shape) or `projection` (W_s x). */
  kind: "identity" | "zeroPad" | "projection";
  /** True when the unit changes the shape (stride 2 or new width): drawn dashed in the paper's Fig. 3. */
  changesShape: boolean;
  /** The shortcut's ops (empty for identity). */
  ops: Op[];
}

/** Options the shortcut depends on. */
export interface ShortcutContext {
  option: ShortcutOption;
  input: Shape;
  output: Shape;
  stride: number;
  batchNorm: boolean;
  preActivation: boolean;
}

/** True when a unit from `input` to `output` with `stride` changes the shape of its input. */
export function changesShape(input: Shape, output: Shape, stride: number): boolean {
  return stride !== 1 || input.channels !== output.channels;
}

/** The 1×1 projection W_s (with BatchNorm unless pre-activated or built without BN). */
function projection({input, output, stride, batchNorm: useBn, preActivation}: ShortcutContext): Op[] {
  const proj = conv(input, output.channels, 1, stride, !useBn);
  return useBn && !preActivation ? [proj, batchNorm(proj.output)] : [proj];
}

/** The shortcut of one unit under the given option. */
export function planShortcut(ctx: ShortcutContext): ShortcutPlan {
  const isChange = changesShape(ctx.input, ctx.output, ctx.stride);
  if (ctx.option === "C" || (ctx.option === "B" && isChange)) {
    return {kind: "projection", changesShape: isChange, ops: projection(ctx)};
  }
  if (isChange) return {kind: "zeroPad", changesShape: true, ops: [zeroPad(ctx.input, ctx.output.channels, ctx.stride)]};
  return {kind: "identity", changesShape: false, ops: []};
}
