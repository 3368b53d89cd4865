/**
 * The operations a convolutional network is made of, with their shapes, and the counting rules the
 * architecture arithmetic applies to each. Pure data and arithmetic: no TF.js, no DOM.
 *
 * Counting rules (He et al. 2015, Table 1 counts multiply-adds; torchvision counts trainable parameters):
 * - Parameters: a convolution has k·k·C_in·C_out weights, plus C_out biases only when it is not followed by
 *   BatchNorm (`hasBias`); BatchNorm has a scale and a shift per channel (2·C; its running mean and variance
 *   are statistics, not parameters); a fully connected layer has C_in·C_out weights and C_out biases.
 *   ReLU, pooling, zero-padding shortcuts and additions have none.
 * - FLOPs are multiply-adds (one multiply-add = one "FLOP", as in Table 1): a convolution costs
 *   k·k·C_in·C_out·H_out·W_out, a fully connected layer C_in·C_out. BatchNorm, ReLU, pooling, biases and the
 *   shortcut's addition are not counted (they are linear in the activations, a rounding error next to the
 *   convolutions, and Table 1 leaves them out).
 */

/** A feature map's shape, [height, width, channels] of one example (the batch dimension is left out). */
export interface Shape {
  height: number;
  width: number;
  channels: number;
}

interface OpBase {
  /** Shape of the op's input, [height, width, channels]. */
  input: Shape;
  /** Shape of the op's output, [height, width, channels]. */
  output: Shape;
}

/** A square convolution with "same" padding ⌊k/2⌋. */
export interface ConvOp extends OpBase {
  op: "conv";
  kernel: number;
  stride: number;
  /** True when the convolution carries a bias (no BatchNorm after it: VGG, or a net built without BN). */
  hasBias: boolean;
}

/** BatchNorm over channels: a learned scale γ and shift β per channel. */
export interface BatchNormOp extends OpBase {
  op: "bn";
}

/** Rectified linear unit, max(0, x). */
export interface ReluOp extends OpBase {
  op: "relu";
}

/** Max pooling (ImageNet stem: 3×3, stride 2, padding 1; VGG: 2×2, stride 2) or global average pooling. */
export interface PoolOp extends OpBase {
  op: "maxpool" | "avgpool";
  size: number;
  stride: number;
  padding: number;
}

/** Shortcut option A where the shape changes: take every `stride`-th pixel and pad the new channels with zeros. */
export interface ZeroPadOp extends OpBase {
  op: "zeropad";
  stride: number;
}

/** Flattens [height, width, channels] into one vector (VGG's head). */
export interface FlattenOp extends OpBase {
  op: "flatten";
}

/** A fully connected layer with bias; input and output are vectors stored as [1, 1, features]. */
export interface FcOp extends OpBase {
  op: "fc";
}

/** Any operation of a network plan. */
export type Op = ConvOp | BatchNormOp | ReluOp | PoolOp | ZeroPadOp | FlattenOp | FcOp;

/** Output size of a window of `size` sliding with `stride` over `length` pixels padded by `padding` each side. */
export function slidingOutput(length: number, size: number, stride: number, padding: number): number {
  return Math.floor((length + 2 * padding - size) / stride) + 1;
}

/** A convolution of `input` to `channels` output channels, kernel k, with "same" padding ⌊k/2⌋. */
export function conv(input: Shape, channels: number, kernel: number, stride: number, hasBias: boolean): ConvOp {
  const pad = Math.floor(kernel / 2);
  const output = {
    height: slidingOutput(input.height, kernel, stride, pad),
    width: slidingOutput(input.width, kernel, stride, pad),
    channels
  };
  return {op: "conv", kernel, stride, hasBias, input, output};
}

/** BatchNorm over the channels of `input`. */
export function batchNorm(input: Shape): BatchNormOp {
  return {op: "bn", input, output: input};
}

/** ReLU on `input`. */
export function relu(input: Shape): ReluOp {
  return {op: "relu", input, output: input};
}

/** Max pooling with a `size`×`size` window. */
export function maxPool(input: Shape, size: number, stride: number, padding: number): PoolOp {
  const output = {
    height: slidingOutput(input.height, size, stride, padding),
    width: slidingOutput(input.width, size, stride, padding),
    channels: input.channels
  };
  return {op: "maxpool", size, stride, padding, input, output};
}

/** Global average pooling: [h, w, c] → [1, 1, c]. */
export function globalAvgPool(input: Shape): PoolOp {
  return {op: "avgpool", size: input.height, stride: 1, padding: 0, input, output: {height: 1, width: 1, channels: input.channels}};
}

/** Option-A shortcut: subsample by `stride` and zero-pad to `channels`. */
export function zeroPad(input: Shape, channels: number, stride: number): ZeroPadOp {
  const output = {
    height: slidingOutput(input.height, 1, stride, 0),
    width: slidingOutput(input.width, 1, stride, 0),
    channels
  };
  return {op: "zeropad", stride, input, output};
}

/** Flatten [h, w, c] → [1, 1, h·w·c]. */
export function flatten(input: Shape): FlattenOp {
  return {op: "flatten", input, output: {height: 1, width: 1, channels: input.height * input.width * input.channels}};
}

/** Fully connected layer (with bias) to `features` outputs. */
export function fullyConnected(input: Shape, features: number): FcOp {
  return {op: "fc", input, output: {height: 1, width: 1, channels: features}};
}

/** Trainable parameters of one op, by the rules in this module's header. */
export function paramsOf(op: Op): number {
  switch (op.op) {
    case "conv":
      return op.kernel * op.kernel * op.input.channels * op.output.channels + (op.hasBias ? op.output.channels : 0);
    case "bn":
      return 2 * op.input.channels;
    case "fc":
      return op.input.channels * op.output.channels + op.output.channels;
    default:
      return 0;
  }
}

/** Multiply-adds of one op, by the rules in this module's header. */
export function multiplyAddsOf(op: Op): number {
  switch (op.op) {
    case "conv":
      return op.kernel * op.kernel * op.input.channels * op.output.channels * op.output.height * op.output.width;
    case "fc":
      return op.input.channels * op.output.channels;
    default:
      return 0;
  }
}

/** Sum of parameters and multiply-adds over a list of ops. */
export function totalsOf(ops: readonly Op[]): {params: number; multiplyAdds: number} {
  let params = 0;
  let multiplyAdds = 0;
  for (const op of ops) {
    params += paramsOf(op);
    multiplyAdds += multiplyAddsOf(op);
  }
  return {params, multiplyAdds};
}
