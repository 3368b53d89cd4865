/**
 * Views of TF.js tensors that live on the wasm backend's heap. A kernel registered for the `wasm` backend
 * receives `TensorInfo`s whose bytes sit in the backend's WebAssembly memory; these helpers give typed views
 * of those bytes (no copy) and allocate outputs there.
 */
import type {DataType, TensorInfo} from "@tensorflow/tfjs-core";
import type {BackendWasm} from "@tensorflow/tfjs-backend-wasm";

/** A float32 view of a tensor's bytes on the wasm heap (valid until the heap grows). */
export function viewF32(backend: BackendWasm, tensor: TensorInfo): Float32Array {
  if (tensor.dtype !== "float32") throw new Error(`expected a float32 tensor, got ${tensor.dtype}`);
  return backend.typedArrayFromHeap(tensor) as Float32Array;
}

/** Allocates an output tensor on the wasm heap; its contents are undefined until written. */
export function makeOutput(backend: BackendWasm, shape: number[], dtype: DataType = "float32"): TensorInfo {
  return backend.makeOutput(shape, dtype);
}

/** The byte offset of a tensor's data in the wasm heap. */
export function heapOffset(backend: BackendWasm, tensor: TensorInfo): number {
  return backend.dataIdMap.get(tensor.dataId)!.memoryOffset;
}

/** A float32 view of `floats` words at byte offset `pointer` of the wasm heap (valid until the heap grows). */
export function heapF32(backend: BackendWasm, pointer: number, floats: number): Float32Array {
  const heap = backend.wasm as unknown as {HEAPU8: Uint8Array};
  return new Float32Array(heap.HEAPU8.buffer, pointer, floats);
}
