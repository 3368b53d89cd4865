/**
 * An esbuild plugin for bundles that run in the browser: replaces `src/engine/kernels/kernelBinary.ts` (which
 * compiles the AssemblyScript kernels in Node) with a module that embeds the compiled binaries (plain and
 * shared-memory variants, base64), so a worker never reaches the compiler. Used by `scripts/bundle.ts` and
 * the benchmark's page.
 */
import type {Plugin} from "esbuild";
import {join} from "node:path";
import {compileKernels} from "../src/engine/kernels/compileKernels.ts";

export async function kernelBinaryPlugin(): Promise<Plugin> {
  const plain = Buffer.from(await compileKernels({isShared: false})).toString("base64");
  const shared = Buffer.from(await compileKernels({isShared: true})).toString("base64");
  const contents = `const PLAIN = "${plain}";
const SHARED = "${shared}";
export async function kernelBinary(isShared) {
  const text = atob(isShared ? SHARED : PLAIN);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}`;
  return {
    name: "kernel-binary",
    setup(build) {
      build.onResolve({filter: /\/kernelBinary\.ts$/}, (args) => ({path: join(args.resolveDir, args.path), namespace: "kernel-binary"}));
      build.onLoad({filter: /.*/, namespace: "kernel-binary"}, () => ({contents, loader: "js"}));
    }
  };
}
