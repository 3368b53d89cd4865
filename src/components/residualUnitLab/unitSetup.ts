/**
 * The residual-unit lab's fixed material: one input signal and one set of dense weights, both drawn from the
 * seed, and the unit's trace as rows to draw and export. Pure: no DOM, no TF.js — the unit itself is the
 * engine's pure-array reference (`residualUnit`, src/engine/reference/residualUnit.ts).
 */
import {residualUnit, type ResidualUnitTrace, type ResidualUnitWeights} from "../../engine/reference/residualUnit.js";
import {createRng, type Rng} from "../../engine/rng.js";

/** Components of the input vector x (the bars of each panel). */
export const SIGNAL_LENGTH = 24;
/** Neurons between the branch's two dense layers. */
export const HIDDEN_WIDTH = 16;

/** Which unit: the original (ReLU after the addition) or the pre-activation one (ReLU first, nothing after). */
export type UnitKind = "original" | "preact";

/**
 * The input x: two sine waves with amplitudes and phases from the seed ("residualUnit/input" stream), so it
 * has positive and negative parts — what the original unit's final ReLU does to the negative ones is visible.
 * Length {@link SIGNAL_LENGTH}.
 */
export function labInput(seed: number): number[] {
  const rng = createRng(seed, "residualUnit/input");
  const [a, b] = [0.6 + 0.4 * rng.uniform(), 0.2 + 0.3 * rng.uniform()];
  const [phi, psi] = [2 * Math.PI * rng.uniform(), 2 * Math.PI * rng.uniform()];
  return Array.from({length: SIGNAL_LENGTH}, (_, i) => {
    const t = (2 * Math.PI * (i + 0.5)) / SIGNAL_LENGTH;
    return a * Math.sin(t + phi) + b * Math.sin(2 * t + psi);
  });
}

function normalMatrix(rng: Rng, rows: number, cols: number, std: number): number[][] {
  return Array.from({length: rows}, () => Array.from({length: cols}, () => rng.normal() * std));
}

/**
 * The branch's weights, He-initialised from the seed ("residualUnit/weights" stream): W₁ `[hidden][in]` and
 * W₂ `[in][hidden]`, each with variance 2/fan-in; biases zero. F(x) then is of the order of x (‖F(x)‖/‖x‖
 * between 0.5 and 2 for seeds 0–11) — a unit far from the identity until α shrinks it.
 */
export function labWeights(seed: number): ResidualUnitWeights {
  const rng = createRng(seed, "residualUnit/weights");
  return {
    w1: normalMatrix(rng, HIDDEN_WIDTH, SIGNAL_LENGTH, Math.sqrt(2 / SIGNAL_LENGTH)),
    b1: new Array(HIDDEN_WIDTH).fill(0),
    w2: normalMatrix(rng, SIGNAL_LENGTH, HIDDEN_WIDTH, Math.sqrt(2 / HIDDEN_WIDTH)),
    b2: new Array(SIGNAL_LENGTH).fill(0)
  };
}

/** One component i of the unit's vectors: x_i, F(x)_i, α·F(x)_i, y_i = x_i + α·F(x)_i and the output. */
export type UnitRow = {
  i: number;
  x: number;
  residual: number;
  scaledResidual: number;
  sum: number;
  output: number;
};

/** The unit's trace for one seed, α and kind. */
export function traceUnit(seed: number, alpha: number, kind: UnitKind): ResidualUnitTrace {
  return residualUnit(labInput(seed), labWeights(seed), {alpha, preActivation: kind === "preact"});
}

/** The trace as rows, one per component (what the chart draws and the CSV holds). */
export function unitRows(trace: ResidualUnitTrace, alpha: number): UnitRow[] {
  return trace.input.map((x, i) => ({
    i,
    x,
    residual: trace.residual[i],
    scaledResidual: alpha * trace.residual[i],
    sum: trace.sum[i],
    output: trace.output[i]
  }));
}

/** Summary numbers the lab prints under the chart. */
export interface UnitSummary {
  /** max_i |output_i − x_i|: 0 exactly when the unit passes x through unchanged. */
  maxDeviation: number;
  /** max_i |y_i − x_i| with y = x + α·F(x), the sum before any final ReLU: 0 at α = 0 for both kinds of unit. */
  sumDeviation: number;
  /** ‖α·F(x)‖ / ‖x‖: how much the branch changes the signal. */
  branchRatio: number;
  /** Components with x_i < 0 — where the original unit's final ReLU outputs 0 instead of x_i. */
  negativeInputs: number;
}

/** The lab's readout for a set of rows. */
export function summarizeUnit(rows: readonly UnitRow[]): UnitSummary {
  const norm = (values: number[]) => Math.hypot(...values);
  return {
    maxDeviation: Math.max(...rows.map((row) => Math.abs(row.output - row.x))),
    sumDeviation: Math.max(...rows.map((row) => Math.abs(row.sum - row.x))),
    branchRatio: norm(rows.map((row) => row.scaledResidual)) / norm(rows.map((row) => row.x)),
    negativeInputs: rows.filter((row) => row.x < 0).length
  };
}
