/**
 * Where the compiled kernels come from. In Node (tests, CLIs) they are compiled from `assembly/` on first use
 * and cached. `scripts/bundle.ts` replaces this module in the worker bundle with one that embeds the binaries,
 * so browser code never reaches the compiler.
 */

/**
 * The kernels' wasm binary: `isShared` imports a shared memory (TF.js's threaded build), `isRelaxed` uses
 * relaxed SIMD (fused multiply-add; the caller checks the engine supports it with WebAssembly.validate).
 */
export async function kernelBinary(isShared: boolean, isRelaxed: boolean): Promise<Uint8Array> {
  const {compileKernels} = await import("./compileKernels.js");
  return compileKernels({isShared, isRelaxed});
}
