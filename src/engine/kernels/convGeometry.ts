/**
 * Convolution geometry shared by the wasm kernels: TF.js's `Conv2DInfo`, which cases the SIMD kernels handle,
 * and handing the geometry to the kernel module.
 */
import {backend_util} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";
import type {KernelExports} from "./kernelModule.js";
import {hasKernelModule} from "./kernelModule.js";
import type {Scratch} from "./kernelModule.js";

/** TF.js's geometry of one 2-D convolution. */
export type ConvInfo = backend_util.Conv2DInfo;

/** Rounds n up to a multiple of 8 (the width of a register block). */
export function roundUp8(n: number): number {
  return (n + 7) & ~7;
}

/** Whether the SIMD kernels handle this convolution: NHWC, no dilation, and the module compiled. */
export function isSupported(info: ConvInfo, backend: BackendWasm): boolean {
  return (
    info.dataFormat === "channelsLast" && info.dilationHeight === 1 && info.dilationWidth === 1 && hasKernelModule(backend)
  );
}

/** Floats of patch panel per chunk of rows: 64 KiB keeps a chunk in L2 with its weights. */
const PANEL_FLOATS = 16384;

/** Rows per chunk for patch rows of `patchWidth` floats (a multiple of 4, at least 4). */
export function chunkRows(patchWidth: number): number {
  return Math.max(4, Math.floor(PANEL_FLOATS / patchWidth) & ~3);
}

/**
 * Scratch for the zero-padded image the patch kernels read (or scatter into), 0 when the convolution is
 * pointwise and needs none. Call after setGeometry; the threads fill it, each its own images.
 */
export function paddedScratch(kernels: KernelExports, scratch: Scratch): number {
  const size = kernels.paddedSize();
  return size === 0 ? 0 : scratch.alloc(size);
}

/** The 13 numbers of the kernel module's geometry (setGeometry's order) for `info`. */
export function geometryOf(info: ConvInfo): number[] {
  return [
    info.batchSize, info.inHeight, info.inWidth, info.inChannels,
    info.outHeight, info.outWidth, info.outChannels,
    info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth,
    info.padInfo.top, info.padInfo.left
  ];
}

/**
 * The geometry of a stride-1 backprop-input computed as a forward convolution: dY (as input) convolved with
 * the rotated filter, padded by (fh − 1 − padTop, fw − 1 − padLeft), gives dX.
 */
export function rotatedGeometryOf(info: ConvInfo): number[] {
  const {batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight: fh, filterWidth: fw} = info;
  return [batchSize, outHeight, outWidth, outChannels, inHeight, inWidth, inChannels, fh, fw, 1, 1, fh - 1 - info.padInfo.top, fw - 1 - info.padInfo.left];
}

/** Sets the kernel module's geometry (on the calling thread's instance). */
export function setGeometry(kernels: KernelExports, geometry: number[]): void {
  (kernels.setGeometry as (...values: number[]) => void)(...geometry);
}

/** Scratch for `threads` patch panels of `chunk` rows × `patchWidth` floats: the base and the byte stride. */
export function allocPanels(scratch: Scratch, patchWidth: number, threads: number): {panel: number; panelStride: number; chunk: number} {
  const chunk = chunkRows(patchWidth);
  const floats = (chunk * patchWidth + 15) & ~15;
  return {panel: scratch.alloc(floats * threads), panelStride: floats * 4, chunk};
}
