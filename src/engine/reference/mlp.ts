/**
 * The engine's MLP (see src/engine/model/mlp.ts) written again in plain float64 arrays on the reference `Tape`:
 * the same stem, units (original or pre-activation, residual or plain, with or without BatchNorm in training mode)
 * and head, reading the same named parameters. It computes the loss and ∂L/∂x_l at every unit input and at the
 * head's input, which the tests compare with the TF.js probes and with finite differences. No TF.js import.
 */
import type {MlpSpec} from "../spec.js";
import {Tape, type Node} from "./tape.js";

/** Parameter values by the engine's names ("stem.fc.weight", "unit0.bn1.scale", …), row-major as in TF.js. */
export type ReferenceParams = Record<string, {shape: number[]; values: ArrayLike<number>}>;

/** BatchNorm's ε, as in the engine. */
const EPSILON = 1e-5;

/** The loss, the gradients at the probe points x_0 … x_U (each `[batch, width]`) and ∂L/∂θ for every parameter by name. */
export interface ReferenceResult {
  loss: number;
  logits: number[][];
  probeGrads: number[][][];
  /** x_0 … x_U themselves (after any probe offset). */
  probeValues: number[][][];
  /** F(x_l) of every unit l, `[batch, width]`. */
  branchOutputs: number[][][];
  paramGrads: Record<string, number[][]>;
}

function matrix(param: {shape: number[]; values: ArrayLike<number>}): number[][] {
  const [rows, cols] = param.shape.length === 1 ? [1, param.shape[0]] : param.shape;
  return Array.from({length: rows}, (_, r) => Array.from({length: cols}, (_, c) => param.values[r * cols + c]));
}

/**
 * Forward and backward pass of `spec` on inputs `x` `[batch, inputDim]` with integer `labels`; `probeOffsets`
 * (optional, one `[batch, width]` matrix per probe point) are added at the probe points, for finite differences.
 */
export function referenceMlp(spec: MlpSpec, params: ReferenceParams, x: number[][], labels: ArrayLike<number>, probeOffsets?: number[][][]): ReferenceResult {
  const tape = new Tape();
  const leaves: Record<string, Node> = {};
  const leaf = (name: string): Node => {
    if (!params[name]) throw new Error(`missing parameter ${name}`);
    return (leaves[name] = tape.leaf(matrix(params[name])));
  };
  const optional = (name: string): Node | null => (params[name] ? leaf(name) : null);
  const dense = (h: Node, name: string) => tape.dense(h, leaf(`${name}.weight`), optional(`${name}.bias`));
  const norm = (h: Node, name: string) => (spec.batchNorm ? tape.batchNorm(h, leaf(`${name}.scale`), leaf(`${name}.shift`), EPSILON) : h);
  const probes: Node[] = [];
  const probeValues: number[][][] = [];
  const branchOutputs: number[][][] = [];
  const probe = (h: Node) => {
    const p = tape.leaf(probeOffsets?.[probes.length] ?? h.value.map((row) => row.map(() => 0)));
    probes.push(p);
    const shifted = tape.add(h, p);
    probeValues.push(shifted.value);
    return shifted;
  };
  let h = dense(tape.leaf(x), "stem.fc");
  if (!spec.preActivation) h = tape.relu(norm(h, "stem.bn"));
  for (let u = 0; u < spec.units; u++) {
    h = probe(h);
    const name = `unit${u}`;
    const f = spec.preActivation
      ? dense(tape.relu(norm(dense(tape.relu(norm(h, `${name}.bn1`)), `${name}.fc1`), `${name}.bn2`)), `${name}.fc2`)
      : norm(dense(tape.relu(norm(dense(h, `${name}.fc1`), `${name}.bn1`)), `${name}.fc2`), `${name}.bn2`);
    branchOutputs.push(f.value);
    const sum = spec.isResidual ? tape.add(h, f) : f;
    h = spec.preActivation ? sum : tape.relu(sum);
  }
  h = probe(h);
  if (spec.preActivation) h = tape.relu(norm(h, "head.bn"));
  const logits = dense(h, "head.classifier");
  const loss = tape.crossEntropy(logits, labels);
  tape.backward();
  const paramGrads = Object.fromEntries(Object.entries(leaves).map(([name, node]) => [name, node.grad]));
  return {loss, logits: logits.value, probeGrads: probes.map((p) => p.grad), probeValues, branchOutputs, paramGrads};
}
