/**
 * `Identity` for the wasm backend without the copy. TF.js's autodiff clones every tensor a gradient needs
 * (each convolution's input, each BatchNorm's input and output…) through this kernel, and the wasm backend's
 * own copies the bytes every time: ~480 copies per step of a 56-layer net. Tensors are immutable, so, like
 * the cpu backend's Identity and the wasm backend's own Reshape, this one shares the data and counts a
 * reference.
 */
import {getKernel, Identity} from "@tensorflow/tfjs-core";
import type {KernelConfig, KernelFunc, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";

/** Our config and TF.js's own (strings still go to TF.js's). */
export function identityConfigs(): {configs: KernelConfig[]; fallbacks: KernelConfig[]} {
  const fallback = getKernel(Identity, "wasm");
  if (!fallback) throw new Error("TF.js's wasm backend has no Identity kernel to fall back on");
  const kernelFunc = (args: {inputs: {x: TensorInfo}; backend: BackendWasm}): TensorInfo => {
    const {x} = args.inputs;
    if (x.dtype === "string") return fallback.kernelFunc(args as never) as TensorInfo;
    args.backend.incRef(x.dataId);
    return {dataId: x.dataId, shape: x.shape, dtype: x.dtype};
  };
  return {
    configs: [{kernelName: Identity, backendName: "wasm", kernelFunc: kernelFunc as unknown as KernelFunc, setupFunc: fallback.setupFunc}],
    fallbacks: [fallback]
  };
}
