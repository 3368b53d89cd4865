/**
 * `Conv2DBackpropFilter` for the wasm backend, which TF.js lacks (tfjs#8474): the gradient of a 2-D
 * convolution with respect to its filter,
 *
 *   dW[r, c, i, o] = Σ_{b, y, x} X[b, y·sh + r − padTop, x·sw + c − padLeft, i] · dY[b, y, x, o]
 *
 * with X: [batch, inHeight, inWidth, inChannels], dY: [batch, outHeight, outWidth, outChannels] and
 * dW: [filterHeight, filterWidth, inChannels, outChannels]; taps that fall in the padding contribute zero.
 * The SIMD kernel (`assembly/filterGradient.ts`) computes it when the kernel module is available; the plain
 * TypeScript reference here is the fallback (and what M1 shipped).
 */
import {backend_util, Conv2DBackpropFilter} from "@tensorflow/tfjs-core";
import type {Conv2DBackpropFilterAttrs, Conv2DBackpropFilterInputs, KernelConfig, KernelFunc, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import {allocPanels, geometryOf, isSupported, paddedScratch, roundUp8, setGeometry} from "./convGeometry.js";
import type {ConvInfo} from "./convGeometry.js";
import {dispatch, kernelsFor, Scratch, threadCount} from "./kernelModule.js";
import {OP_BACKPROP_FILTER} from "./kernelThreads.js";
import {heapOffset, makeOutput, viewF32} from "./wasmTensors.js";

/** Computes the convolution geometry of a `Conv2DBackpropFilter` call; throws on channels-first data. */
export function backpropFilterInfo(xShape: number[], attrs: Conv2DBackpropFilterAttrs): ConvInfo {
  const {strides, pad, dataFormat, dimRoundingMode, filterShape} = attrs;
  const format = backend_util.convertConv2DDataFormat(dataFormat);
  const info = backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    format
  );
  if (info.dataFormat !== "channelsLast") throw new Error("Conv2DBackpropFilter on wasm supports NHWC only");
  return info;
}

/**
 * Reference implementation in plain TypeScript, accumulating in float64: dW (length fh·fw·ci·co) from
 * x and dy laid out as described at the top of this file.
 */
export function conv2dBackpropFilterReference(x: Float32Array, dy: Float32Array, info: ConvInfo, dW: Float32Array): void {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels} = info;
  const {strideHeight, strideWidth, filterHeight, filterWidth} = info;
  const {top, left} = info.padInfo;
  const acc = new Float64Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < batchSize; b++) {
    for (let y = 0; y < outHeight; y++) {
      for (let xo = 0; xo < outWidth; xo++) {
        const dyBase = ((b * outHeight + y) * outWidth + xo) * outChannels;
        for (let r = 0; r < filterHeight; r++) {
          const row = y * strideHeight + r - top;
          if (row < 0 || row >= inHeight) continue;
          for (let c = 0; c < filterWidth; c++) {
            const col = xo * strideWidth + c - left;
            if (col < 0 || col >= inWidth) continue;
            const xBase = ((b * inHeight + row) * inWidth + col) * inChannels;
            const wBase = (r * filterWidth + c) * inChannels * outChannels;
            for (let i = 0; i < inChannels; i++) {
              const xv = x[xBase + i];
              if (xv === 0) continue;
              const wRow = wBase + i * outChannels;
              for (let o = 0; o < outChannels; o++) acc[wRow + o] += xv * dy[dyBase + o];
            }
          }
        }
      }
    }
  }
  dW.set(acc);
}

/** dW of a convolution with geometry `info` by the SIMD kernel, on the wasm heap. */
export function runConv2dBackpropFilter(backend: BackendWasm, x: TensorInfo, dy: TensorInfo, info: ConvInfo): TensorInfo {
  const kernels = kernelsFor(backend);
  const scratch = new Scratch(backend);
  const out = makeOutput(backend, info.filterShape);
  const {inChannels: inC, outChannels: outC, filterHeight: fh, filterWidth: fw} = info;
  const patchWidth = fh * fw * inC;
  const ld = roundUp8(outC);
  try {
    const rows = info.batchSize * info.outHeight * info.outWidth;
    let dyAt = heapOffset(backend, dy);
    if (ld !== outC) {
      const padded = scratch.alloc(rows * ld);
      kernels.padRows(dyAt, padded, rows, outC, ld);
      dyAt = padded;
    }
    const dw = scratch.alloc(patchWidth * ld);
    const geometry = geometryOf(info);
    setGeometry(kernels, geometry);
    const padded = paddedScratch(kernels, scratch);
    const threads = threadCount(backend);
    // One dW buffer per run of images, added in run order: the same sum whatever thread took which run.
    const runs = kernels.filterRanges();
    const partials = runs > 1 ? scratch.alloc((runs - 1) * patchWidth * ld) : 0;
    const args = {src: heapOffset(backend, x), padded, weights: dyAt, ldw: ld, out: dw, ldOut: ld, partials, ...allocPanels(scratch, patchWidth, threads)};
    dispatch(backend, {op: OP_BACKPROP_FILTER, geometry, args}, threads);
    if (runs > 1) kernels.sumPartials(dw, partials, runs - 1, patchWidth * ld);
    kernels.unpadRows(dw, heapOffset(backend, out), patchWidth, outC, ld);
  } finally {
    scratch.release();
  }
  return out;
}

interface BackpropFilterArgs {
  inputs: Conv2DBackpropFilterInputs;
  backend: BackendWasm;
  attrs: Conv2DBackpropFilterAttrs;
}

function conv2dBackpropFilter({inputs, backend, attrs}: BackpropFilterArgs, isSimdAllowed: boolean): TensorInfo {
  const x = inputs.x as TensorInfo;
  const dy = inputs.dy as TensorInfo;
  const info = backpropFilterInfo(x.shape, attrs);
  if (isSimdAllowed && isSupported(info, backend)) return runConv2dBackpropFilter(backend, x, dy, info);
  const out = makeOutput(backend, info.filterShape);
  conv2dBackpropFilterReference(viewF32(backend, x), viewF32(backend, dy), info, viewF32(backend, out));
  return out;
}

/** Kernel registration for the wasm backend: the SIMD kernel, or the reference when it is unavailable. */
export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: "wasm",
  kernelFunc: ((args: BackpropFilterArgs) => conv2dBackpropFilter(args, true)) as unknown as KernelFunc
};

/** The plain TypeScript kernel only (the "before" of the benchmarks). */
export const conv2dBackpropFilterReferenceConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: "wasm",
  kernelFunc: ((args: BackpropFilterArgs) => conv2dBackpropFilter(args, false)) as unknown as KernelFunc
};
