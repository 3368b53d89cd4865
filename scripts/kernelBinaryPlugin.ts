/**
 * An esbuild plugin for bundles that run in the browser: replaces `src/engine/kernels/kernelBinary.ts` (which
 * compiles the AssemblyScript kernels in Node) with a module that embeds the compiled binaries (plain and
 * shared-memory memories, with and without relaxed SIMD; base64), so a worker never reaches the compiler. Used by `scripts/bundle.ts` and
 * the benchmark's page.
 */
import type {Plugin} from "esbuild";
import {join} from "node:path";
import {compileKernels} from "../src/engine/kernels/compileKernels.ts";

export async function kernelBinaryPlugin(): Promise<Plugin> {
  const binaries: Record<string, string> = {};
  for (const isShared of [false, true]) {
    for (const isRelaxed of [false, true]) {
      binaries[`${isShared}-${isRelaxed}`] = Buffer.from(await compileKernels({isShared, isRelaxed})).toString("base64");
    }
  }
  const contents = `const BINARIES = ${JSON.stringify(binaries)};
export async function kernelBinary(isShared, isRelaxed) {
  const text = atob(BINARIES[isShared + "-" + isRelaxed]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}`;
  return {
    name: "kernel-binary",
    setup(build) {
      build.onResolve({filter: /\/kernelBinary\.(ts|js)$/}, (args) => ({path: join(args.resolveDir, args.path), namespace: "kernel-binary"}));
      build.onLoad({filter: /.*/, namespace: "kernel-binary"}, () => ({contents, loader: "js"}));
    }
  };
}
