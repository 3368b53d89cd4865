/**
 * Node only: compiles the AssemblyScript kernels in `assembly/` with the `assemblyscript` npm package
 * (offline) and caches the binaries under `node_modules/.cache/kernels/`, keyed by a hash of the sources and
 * flags, so tests and CLIs always run the kernels that match the sources. `scripts/bundle.ts` uses the same
 * function to embed the binaries in the worker bundle. Never imported by browser code.
 */
import {createHash} from "node:crypto";
import {mkdir, readdir, readFile, rename, writeFile} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const SOURCE_DIR = join(ROOT, "assembly");
const CACHE_DIR = join(ROOT, "node_modules/.cache/kernels");

/**
 * Which binary: `isShared` imports a shared memory (TF.js's threaded build); `isRelaxed` uses relaxed SIMD's
 * fused multiply-add (engines that support it: Chromium ≥ 114, not Node 20).
 */
export interface KernelVariant {
  isShared: boolean;
  isRelaxed: boolean;
}

/** Compiler flags of a variant. */
export function compilerFlags({isShared, isRelaxed}: KernelVariant): string[] {
  // Threads (atomics) in both: runTask's image counter; on an unshared memory atomics are plain accesses.
  const flags = ["-O3", "--runtime", "stub", "--noAssert", "--enable", "simd", "--enable", "threads", "--importMemory", "--initialMemory", "0"];
  if (isShared) flags.push("--sharedMemory", "--maximumMemory", "65536");
  if (isRelaxed) flags.push("--enable", "relaxed-simd");
  return flags;
}

async function sourceHash(variant: KernelVariant): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(SOURCE_DIR)).filter((file) => file.endsWith(".ts")).sort();
  for (const file of files) hash.update(file).update(await readFile(join(SOURCE_DIR, file)));
  const {version} = JSON.parse(await readFile(join(ROOT, "node_modules/assemblyscript/package.json"), "utf8"));
  hash.update(compilerFlags(variant).join(" ")).update(version);
  return hash.digest("hex").slice(0, 16);
}

/** Compiles `assembly/index.ts` to a wasm binary (no cache). Throws with the compiler's messages on error. */
export async function compileKernelSources(variant: KernelVariant): Promise<Uint8Array> {
  const asc = await import("assemblyscript/asc");
  let binary: Uint8Array | null = null;
  let messages = "";
  const {error} = await asc.main([join(SOURCE_DIR, "index.ts"), ...compilerFlags(variant), "--outFile", "kernels.wasm"], {
    writeFile: (name, contents) => {
      if (name.endsWith(".wasm")) binary = contents as Uint8Array;
    },
    stdout: {write: (text: string) => ((messages += text), true)} as never,
    stderr: {write: (text: string) => ((messages += text), true)} as never
  });
  if (error || !binary) throw new Error(`AssemblyScript failed to compile assembly/: ${error?.message ?? ""}\n${messages}`);
  assertNoDataSegments(binary);
  return binary;
}

/**
 * The module runs inside TF.js's memory, so it must not initialise any of it: fail if the binary has a data
 * section with segments (section id 11).
 */
export function assertNoDataSegments(binary: Uint8Array): void {
  let offset = 8;
  const leb = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = binary[offset++];
      value |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return value >>> 0;
    }
  };
  while (offset < binary.length) {
    const id = binary[offset++];
    const size = leb();
    const end = offset + size;
    if (id === 11 && leb() > 0) throw new Error("the kernels' wasm has a data segment: it would overwrite TF.js's memory");
    offset = end;
  }
}

/** The compiled kernels, from the cache when the sources are unchanged. */
export async function compileKernels(variant: KernelVariant): Promise<Uint8Array> {
  const name = `kernels-${variant.isShared ? "shared-" : ""}${variant.isRelaxed ? "relaxed-" : ""}${await sourceHash(variant)}.wasm`;
  const file = join(CACHE_DIR, name);
  const cached = await readFile(file).catch(() => null);
  if (cached) return new Uint8Array(cached);
  const binary = await compileKernelSources(variant);
  await mkdir(CACHE_DIR, {recursive: true});
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, binary);
  await rename(temporary, file);
  return binary;
}
