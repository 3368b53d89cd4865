/**
 * Gradient probes: ‖∂L/∂x_l‖ at the input of every unit, and the two terms of the gradient identity.
 *
 * A probe p_l is a zero tensor added to x_l in the forward pass (see `ForwardOptions.probes`); ∂L/∂p_l = ∂L/∂x_l,
 * where L is the mean cross-entropy of the mini-batch and x_l the whole batch tensor `[batch, ...]`. Norms are
 * Frobenius norms over the batch tensor.
 *
 * The identity (He et al. 2016, eq. 5). Within a run of units l … L−1 whose shortcuts are identities,
 * x_L = x_l + Σ_{i=l}^{L−1} F(x_i) for pre-activation units, hence
 *   ∂L/∂x_l = ∂L/∂x_L + ∂L/∂x_L · ∂(Σ F)/∂x_l.
 * For each such unit l we report, with L the end of its run (the input of the next unit whose shortcut is not an
 * identity, or of the head):
 *   direct   = ‖∂L/∂x_L‖               — the gradient carried straight down the shortcuts;
 *   residual = ‖∂L/∂x_l − ∂L/∂x_L‖     — what the residual branches add.
 * Exact for pre-activation units (nothing after the addition). For original units x_{i+1} = ReLU(x_i + F(x_i)),
 * so x_L ≠ x_l + Σ F: the shortcut path is masked by the ReLUs and "residual" also holds that masking — an
 * approximation, flagged by `isExact: false`.
 */
import * as tf from "@tensorflow/tfjs-core";
import type {Model} from "../model/types.js";

/** The two terms of the identity at the input of one unit. */
export interface IdentityTerms {
  /** l: the unit whose input x_l this is. */
  unit: number;
  /** L: the probe x_L the run of identity shortcuts reaches (a unit index, or `units.length` for the head). */
  to: number;
  /** ‖∂L/∂x_l‖. */
  total: number;
  /** ‖∂L/∂x_L‖: the shortcuts' direct term. */
  direct: number;
  /** ‖∂L/∂x_l − ∂L/∂x_L‖: the residual branches' term. */
  residual: number;
  /** True when the decomposition is exact (pre-activation units); false for original units (ReLU after the addition). */
  isExact: boolean;
}

/** The (l, L) pairs of a model: every unit with an identity shortcut and the end of its run. Empty for plain nets. */
export function identityPairs(model: Model): Array<{unit: number; to: number}> {
  const units = model.units;
  const pairs: Array<{unit: number; to: number}> = [];
  units.forEach((unit, l) => {
    if (!unit.hasIdentityShortcut) return;
    let end = l + 1;
    while (end < units.length && units[end].hasIdentityShortcut) end++;
    pairs.push({unit: l, to: end});
  });
  return pairs;
}

/** Zero probes for a batch of `batch` examples: one per unit input and one for the head. */
export function createProbes(model: Model, batch: number): tf.Tensor[] {
  return model.probeShapes().map((shape) => tf.zeros([batch, ...shape]));
}

/**
 * The numbers a snapshot reads from the probe gradients, packed in one vector:
 * [‖g_0‖ … ‖g_U‖, ‖g_{l_1} − g_{L_1}‖, …] with g_l = ∂L/∂x_l and the pairs of `identityPairs`.
 */
export function probeReadout(probeGrads: readonly tf.Tensor[], pairs: ReadonlyArray<{unit: number; to: number}>): tf.Tensor1D {
  return tf.tidy(() => {
    const norms = probeGrads.map((g) => tf.norm(g));
    const differences = pairs.map(({unit, to}) => tf.norm(tf.sub(probeGrads[unit], probeGrads[to])));
    return tf.stack([...norms, ...differences]) as tf.Tensor1D;
  });
}

/** Unpacks `probeReadout`'s values into per-unit norms and identity terms. */
export function unpackProbeReadout(
  values: ArrayLike<number>,
  unitCount: number,
  pairs: ReadonlyArray<{unit: number; to: number}>,
  isExact: boolean
): {gradNorms: number[]; identity: IdentityTerms[]} {
  const gradNorms = Array.from({length: unitCount + 1}, (_, i) => values[i]);
  const identity = pairs.map(({unit, to}, i) => ({
    unit,
    to,
    total: gradNorms[unit],
    direct: gradNorms[to],
    residual: values[unitCount + 1 + i],
    isExact
  }));
  return {gradNorms, identity};
}
