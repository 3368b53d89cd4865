/** Shared helpers of the engine tests: the cpu backend, parameter read-outs, norms and finite differences. */
import {initBackend} from "../../src/engine/backend.ts";
import type {Model} from "../../src/engine/model/types.ts";
import type {ReferenceParams} from "../../src/engine/reference/mlp.ts";

/** Activates the cpu backend (with gradients registered); the deterministic reference backend of the tests. */
export async function useCpu(): Promise<void> {
  const report = await initBackend({preference: "cpu"});
  if (report.backend !== "cpu") throw new Error(report.reason);
}

/** A model's parameters as plain arrays by name (the reference implementations' input). */
export function readParams(model: Model): ReferenceParams {
  return Object.fromEntries(model.params.map((param) => [param.name, {shape: param.variable.shape, values: Array.from(param.variable.dataSync())}]));
}

/** Euclidean norm of a nested array of numbers. */
export function norm(values: number[][] | number[]): number {
  return Math.sqrt((values.flat() as number[]).reduce((s, v) => s + v * v, 0));
}

/** ‖a − b‖ for two arrays of the same shape. */
export function distance(a: number[][] | number[], b: number[][] | number[]): number {
  const fb = b.flat() as number[];
  return Math.sqrt((a.flat() as number[]).reduce((s, v, i) => s + (v - fb[i]) ** 2, 0));
}
