/**
 * The shortcut h(x) of a residual unit, in the three options of He et al. 2015 (§3.3, Table 3):
 * - A: identity; where the map halves, take every second pixel (stride-2 subsampling) and zero-pad the new channels
 *   (no parameters).
 * - B: identity where shapes match; a 1×1 projection (stride s) where they change.
 * - C: a 1×1 projection on every unit.
 * Original units follow the projection with BatchNorm (as torchvision); pre-activation units project the
 * pre-activated input BN-ReLU(x) with a bare 1×1 convolution (as He et al. 2016's code). Projection weights come
 * from the "shortcut" init stream, so they never shift the weights the plain twin shares.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {ShortcutOption} from "../spec.js";
import {applyBatchNorm, applyConv, createBatchNorm, createConv, type BatchNorm, type Conv, type ForwardContext} from "./layers.js";
import type {ParamFactory} from "./params.js";

/** A unit's shortcut. */
export interface Shortcut {
  /** True when h(x) = x exactly (same shape, no projection). */
  isIdentity: boolean;
  /**
   * h applied to the unit's input `x` `[batch, h, w, in]`; `preActivated` is BN-ReLU(x) in a pre-activation unit
   * (what a projection reads there), else `x` itself. Returns `[batch, h/stride, w/stride, out]`.
   */
  apply(x: tf.Tensor4D, preActivated: tf.Tensor4D, ctx: ForwardContext): tf.Tensor4D;
}

/** What a shortcut must bridge. */
export interface ShortcutOptions {
  option: ShortcutOption;
  inChannels: number;
  outChannels: number;
  stride: number;
  batchNorm: boolean;
  preActivation: boolean;
}

const IDENTITY: Shortcut = {isIdentity: true, apply: (x) => x};

/** Builds the shortcut of one unit (`name` prefixes its parameters, e.g. "stage2.unit0.shortcut"). */
export function createShortcut(factory: ParamFactory, name: string, options: ShortcutOptions): Shortcut {
  const {option, inChannels, outChannels, stride} = options;
  const isShapeChange = inChannels !== outChannels || stride !== 1;
  if (option !== "C" && !isShapeChange) return IDENTITY;
  if (option === "A") return zeroPadShortcut(inChannels, outChannels, stride);
  return projectionShortcut(factory, name, options);
}

function zeroPadShortcut(inChannels: number, outChannels: number, stride: number): Shortcut {
  if (outChannels < inChannels) throw new RangeError(`option A cannot shrink channels (${inChannels} → ${outChannels})`);
  return {
    isIdentity: false,
    apply(x) {
      // Every stride-th pixel, as a 1×1 average pool (TF.js has no gradient for strided slices).
      const sub = stride === 1 ? x : tf.avgPool(x, 1, stride, "valid");
      return outChannels === inChannels ? sub : tf.pad(sub, [[0, 0], [0, 0], [0, 0], [0, outChannels - inChannels]]);
    }
  };
}

function projectionShortcut(factory: ParamFactory, name: string, options: ShortcutOptions): Shortcut {
  const {inChannels, outChannels, stride, batchNorm, preActivation} = options;
  const hasBn = batchNorm && !preActivation;
  const conv: Conv = createConv(factory, `${name}.conv`, {kernel: 1, inChannels, outChannels, stride, hasBias: !batchNorm, isShortcut: true});
  const bn: BatchNorm | null = hasBn ? createBatchNorm(factory, `${name}.bn`, outChannels, true) : null;
  return {
    isIdentity: false,
    apply(x, preActivated, ctx) {
      const projected = applyConv(conv, preActivation ? preActivated : x);
      return bn ? applyBatchNorm(bn, projected, ctx) : projected;
    }
  };
}
