/**
 * The residual function F of one unit, as a list of ops — basic, bottleneck and VGG's single convolution,
 * each in its original (post-activation) and pre-activation ordering. All share one interface: given the
 * unit's input shape, output width and stride, return the ops of the main path.
 */
import {BOTTLENECK_EXPANSION, type ConvNetSpec, type UnitKind} from "../spec.js";
import {batchNorm, conv, relu, type Op, type Shape} from "./ops.js";

/** What a unit builder needs to know. */
export interface UnitContext {
  /** Input of the unit, [height, width, channels]. */
  input: Shape;
  /** Output channels of the unit. */
  width: number;
  /** Spatial stride of the unit (2 on the first unit of a downsampling stage). */
  stride: number;
  /** BatchNorm after (original) or before (pre-activation) every convolution; without it convs carry a bias. */
  batchNorm: boolean;
  /** Pre-activation ordering (He et al. 2016): BN → ReLU → conv; nothing after the addition. */
  preActivation: boolean;
  /**
   * Pre-activation only: whether the unit starts with its own BN → ReLU. The network's very first unit
   * does not — it reads the stem's activated output (He et al. 2016, Appendix, on the first and last units).
   */
  hasLeadingActivation: boolean;
  /** Bottleneck only: which conv carries the stride. */
  bottleneckStride: "1x1" | "3x3";
}

/** A sequence builder: appends ops, threading the current shape. */
class Path {
  readonly ops: Op[] = [];
  shape: Shape;
  private readonly useBatchNorm: boolean;
  constructor(shape: Shape, useBatchNorm: boolean) {
    this.shape = shape;
    this.useBatchNorm = useBatchNorm;
  }
  conv(channels: number, kernel: number, stride: number): this {
    return this.push(conv(this.shape, channels, kernel, stride, !this.useBatchNorm));
  }
  bn(): this {
    return this.useBatchNorm ? this.push(batchNorm(this.shape)) : this;
  }
  relu(): this {
    return this.push(relu(this.shape));
  }
  private push(op: Op): this {
    this.ops.push(op);
    this.shape = op.output;
    return this;
  }
}

/** Original ordering: conv → BN → ReLU → … → conv → BN (the final ReLU comes after the addition). */
function originalPath(ctx: UnitContext, convs: Array<[channels: number, kernel: number, stride: number]>): Op[] {
  const path = new Path(ctx.input, ctx.batchNorm);
  convs.forEach(([channels, kernel, stride], i) => {
    path.conv(channels, kernel, stride).bn();
    if (i < convs.length - 1) path.relu();
  });
  return path.ops;
}

/** Pre-activation ordering: (BN → ReLU →) conv → BN → ReLU → … → conv; nothing after the last conv. */
function preActivatedPath(ctx: UnitContext, convs: Array<[channels: number, kernel: number, stride: number]>): Op[] {
  const path = new Path(ctx.input, ctx.batchNorm);
  convs.forEach(([channels, kernel, stride], i) => {
    if (i > 0 || ctx.hasLeadingActivation) path.bn().relu();
    path.conv(channels, kernel, stride);
  });
  return path.ops;
}

/** The convolutions [channels, kernel, stride] of each unit kind. */
function convsOf(kind: UnitKind, ctx: UnitContext): Array<[number, number, number]> {
  if (kind === "basic") return [[ctx.width, 3, ctx.stride], [ctx.width, 3, 1]];
  if (kind === "single") return [[ctx.width, 3, ctx.stride]];
  const hidden = ctx.width / BOTTLENECK_EXPANSION;
  const on1x1 = ctx.bottleneckStride === "1x1";
  return [[hidden, 1, on1x1 ? ctx.stride : 1], [hidden, 3, on1x1 ? 1 : ctx.stride], [ctx.width, 1, 1]];
}

/**
 * The main path (the residual function F, or the plain layers) of one unit.
 * VGG's `single` unit is conv (with bias) → ReLU and ignores the orderings.
 */
export function residualPath(kind: UnitKind, ctx: UnitContext): Op[] {
  const convs = convsOf(kind, ctx);
  if (kind === "single") {
    const path = new Path(ctx.input, ctx.batchNorm);
    return path.conv(...convs[0]).bn().relu().ops;
  }
  return ctx.preActivation ? preActivatedPath(ctx, convs) : originalPath(ctx, convs);
}

/** The context for a unit of `spec`. */
export function unitContext(spec: ConvNetSpec, input: Shape, width: number, stride: number, isFirstUnit: boolean): UnitContext {
  return {
    input,
    width,
    stride,
    batchNorm: spec.batchNorm,
    preActivation: spec.preActivation,
    hasLeadingActivation: !isFirstUnit,
    bottleneckStride: spec.bottleneckStride
  };
}
