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

/** Settings of the lab, from the URL table. */
export type ShortcutLabSettings = LabValues<"shortcuts">;

/** The options compared, in order. */
export const SHORTCUT_OPTIONS: readonly ShortcutOption[] = ["A", "B", "C"];

/** What each option does, in a few words (He et al. 2015, §3.3). */
export const OPTION_TEXT: Record<ShortcutOption, string> = {
  A: "identity; zero-padding where the shape changes",
  B: "projection where the shape changes",
  C: "projection on every shortcut"
};

/** Colours of the options in the chart: apart from each other and from the plain orange of other charts. */
export const OPTION_COLORS: Record<ShortcutOption, string> = {A: "#2f80c8", B: "#8e44ad", C: "#2e8b57"};

/** The training budget and optimiser the lab uses (the paper's SGD; batch 32 keeps a CPU run short). */
export const SHORTCUT_LAB_TRAINING = {batchSize: 32, lr: 0.1, momentum: 0.9, weightDecay: 1e-4} as const;

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

/** The three runs (ids "A", "B", "C"), on the build's MNIST subset at `mnistUrl`. */
export function shortcutRunRequests(settings: ShortcutLabSettings, mnistUrl: string): LabelledRun<ConvNetSpec>[] {
  const config = shortcutTrainConfig(settings);
  return SHORTCUT_OPTIONS.map((option) => {
    const spec = shortcutSpec(settings, option);
    return {id: option, label: `option ${option}`, spec, data: {kind: "mnist", url: mnistUrl}, config};
  });
}

/** Parameters of each option's net, counted by the architecture arithmetic, and what it adds over option A. */
export function shortcutCounts(settings: ShortcutLabSettings): Array<{option: ShortcutOption; params: number; extra: number; multiplyAdds: number}> {
  const counts = SHORTCUT_OPTIONS.map((option) => ({option, ...countNetwork(shortcutSpec(settings, option))}));
  return counts.map(({option, params, multiplyAdds}) => ({option, params, extra: params - counts[0].params, multiplyAdds}));
}
