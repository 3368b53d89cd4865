/**
 * `Conv2D` and `FusedConv2D` (bias, then ReLU or nothing) for the wasm backend, as a SIMD tap product
 * (see `assembly/tapProduct.ts`): Y[b, y, x, :] = Σ_{r, c} X[b, y·sh + r − pt, x·sw + c − pl, :] · W[r, c]
 * with X: [batch, inHeight, inWidth, inChannels], W: [filterHeight, filterWidth, inChannels, outChannels],
 * Y: [batch, outHeight, outWidth, outChannels]. Cases it does not handle (dilation, NCHW, other activations)
 * go to TF.js's own kernel.
 */
import {backend_util, Conv2D, FusedConv2D, getKernel, util} from "@tensorflow/tfjs-core";
import type {Conv2DAttrs, FusedConv2DAttrs, KernelConfig, KernelFunc, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {allocPanels, geometryOf, isSupported, paddedScratch, roundUp8, setGeometry} from "./convGeometry.js";
import type {ConvInfo} from "./convGeometry.js";
import {dispatch, kernelsFor, Scratch, threadCount} from "./kernelModule.js";
import {OP_FORWARD} from "./kernelThreads.js";
import {heapF32, heapOffset} from "./wasmTensors.js";

interface ConvArgs {
  inputs: {x: TensorInfo; filter: TensorInfo; bias?: TensorInfo; preluActivationWeights?: TensorInfo};
  backend: BackendWasm;
  attrs: Conv2DAttrs & Partial<FusedConv2DAttrs>;
}

/** Y = act(conv2d(x, filter) + bias) on the wasm heap; `bias` null for none. */
export function runConv2d(backend: BackendWasm, x: TensorInfo, filter: TensorInfo, info: ConvInfo, bias: TensorInfo | null, relu: boolean): TensorInfo {
  const kernels = kernelsFor(backend);
  const scratch = new Scratch(backend);
  const out = backend.makeOutput(info.outShape, "float32");
  const {inChannels: inC, outChannels: outC, filterHeight, filterWidth} = info;
  const patchWidth = filterHeight * filterWidth * inC;
  const ldw = roundUp8(outC);
  try {
    let w = heapOffset(backend, filter);
    if (ldw !== outC) {
      const packed = scratch.alloc(patchWidth * ldw);
      kernels.padRows(w, packed, patchWidth, outC, ldw);
      w = packed;
    }
    const biasAt = bias ? packBias(backend, scratch, bias, outC, ldw) : 0;
    const geometry = geometryOf(info);
    setGeometry(kernels, geometry);
    const padded = paddedScratch(kernels, scratch);
    const threads = threadCount(backend);
    const args = {src: heapOffset(backend, x), padded, weights: w, ldw, out: heapOffset(backend, out), bias: biasAt, relu: relu ? 1 : 0};
    dispatch(backend, {op: OP_FORWARD, geometry, args: {...args, ...allocPanels(scratch, patchWidth, threads)}}, threads);
  } finally {
    scratch.release();
  }
  return out;
}

/** Copies a per-channel (or scalar) bias into scratch, zero-padded to `ld` floats; returns its offset. */
function packBias(backend: BackendWasm, scratch: Scratch, bias: TensorInfo, outC: number, ld: number): number {
  const at = scratch.alloc(ld);
  const values = backend.typedArrayFromHeap(bias) as Float32Array;
  const heap = heapF32(backend, at, ld);
  for (let o = 0; o < ld; o++) heap[o] = o < outC ? values[values.length === 1 ? 0 : o] : 0;
  return at;
}

function convInfoOf(x: TensorInfo, filter: TensorInfo, attrs: Conv2DAttrs): ConvInfo {
  const {strides, pad, dataFormat, dilations, dimRoundingMode} = attrs;
  return backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filter.shape as [number, number, number, number],
    strides, dilations, pad, dimRoundingMode, false,
    backend_util.convertConv2DDataFormat(dataFormat)
  );
}

/** TF.js's own kernel for `name` on wasm, captured before ours replaces it. */
function original(name: string): KernelConfig {
  const config = getKernel(name, "wasm");
  if (!config) throw new Error(`TF.js's wasm backend has no ${name} kernel to fall back on`);
  return config;
}

/** Kernel configs for Conv2D and FusedConv2D; `fallbacks` are TF.js's own configs they replace. */
export function conv2dConfigs(): {configs: KernelConfig[]; fallbacks: KernelConfig[]} {
  const conv = original(Conv2D);
  const fused = original(FusedConv2D);
  const convFunc = (args: ConvArgs): TensorInfo => {
    const info = convInfoOf(args.inputs.x, args.inputs.filter, args.attrs);
    if (!isSupported(info, args.backend)) return conv.kernelFunc(args as never) as TensorInfo;
    return runConv2d(args.backend, args.inputs.x, args.inputs.filter, info, null, false);
  };
  const fusedFunc = (args: ConvArgs): TensorInfo => {
    const {x, filter, bias} = args.inputs;
    const activation = args.attrs.activation ?? "linear";
    const info = convInfoOf(x, filter, args.attrs);
    const biasSize = bias ? util.sizeFromShape(bias.shape) : 0;
    const isHandled =
      isSupported(info, args.backend) &&
      (activation === "linear" || activation === "relu") &&
      (!bias || (bias.dtype === "float32" && (biasSize === 1 || (biasSize === info.outChannels && bias.shape.at(-1) === biasSize))));
    if (!isHandled) return fused.kernelFunc(args as never) as TensorInfo;
    return runConv2d(args.backend, x, filter, info, bias ?? null, activation === "relu");
  };
  return {
    configs: [
      {kernelName: Conv2D, backendName: "wasm", kernelFunc: convFunc as unknown as KernelFunc, setupFunc: conv.setupFunc},
      {kernelName: FusedConv2D, backendName: "wasm", kernelFunc: fusedFunc as unknown as KernelFunc, setupFunc: fused.setupFunc}
    ],
    fallbacks: [conv, fused]
  };
}
