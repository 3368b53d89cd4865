/**
 * The gradient-flow lab's numbers as rows: ‖∂L/∂x_l‖ per unit input for each net at one snapshot, the identity's
 * two terms for the residual net, the steps both runs have reached, and the few figures the text quotes. Pure:
 * no DOM. (Snapshot fields: docs/engine.md, "Snapshot fields"; the terms: "Gradient probes and the identity's two terms".)
 */
import type {Snapshot} from "../../engine/train/snapshot.js";

/** A run as the lab sees it: an id ("plain" / "residual") and its snapshots so far, step 0 first. */
export interface FlowTrace {
  id: string;
  snapshots: readonly Snapshot[];
  /** The run has stopped early (diverged, failed or cancelled): it will take no more snapshots. */
  hasStopped?: boolean;
}

/** ‖∂L/∂x_l‖ of one net at one step. `unit` l = 0 … U−1 is a unit's input, l = U the head's input. */
export type GradientRow = {net: string; step: number; unit: number; isHead: boolean; norm: number};

/** The identity's terms at one unit l of the residual net (see `IdentityTerms` in the engine). */
export type IdentityRow = {step: number; unit: number; to: number; total: number; direct: number; residual: number; isExact: boolean};

/** The snapshot of a trace at `step`, or undefined. */
export function snapshotAt(trace: FlowTrace | undefined, step: number): Snapshot | undefined {
  return trace?.snapshots.find((snapshot) => snapshot.step === step);
}

/**
 * Steps the scrubber can show, in order: those at which every run has a snapshot with gradients. The twins take
 * their snapshots at the same steps but train on separate workers, so one may be ahead: its newer steps wait for
 * the other. A run that stopped early (diverged) does not hold the other back beyond its last step.
 */
export function measuredSteps(traces: readonly FlowTrace[]): number[] {
  const measured = traces.map((trace) => new Set(trace.snapshots.filter((s) => s.gradNorms).map((s) => s.step)));
  const candidates = new Set(measured.flatMap((steps) => [...steps]));
  const isShown = (step: number) =>
    traces.every((trace, i) => measured[i].has(step) || (trace.hasStopped === true && (trace.snapshots.at(-1)?.step ?? 0) < step));
  return [...candidates].filter(isShown).sort((a, b) => a - b);
}

/** One row per probe point of one net at one step (nothing when not measured); non-finite norms are kept out. */
export function gradientRows(net: string, snapshot: Snapshot | undefined): GradientRow[] {
  const norms = snapshot?.gradNorms;
  if (!snapshot || !norms) return [];
  return norms.flatMap((norm, unit) =>
    Number.isFinite(norm) && norm > 0 ? [{net, step: snapshot.step, unit, isHead: unit === norms.length - 1, norm}] : []
  );
}

/** The identity's terms of a residual snapshot, one row per unit with an identity shortcut. */
export function identityRows(snapshot: Snapshot | undefined): IdentityRow[] {
  if (!snapshot?.identity) return [];
  return snapshot.identity.map((terms) => ({step: snapshot.step, ...terms}));
}

/** Figures of one net's gradient profile at one step, relative to the head's input (x_U). */
export interface ProfileFigures {
  /** ‖∂L/∂x_0‖ / ‖∂L/∂x_U‖: how much the gradient grew (> 1) or shrank (< 1) from the head down to the first unit. */
  firstOverHead: number;
  /** min_l ‖∂L/∂x_l‖ / ‖∂L/∂x_U‖: the weakest gradient anywhere in the stack, relative to the head's. */
  minOverHead: number;
  /** The unit where that minimum is. */
  minUnit: number;
}

/** The profile figures of a snapshot, or null without finite gradients or with none at the head. */
export function profileFigures(snapshot: Snapshot | undefined): ProfileFigures | null {
  const norms = snapshot?.gradNorms;
  if (!norms || norms.length < 2 || !norms.every(Number.isFinite)) return null;
  const head = norms[norms.length - 1];
  if (head <= 0) return null;
  let minUnit = 0;
  norms.forEach((norm, unit) => {
    if (norm < norms[minUnit]) minUnit = unit;
  });
  return {firstOverHead: norms[0] / head, minOverHead: norms[minUnit] / head, minUnit};
}

/** A positive number in a short readable form: 0.00012 → "1.2·10⁻⁴", 3.4 → "3.4", 420000 → "4.2·10⁵". */
export function formatMagnitude(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent <= 3) return String(Number(value.toPrecision(2)));
  const mantissa = (value / 10 ** exponent).toFixed(1);
  const superscript = String(exponent).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
  return `${mantissa}·10${superscript}`;
}
