/**
 * The shattered-gradients measurement (Balduzzi et al. 2017): at initialisation — no training — a plain MLP and its
 * residual twin (same seed, so they share every weight) each take a line of 1-D inputs; at every input the gradient
 * of the output with respect to the input is computed, and its autocorrelation along the line. Repeated for a sweep
 * of depths. The verdict (./verdict.ts) compares the lag-1 autocorrelations at 20 layers.
 */
import {buildModel} from "../model/buildModel.js";
import {autocorrelation} from "./autocorrelation.js";
import {inputGradients} from "./inputGradient.js";
import {linePoints, SHATTERED_DEFAULTS, shatteredSpec, type ShatteredAnalysis, type ShatteredNet, type ShatteredRequest} from "./setup.js";

export * from "./setup.js";

/** Measures one net: built from the seed, its input gradients along the line, their autocorrelation. */
export function measureNet(depth: number, isResidual: boolean, request: ShatteredRequest): ShatteredNet {
  const {points, from, to, maxLag} = SHATTERED_DEFAULTS;
  const model = buildModel(shatteredSpec(depth, isResidual, request.width), {seed: request.seed});
  try {
    const gradient = inputGradients(model, linePoints(request.points ?? points, from, to));
    return {depth, isResidual, gradient, acf: autocorrelation(gradient, maxLag)};
  } finally {
    model.dispose();
  }
}

/** Every depth, plain then residual; `onProgress(done, total)` after each net. Yields to the caller between nets. */
export async function measureShattered(request: ShatteredRequest, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<ShatteredAnalysis> {
  const nets: ShatteredNet[] = [];
  const total = request.depths.length * 2;
  for (const depth of request.depths) {
    for (const isResidual of [false, true]) {
      nets.push(measureNet(depth, isResidual, request));
      await onProgress?.(nets.length, total);
    }
  }
  const {from, to} = SHATTERED_DEFAULTS;
  return {kind: "shattered", seed: request.seed, width: request.width ?? SHATTERED_DEFAULTS.width, points: request.points ?? SHATTERED_DEFAULTS.points, from, to, depths: [...request.depths], nets};
}
