import {describe, expect, it} from "vitest";
import {assertNoDataSegments, compileKernels} from "../../../src/engine/kernels/compileKernels.ts";
import {hasRelaxedSimd} from "../../../src/engine/kernels/kernelModule.ts";

/** (module (memory 1) (data (i32.const 0) "*")): a module that would write into the memory it is given. */
const WITH_DATA = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 3, 1, 0, 1, 11, 7, 1, 0, 65, 0, 11, 1, 42]);

describe("the kernel module's binary", () => {
  it("is refused when it has a data segment (it runs inside TF.js's memory)", () => {
    expect(WebAssembly.validate(WITH_DATA)).toBe(true);
    expect(() => assertNoDataSegments(WITH_DATA)).toThrow(/data segment/);
  });

  it("compiles from assembly/ to a module that imports its memory and initialises none of it", async () => {
    const binary = await compileKernels({isShared: false, isRelaxed: hasRelaxedSimd()});
    expect(() => assertNoDataSegments(binary)).not.toThrow();
    const module = new WebAssembly.Module(binary as BufferSource);
    expect(WebAssembly.Module.imports(module)).toEqual([{module: "env", name: "memory", kind: "memory"}]);
    expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(expect.arrayContaining(["runTask", "batchNormForward", "batchNormBackward"]));
  });
});
