/**
 * `Conv2DBackpropInput` for the wasm backend: the gradient of a 2-D convolution with respect to its input,
 *   dX[b, h, w, :] = Σ_{r, c} dY[b, (h + pt − r)/sh, (w + pl − c)/sw, :] · W[r, c]^T
 * over the taps where both quotients are whole and inside dY: at stride 1 a forward convolution with the
 * rotated filter, otherwise dY · W^T scattered back into dX (col2im).
 * dY: [batch, outHeight, outWidth, outChannels], W: [fh, fw, inChannels, outChannels],
 * dX: [batch, inHeight, inWidth, inChannels]. Unsupported cases go to TF.js's own kernel.
 */
import {backend_util, Conv2DBackpropInput, getKernel} from "@tensorflow/tfjs-core";
import type {Conv2DBackpropInputAttrs, KernelConfig, KernelFunc, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {allocPanels, geometryOf, isSupported, paddedScratch, rotatedGeometryOf, roundUp8, setGeometry} from "./convGeometry.js";
import type {ConvInfo} from "./convGeometry.js";
import {dispatch, kernelsFor, Scratch, threadCount} from "./kernelModule.js";
import {OP_BACKPROP_INPUT, OP_FORWARD} from "./kernelThreads.js";
import type {KernelExports} from "./kernelModule.js";
import {heapOffset} from "./wasmTensors.js";

interface BackpropInputArgs {
  inputs: {dy: TensorInfo; filter: TensorInfo};
  backend: BackendWasm;
  attrs: Conv2DBackpropInputAttrs;
}

/** dX of a convolution with geometry `info`, on the wasm heap. */
export function runConv2dBackpropInput(backend: BackendWasm, dy: TensorInfo, filter: TensorInfo, info: ConvInfo): TensorInfo {
  const kernels = kernelsFor(backend);
  const scratch = new Scratch(backend);
  const out = backend.makeOutput(info.inShape, "float32");
  try {
    if (info.strideHeight === 1 && info.strideWidth === 1) backpropInputAsConv(backend, kernels, scratch, dy, filter, info, out);
    else backpropInputByScatter(backend, kernels, scratch, dy, filter, info, out);
  } finally {
    scratch.release();
  }
  return out;
}

/**
 * Stride 1: dX is the convolution of dY with the filter rotated by 180° and its channels swapped, padded by
 * (fh − 1 − padTop, fw − 1 − padLeft).
 */
function backpropInputAsConv(backend: BackendWasm, kernels: KernelExports, scratch: Scratch, dy: TensorInfo, filter: TensorInfo, info: ConvInfo, out: TensorInfo): void {
  const {inChannels: inC, outChannels: outC, filterHeight: fh, filterWidth: fw} = info;
  const ldw = roundUp8(inC);
  const rotated = scratch.alloc(fh * fw * outC * ldw);
  kernels.transposeTaps(heapOffset(backend, filter), rotated, fh * fw, inC, outC, ldw, 1);
  const geometry = rotatedGeometryOf(info);
  setGeometry(kernels, geometry);
  const padded = paddedScratch(kernels, scratch);
  const threads = threadCount(backend);
  const args = {src: heapOffset(backend, dy), padded, weights: rotated, ldw, out: heapOffset(backend, out), ...allocPanels(scratch, fh * fw * outC, threads)};
  dispatch(backend, {op: OP_FORWARD, geometry, args}, threads);
}

/** Any stride: dP = dY · W^T (one row of filter taps per output pixel), then scatter-add dP into dX. */
function backpropInputByScatter(backend: BackendWasm, kernels: KernelExports, scratch: Scratch, dy: TensorInfo, filter: TensorInfo, info: ConvInfo, out: TensorInfo): void {
  const {inChannels: inC, outChannels: outC, filterHeight: fh, filterWidth: fw} = info;
  const patchWidth = fh * fw * inC;
  const ldwt = roundUp8(patchWidth);
  const transposed = scratch.alloc(outC * ldwt);
  kernels.transposeTaps(heapOffset(backend, filter), transposed, 1, patchWidth, outC, ldwt, 0);
  const geometry = geometryOf(info);
  setGeometry(kernels, geometry);
  const padded = paddedScratch(kernels, scratch);
  const threads = threadCount(backend);
  const args = {src: heapOffset(backend, dy), weights: transposed, ldw: ldwt, out: heapOffset(backend, out), padded, ...allocPanels(scratch, patchWidth, threads)};
  dispatch(backend, {op: OP_BACKPROP_INPUT, geometry, args}, threads);
}

/** The kernel config replacing TF.js's `Conv2DBackpropInput` on wasm, and TF.js's own. */
export function conv2dBackpropInputConfigs(): {configs: KernelConfig[]; fallbacks: KernelConfig[]} {
  const fallback = getKernel(Conv2DBackpropInput, "wasm");
  if (!fallback) throw new Error("TF.js's wasm backend has no Conv2DBackpropInput kernel to fall back on");
  const kernelFunc = (args: BackpropInputArgs): TensorInfo => {
    const {strides, pad, dataFormat, dimRoundingMode, inputShape} = args.attrs;
    const info = backend_util.computeConv2DInfo(
      inputShape,
      args.inputs.filter.shape as [number, number, number, number],
      strides, 1, pad, dimRoundingMode, false,
      backend_util.convertConv2DDataFormat(dataFormat)
    );
    if (!isSupported(info, args.backend)) return fallback.kernelFunc(args as never) as TensorInfo;
    return runConv2dBackpropInput(args.backend, args.inputs.dy, args.inputs.filter, info);
  };
  const config: KernelConfig = {
    kernelName: Conv2DBackpropInput,
    backendName: "wasm",
    kernelFunc: kernelFunc as unknown as KernelFunc,
    setupFunc: fallback.setupFunc
  };
  return {configs: [config], fallbacks: [fallback]};
}
