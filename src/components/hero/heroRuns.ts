/**
 * The Overview's hero demo as plain data: a 56-layer plain MLP and its residual twin on the circles data, the deep
 * pair of the degradation experiment (the engine's presets: width 16, BatchNorm, pre-activation units, SGD lr 0.1,
 * momentum 0.9, batch 64) — the configuration whose reference runs over ten seeds are in data/degradation.json —
 * with a decision-boundary grid at every snapshot. Pure: no DOM.
 *
 * Why circles and 56 layers: measured over seeds 1–5 (Node, wasm), the residual MLP-56 misclassifies fewer than
 * 15% of its training batches by step 20 on circles while the plain one is still near chance (43–52%) and stays
 * there for 200 steps; on spirals the residual net needs 90–160 steps for the same, too long for a demo that
 * must make its point within seconds.
 */
import type {DataRequest} from "../../engine/data/request.js";
import {MLP_DEFAULTS, MLP_TRAINING} from "../../engine/experiments/presets.js";
import {mlpSpec, type MlpSpec} from "../../engine/spec.js";
import type {TrainConfig} from "../../engine/train/config.js";
import type {Snapshot} from "../../engine/train/snapshot.js";
import type {LabelledRun} from "../../session/sessionState.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {netLabel} from "../charts/curves.js";
import {HERO_TEXT} from "./text.js";

/** Units of each net: 2·27 + 2 = 56 weighted layers. */
export const HERO_UNITS = 27;
/** Optimizer steps of the demo. */
export const HERO_STEPS = 200;
/** Cells per side of the decision-boundary grid. */
export const HERO_RESOLUTION = 40;
/** Training points of the circles data (the engine's default size). */
export const HERO_TRAIN_SIZE = 1000;

/** The residual net has "learned" once at most this fraction of its recent training examples is misclassified… */
export const LEARNED_ERROR = 0.15;
/** …and the plain net has "stalled" while at least this fraction still is (chance is 0.5). */
export const STALLED_ERROR = 0.35;

/** The data both nets train on. */
export function heroData(seed: number): DataRequest & {kind: "toy"} {
  return {kind: "toy", name: "circles", seed, trainSize: HERO_TRAIN_SIZE, testSize: 500};
}

/**
 * The two runs for a seed: same data, same initial weights where they share them, only the shortcuts differ. Ids
 * "plain" and "residual"; labels the nets' names in `locale` ("plain-56", "普通-56").
 */
export function heroRuns(seed: number, locale: Locale = pageLocale()): LabelledRun<MlpSpec>[] {
  const config: Partial<TrainConfig> = {
    ...MLP_TRAINING,
    steps: HERO_STEPS,
    seed,
    snapshotEvery: 5,
    evalEvery: 0,
    measureGradients: false,
    boundary: {resolution: HERO_RESOLUTION}
  };
  return [false, true].map((isResidual) => {
    const spec = mlpSpec({units: HERO_UNITS, ...MLP_DEFAULTS, preActivation: true, isResidual});
    const id = isResidual ? "residual" : "plain";
    return {id, label: netLabel(spec, locale), spec, data: heroData(seed), config};
  });
}

/** True once the residual net has learned while the plain net has stalled (both snapshots at the same step or later). */
export function showsContrast(plain: Snapshot | undefined, residual: Snapshot | undefined): boolean {
  if (!plain || !residual || plain.step === 0 || residual.step === 0) return false;
  return residual.trainError <= LEARNED_ERROR && plain.trainError >= STALLED_ERROR;
}

/** One sentence on where the two nets stand, from their latest snapshots, in `locale`. */
export function heroStatus(plain: Snapshot | undefined, residual: Snapshot | undefined, locale: Locale = pageLocale()): string {
  const text = localized(HERO_TEXT, locale);
  if (!plain && !residual) return text.starting;
  const percent = (s: Snapshot | undefined) => (s && Number.isFinite(s.trainError) ? `${Math.round(100 * s.trainError)}%` : "—");
  const step = Math.min(plain?.step ?? 0, residual?.step ?? 0);
  const head = text.status(step, HERO_STEPS, percent(plain), percent(residual));
  if (plain?.status === "diverged" || residual?.status === "diverged") return text.diverged(head);
  return showsContrast(plain, residual) ? text.contrast(head) : head;
}
