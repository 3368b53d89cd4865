/**
 * Convolutional units: `basic` (3×3, 3×3), `bottleneck` (1×1 to width/4, 3×3, 1×1 back to width) and `single`
 * (one 3×3, VGG's layer), each in the original or the pre-activation ordering, residual or plain:
 *
 *   original:        F(x) = BN(conv_n(… ReLU(BN(conv_1(x))) …)),   y = h(x) + F(x),  x' = ReLU(y)
 *   pre-activation:  F(x) = conv_n(ReLU(BN(… conv_1(ReLU(BN(x))) …))),  y = h(x) + F(x),  x' = y
 *
 * The plain twin computes the same F and drops h. Without BatchNorm every BN is left out and the convolutions
 * carry biases.
 */
import * as tf from "@tensorflow/tfjs-core";
import {BOTTLENECK_EXPANSION, type ConvNetSpec} from "../spec.js";
import {applyBatchNorm, applyConv, createBatchNorm, createConv, type BatchNorm, type Conv, type ForwardContext} from "./layers.js";
import type {ParamFactory} from "./params.js";
import {createShortcut} from "./shortcut.js";
import type {Unit} from "./types.js";

/** One convolution of a unit's residual branch. */
interface ConvLayout {
  kernel: number;
  outChannels: number;
  stride: number;
}

/** The convolutions of F for a unit kind: `width` is the unit's output width, `stride` its spatial stride. */
export function unitLayout(spec: ConvNetSpec, width: number, stride: number): ConvLayout[] {
  if (spec.unit === "single") return [{kernel: 3, outChannels: width, stride}];
  if (spec.unit === "basic") {
    return [
      {kernel: 3, outChannels: width, stride},
      {kernel: 3, outChannels: width, stride: 1}
    ];
  }
  const hidden = width / BOTTLENECK_EXPANSION;
  const isStrideFirst = spec.bottleneckStride === "1x1";
  return [
    {kernel: 1, outChannels: hidden, stride: isStrideFirst ? stride : 1},
    {kernel: 3, outChannels: hidden, stride: isStrideFirst ? 1 : stride},
    {kernel: 1, outChannels: width, stride: 1}
  ];
}

/** Where the unit sits and what it maps: `[h, w, inChannels]` → `[h', w', width]`. */
export interface ConvUnitPlace {
  name: string;
  stage: number;
  inputShape: [number, number, number];
  width: number;
  stride: number;
}

/** Builds one conv unit of `spec` at `place`. */
export function createConvUnit(factory: ParamFactory, spec: ConvNetSpec, place: ConvUnitPlace): Unit {
  const {name, stage, inputShape, width, stride} = place;
  const layout = unitLayout(spec, width, stride);
  const pre = spec.preActivation;
  const convs: Conv[] = [];
  const norms: Array<BatchNorm | null> = [];
  let channels = inputShape[2];
  layout.forEach((layer, i) => {
    const bnChannels = pre ? channels : layer.outChannels;
    norms.push(spec.batchNorm ? createBatchNorm(factory, `${name}.bn${i + 1}`, bnChannels) : null);
    convs.push(createConv(factory, `${name}.conv${i + 1}`, {...layer, inChannels: channels, hasBias: !spec.batchNorm}));
    channels = layer.outChannels;
  });
  const isResidual = spec.isResidual && spec.unit !== "single";
  const shortcut = isResidual
    ? createShortcut(factory, `${name}.shortcut`, {
        option: spec.shortcut,
        inChannels: inputShape[2],
        outChannels: width,
        stride,
        batchNorm: spec.batchNorm,
        preActivation: pre
      })
    : null;
  /** BN (when the spec has it), then ReLU when `relu` — one fused op when both apply. */
  const norm = (i: number, x: tf.Tensor4D, ctx: ForwardContext, relu: boolean) => {
    if (norms[i]) return applyBatchNorm(norms[i], x, ctx, {relu});
    return relu ? tf.relu(x) : x;
  };

  /** F(x), and the pre-activated input BN-ReLU(x) a pre-activation projection shortcut reads. */
  function branch(x: tf.Tensor4D, ctx: ForwardContext): {residual: tf.Tensor4D; preActivated: tf.Tensor4D} {
    const preActivated = pre ? norm(0, x, ctx, true) : x;
    let h = preActivated;
    convs.forEach((conv, i) => {
      if (pre) {
        if (i > 0) h = norm(i, h, ctx, true);
        h = applyConv(conv, h);
      } else if (ctx.onResponse && norms[i]) {
        // Fig. 7's response: after BN, before the ReLU (and, for the last one, before the addition).
        h = norm(i, applyConv(conv, h), ctx, false);
        ctx.onResponse(h);
        if (i < convs.length - 1) h = tf.relu(h);
      } else {
        // The last BN of an original unit is not followed by ReLU inside F: the ReLU comes after the addition.
        h = norm(i, applyConv(conv, h), ctx, i < convs.length - 1);
      }
    });
    return {residual: h, preActivated};
  }

  const [height, widthPx] = inputShape;
  const outSize = (size: number) => Math.floor((size - 1) / stride) + 1;
  return {
    name,
    stage,
    inputShape: [...inputShape],
    outputShape: [outSize(height), outSize(widthPx), width],
    hasIdentityShortcut: shortcut?.isIdentity ?? false,
    residual: (x, ctx) => branch(x as tf.Tensor4D, ctx).residual,
    shortcut: shortcut ? (x, ctx) => shortcut.apply(x as tf.Tensor4D, pre && !shortcut.isIdentity ? norm(0, x as tf.Tensor4D, ctx, true) : (x as tf.Tensor4D), ctx) : null,
    apply(x, ctx) {
      const {residual, preActivated} = branch(x as tf.Tensor4D, ctx);
      const sum = shortcut ? tf.add(residual, shortcut.apply(x as tf.Tensor4D, preActivated, ctx)) : residual;
      return {sum, output: pre ? sum : tf.relu(sum)};
    }
  };
}
