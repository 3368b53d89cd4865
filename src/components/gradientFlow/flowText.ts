/**
 * The gradient-flow lab's sentences: what the charts show at the chosen step, in numbers read off the snapshots.
 * Pure: no DOM.
 */
import type {Snapshot} from "../../engine/train/snapshot.js";
import {formatMagnitude, profileFigures} from "./flowRows.js";

/** "×3.9·10⁵" or "×0.14": a ratio to the head's gradient. */
function times(value: number): string {
  return `${formatMagnitude(value)}×`;
}

/** One sentence per net on its gradient profile at this step, or why there is none. */
export function profileSentences(nets: readonly {label: string; snapshot: Snapshot | undefined; isDiverged: boolean}[]): string[] {
  return nets.map(({label, snapshot, isDiverged}) => {
    if (!snapshot) return isDiverged ? `${label}: diverged before this step.` : `${label}: no snapshot at this step yet.`;
    const figures = profileFigures(snapshot);
    if (!figures) {
      const head = snapshot.gradNorms?.at(-1);
      if (head === 0) return `${label}: the gradient is exactly zero at the head's input — every ReLU of the last layer is off for this batch, nothing flows back.`;
      return `${label}: ${isDiverged || snapshot.status === "diverged" ? "diverged — " : ""}its gradients are not finite numbers at this step.`;
    }
    const weakest = figures.minUnit === (snapshot.gradNorms!.length - 1) ? "the head's input itself" : `unit ${figures.minUnit}, ${times(figures.minOverHead)}`;
    return `${label}: at the first unit the gradient is ${times(figures.firstOverHead)} the head's; the weakest anywhere is at ${weakest}.`;
  });
}

/** The identity's terms at unit 0 and the smallest ratio total/direct over the units, in words. */
export function identitySentences(snapshot: Snapshot | undefined, isPreActivation: boolean): string[] {
  const terms = snapshot?.identity ?? [];
  const finite = terms.filter((t) => Number.isFinite(t.total) && Number.isFinite(t.direct) && Number.isFinite(t.residual));
  if (!snapshot) return ["Waiting for the residual net's first snapshot…"];
  if (finite.length === 0) return [`Step ${snapshot.step}: no finite terms to show (the run ${snapshot.status === "diverged" ? "diverged" : "has no identity shortcuts"}).`];
  const first = finite[0];
  const withDirect = finite.filter((t) => t.direct > 0);
  const floor = withDirect.length ? Math.min(...withDirect.map((t) => t.total / t.direct)) : NaN;
  const larger = finite.filter((t) => t.residual > t.direct).length;
  const lines = [
    `Step ${snapshot.step}, unit ${first.unit}: direct term ${formatMagnitude(first.direct)}, through the weights ${formatMagnitude(first.residual)}, total ${formatMagnitude(first.total)}.`,
    `The term through the weights is the larger one at ${larger} of ${finite.length} units. ` +
      (Number.isFinite(floor) ? `Yet at no unit is the total gradient below ${formatMagnitude(floor)}× the direct term.` : "")
  ];
  lines.push(
    isPreActivation
      ? "Pre-activation units: x_L = xₗ + Σ F exactly, so the split is exact."
      : "Original units: a ReLU follows every addition, so x_L ≠ xₗ + Σ F and the split is an approximation — “direct” overstates the pure shortcut path, which the ReLUs cut wherever their input is negative."
  );
  return lines;
}
