/**
 * The shortcut-options lab (residual-units page): one small CIFAR-style conv net on the MNIST subset, built three
 * times — with shortcut option A (identity, zero-padding where the shape changes), B (projection where it
 * changes) and C (projection everywhere) — and trained from the same seed, so the curves differ only by the
 * shortcuts. Their parameters come from the architecture arithmetic. Pure: no DOM, no worker.
 */
import type {LabValues} from "../controls/parameters.js";
import {countNetwork} from "../../engine/arch/index.js";
import {mnistConvSpec, type ConvNetSpec, type ShortcutOption} from "../../engine/spec.js";
import {reportingCadence, type TrainConfig} from "../../engine/train/config.js";
import type {LabelledRun} from "../../session/sessionState.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SHORTCUT_RUNS_TEXT} from "./text.js";

/** Settings of the lab, from the URL table. */
export type ShortcutLabSettings = LabValues<"shortcuts">;

/** The options compared, in order. */
export const SHORTCUT_OPTIONS: readonly ShortcutOption[] = ["A", "B", "C"];

/** What each option does, in a few words (He et al. 2015, §3.3), in `locale` (default: the page's language). */
export function optionText(option: ShortcutOption, locale: Locale = pageLocale()): string {
  return localized(SHORTCUT_RUNS_TEXT, locale).options[option];
}

/** Colours of the options in the chart: apart from each other and from the plain orange of other charts. */
export const OPTION_COLORS: Record<ShortcutOption, string> = {A: "#2f80c8", B: "#8e44ad", C: "#2e8b57"};

/**
 * The training budget and optimiser the lab uses: the paper's SGD and its step schedule (the rate divided by 10 at
 * half and three quarters of the run, He et al. 2015 §4.2), batches of 64. Calibrated in Node over seeds 1–8 at the
 * default net (8 layers, width 4) and 300 steps: A, B and C end within 2.0 points of test error of each other for
 * every seed (4.8–7.9%), and no test curve rises at the end. The former 100 steps of 32 at a constant rate left
 * 21–83% test error and spreads of up to 48 points between the options — the differences were the instability of
 * an unfinished run, not the shortcuts.
 */
export const SHORTCUT_LAB_TRAINING = {
  batchSize: 64,
  lr: 0.1,
  momentum: 0.9,
  weightDecay: 1e-4,
  schedule: {kind: "step", milestones: [0.5, 0.75], gamma: 0.1}
} as const satisfies Partial<TrainConfig>;

/** Final test errors within this many points of each other count as "close" (seeds 1–8 spread at most 2.0). */
export const CLOSE_SPREAD = 0.03;

/**
 * What the finished run showed, in a sentence computed from its final test errors (null until all three are done):
 * whether they ended close, with the numbers.
 */
export function shortcutVerdict(
  finals: ReadonlyArray<{option: ShortcutOption; testError: number | null; isDone: boolean}>,
  locale: Locale = pageLocale()
): string | null {
  if (finals.length !== SHORTCUT_OPTIONS.length || !finals.every((run) => run.isDone && run.testError !== null && Number.isFinite(run.testError))) return null;
  const errors = finals.map((run) => run.testError!);
  const spread = Math.max(...errors) - Math.min(...errors);
  const text = localized(SHORTCUT_RUNS_TEXT, locale);
  const list = text.errorList(finals.map((run) => ({option: run.option, percent: (100 * run.testError!).toFixed(1)})));
  const points = (100 * spread).toFixed(1);
  return spread <= CLOSE_SPREAD ? text.close(list, points) : text.apart(list, points);
}

/** The net for one option: 6n + 2 layers, widths w, 2w, 4w, on 14×14×1 digits, 10 classes. */
export function shortcutSpec(settings: ShortcutLabSettings, option: ShortcutOption): ConvNetSpec {
  const {depth, width, unit} = settings;
  const spec = mnistConvSpec({depth, width, shortcut: option, preActivation: unit === "preact"});
  return {...spec, name: `${spec.name} ${option}`};
}

/** Snapshots and test evaluations spread over the run (about 40 and 5). */
export function shortcutTrainConfig(settings: ShortcutLabSettings): Partial<TrainConfig> {
  return {...SHORTCUT_LAB_TRAINING, steps: settings.steps, seed: settings.seed, ...reportingCadence(settings.steps, {snapshots: 40, evaluations: 5}), measureGradients: false};
}

/** The three runs (ids "A", "B", "C"), on the build's MNIST subset at `mnistUrl`, labelled in `locale`. */
export function shortcutRunRequests(settings: ShortcutLabSettings, mnistUrl: string, locale: Locale = pageLocale()): LabelledRun<ConvNetSpec>[] {
  const config = shortcutTrainConfig(settings);
  const {runLabel} = localized(SHORTCUT_RUNS_TEXT, locale);
  return SHORTCUT_OPTIONS.map((option) => {
    const spec = shortcutSpec(settings, option);
    return {id: option, label: runLabel(option), spec, data: {kind: "mnist", url: mnistUrl}, config};
  });
}

/** Parameters of each option's net, counted by the architecture arithmetic, and what it adds over option A. */
export function shortcutCounts(settings: ShortcutLabSettings): Array<{option: ShortcutOption; params: number; extra: number; multiplyAdds: number}> {
  const counts = SHORTCUT_OPTIONS.map((option) => ({option, ...countNetwork(shortcutSpec(settings, option))}));
  return counts.map(({option, params, multiplyAdds}) => ({option, params, extra: params - counts[0].params, multiplyAdds}));
}
