/**
 * Splitting a convolution kernel over threads. Every call goes through `dispatch`: it writes the op, the
 * geometry and the arguments into a control block in the backend's memory and runs `runTask(ctrl, t)` of
 * `assembly/parallel.ts` for each thread t — on helper workers when the backend's memory is shared (TF.js's
 * threaded build, in a cross-origin-isolated page) and this code runs in a worker (which may block on
 * Atomics.wait), otherwise all on the calling thread. Helpers are plain workers, each with its own instance
 * of the kernel module on the same memory; they sleep in Atomics.wait between calls.
 */
import type {KernelExports} from "./kernelModule.js";

/** Ops of `runTask`. */
export const OP_FORWARD = 1;
export const OP_BACKPROP_INPUT = 2;
export const OP_BACKPROP_FILTER = 3;

/** Words of the control block (see assembly/parallel.ts). */
export const CONTROL_WORDS = 32;
const GENERATION = 0;
const DONE = 1;

/** Argument names, in the control block's order from word 17. */
const ARGS = ["src", "weights", "ldw", "out", "bias", "relu", "panel", "panelStride", "chunk", "ldOut", "partials", "padded"] as const;
export type KernelArgs = Partial<Record<(typeof ARGS)[number], number>>;

/** One kernel call: op, the 13 geometry numbers (setGeometry's order) and arguments. */
export interface KernelCall {
  op: number;
  geometry: number[];
  args: KernelArgs;
}

/** The code of a helper worker: instantiate the module on the shared memory, then run tasks forever. */
const HELPER_SOURCE = `
onmessage = (event) => {
  const {module, memory, ctrl, index} = event.data;
  const {runTask} = new WebAssembly.Instance(module, {env: {memory}}).exports;
  const words = new Int32Array(memory.buffer, ctrl, 2);
  let generation = Atomics.load(words, ${GENERATION});
  postMessage("ready");
  for (;;) {
    Atomics.wait(words, ${GENERATION}, generation);
    generation = Atomics.load(words, ${GENERATION});
    runTask(ctrl, index);
    Atomics.add(words, ${DONE}, 1);
    Atomics.notify(words, ${DONE});
  }
};`;

/** Helper workers sharing the backend's memory. */
export class ThreadPool {
  private constructor(readonly helpers: Worker[]) {}

  /** Whether helpers can run here: shared memory, a worker thread, more than one core. */
  static isPossible(memory: WebAssembly.Memory): boolean {
    const scope = globalThis as {WorkerGlobalScope?: unknown; navigator?: {hardwareConcurrency?: number}};
    return (
      typeof SharedArrayBuffer !== "undefined" &&
      memory.buffer instanceof SharedArrayBuffer &&
      typeof scope.WorkerGlobalScope !== "undefined" &&
      typeof Worker !== "undefined" &&
      (scope.navigator?.hardwareConcurrency ?? 1) > 1
    );
  }

  /** Starts `count` helpers; resolves once every one has instantiated the module. */
  static async start(module: WebAssembly.Module, memory: WebAssembly.Memory, ctrl: number, count: number): Promise<ThreadPool> {
    const url = URL.createObjectURL(new Blob([HELPER_SOURCE], {type: "text/javascript"}));
    const helpers = Array.from({length: count}, () => new Worker(url));
    await Promise.all(
      helpers.map(
        (helper, i) =>
          new Promise<void>((resolve, reject) => {
            helper.onmessage = () => resolve();
            helper.onerror = (event) => reject(new Error(`kernel helper failed: ${event.message}`));
            helper.postMessage({module, memory, ctrl, index: i + 1});
          })
      )
    );
    URL.revokeObjectURL(url);
    return new ThreadPool(helpers);
  }

  /** Wakes the helpers for the call already written at ctrl, runs thread 0's share, waits for the rest. */
  run(kernels: KernelExports, buffer: ArrayBufferLike, ctrl: number): void {
    const words = new Int32Array(buffer, ctrl, 2);
    Atomics.store(words, DONE, 0);
    Atomics.add(words, GENERATION, 1);
    Atomics.notify(words, GENERATION);
    kernels.runTask(ctrl, 0);
    for (let done = Atomics.load(words, DONE); done < this.helpers.length; done = Atomics.load(words, DONE)) {
      Atomics.wait(words, DONE, done);
    }
  }

  terminate(): void {
    for (const helper of this.helpers) helper.terminate();
  }
}

/**
 * Writes `call` into the control block at ctrl for `threads` threads; `isDynamic`: threads take images from
 * a shared counter (real threads) instead of a fixed share each (one thread, or shares run in turn).
 */
export function writeCall(buffer: ArrayBufferLike, ctrl: number, call: KernelCall, threads: number, isDynamic: boolean): void {
  const words = new Int32Array(buffer, ctrl, CONTROL_WORDS);
  words[2] = call.op;
  words[3] = threads;
  words.set(call.geometry, 4);
  ARGS.forEach((name, i) => (words[17 + i] = call.args[name] ?? 0));
  words[29] = 0;
  words[30] = isDynamic ? 1 : 0;
}
