/**
 * Every page's exercises in one table: the question's id (its words, in both languages, are in ./text.ts), the
 * settings "Set it up" puts the lab in (written through the page's parameter table, so a link can never ask for more
 * than the controls allow), and how the answer is computed from the reference runs. docs/teaching.md lists them (a
 * unit test keeps the list and this table equal).
 */
import {labParams, type LabId, type LabValues} from "../controls/parameters.js";
import {parseLabParams, serializeParams} from "../controls/urlState.js";
import type {ExperimentFile} from "../../engine/experiments/experimentFile.js";
import type {ShatteredSummary} from "../../engine/experiments/shatteredSummary.js";
import {directShareText, gradientRatioText, landscapeAnswer, lesionBudgetAnswer, lesionUnitAnswer, seedsAnswer, shatteredDepthAnswer, sweepVerdictText} from "./answers.js";
import type {LesionSummary} from "../../engine/experiments/lesionSummary.js";
import type {LandscapeSummary} from "../../engine/experiments/landscapeSummary.js";
import {branchAnswer, shortcutCostAnswer, zeroBranchAnswer} from "./labAnswers.js";
import type {Exercise} from "./Exercises.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {EXERCISE_PROMPTS} from "./text.js";

/** The id of an exercise: the key of its question in ./text.ts. */
export type ExerciseId = keyof (typeof EXERCISE_PROMPTS)["en"];

/**
 * The reference runs the answers read: experiment files by their name in data/ (without ".json"), and the
 * shattered-gradients summary (the page loads data/shattered.json summarised: the whole file is too large).
 */
export type ReferenceFiles = Partial<Record<"depth-sweep" | "depth-sweep-mnist" | "degradation" | "degradation-mnist" | "grad-flow", ExperimentFile>> & {
  shatteredSummary?: ShatteredSummary;
  /** The lesion page's reference summary (data/lesion.json, summarised by its loader). */
  lesionSummary?: LesionSummary;
  /** The loss-landscape page's reference summary (data/landscape.json, summarised by its loader). */
  landscapeSummary?: LandscapeSummary;
};

/** One exercise as declared. */
export interface ExerciseDefinition<L extends LabId = LabId> {
  lab: L;
  /** Names the question in both languages (EXERCISE_PROMPTS in ./text.ts). */
  id: ExerciseId;
  setup: Partial<LabValues<L>>;
  /**
   * The answer from the reference files, or computed by the engine for the exercise's settings (the lab's defaults with
   * `setup` applied), in `locale`.
   */
  answer: (files: ReferenceFiles, settings: LabValues<L>, locale: Locale) => string | null;
}

const define = <L extends LabId>(lab: L, exercises: Array<Omit<ExerciseDefinition<L>, "lab">>): ExerciseDefinition<L>[] => exercises.map((exercise) => ({lab, ...exercise}));

export const EXERCISES: ExerciseDefinition[] = [
  ...define("degradation", [
    {
      id: "deep32",
      setup: {deep: 32},
      answer: (files, _, locale) => sweepVerdictText(files["depth-sweep-mnist"], 20, 32, locale)
    },
    {
      id: "shallowPair",
      setup: {shallow: 8, deep: 14},
      answer: (files, _, locale) => sweepVerdictText(files["depth-sweep-mnist"], 8, 14, locale)
    },
    {
      id: "seed7",
      setup: {seed: 7},
      answer: (files, _, locale) => seedsAnswer(files["degradation-mnist"], 7, locale)
    },
    {
      id: "circles",
      setup: {data: "circles"},
      answer: (files, _, locale) => seedsAnswer(files.degradation, 1, locale)
    }
  ]),
  ...define("residualUnit", [
    {
      id: "zeroOriginal",
      setup: {scale: 0, unit: "original"},
      answer: (_, settings, locale) => zeroBranchAnswer(settings, locale)
    },
    {
      id: "zeroPreact",
      setup: {scale: 0, unit: "preact"},
      answer: (_, settings, locale) => zeroBranchAnswer(settings, locale)
    },
    {
      id: "branchSize",
      setup: {},
      answer: (_, settings, locale) => branchAnswer(settings, locale)
    }
  ]),
  ...define("gradientFlow", [
    {
      id: "initialRatio",
      setup: {},
      answer: (files, _, locale) => gradientRatioText(files["grad-flow"], "first", locale)
    },
    {
      id: "directShare",
      setup: {},
      answer: (files, _, locale) => directShareText(files["grad-flow"], locale)
    }
  ]),
  ...define("shattered", [
    {
      id: "shattered8",
      setup: {depth: 8},
      answer: (files, settings, locale) => shatteredDepthAnswer(files.shatteredSummary, settings.depth, locale)
    },
    {
      id: "shattered56",
      setup: {depth: 56},
      answer: (files, settings, locale) => shatteredDepthAnswer(files.shatteredSummary, settings.depth, locale)
    }
  ]),
  ...define("lesion", [
    {
      id: "fifthUnit",
      setup: {},
      answer: (files, _, locale) => lesionUnitAnswer(files.lesionSummary, 5, locale)
    },
    {
      id: "randomBudget",
      setup: {},
      answer: (files, _, locale) => lesionBudgetAnswer(files.lesionSummary, 0.2, locale)
    }
  ]),
  ...define("landscape", [
    {
      id: "roughness",
      setup: {},
      answer: (files, _, locale) => landscapeAnswer(files.landscapeSummary, "roughness", locale)
    },
    {
      id: "gridMinima",
      setup: {},
      answer: (files, _, locale) => landscapeAnswer(files.landscapeSummary, "gridMinima", locale)
    }
  ]),
  ...define("shortcuts", [
    {
      id: "shortcutCost",
      setup: {},
      answer: (_, settings, locale) => shortcutCostAnswer(settings, undefined, locale)
    },
    {
      id: "deeperCost",
      setup: {depth: 20},
      answer: (_, settings, locale) => shortcutCostAnswer(settings, 8, locale)
    }
  ])
];

/** The exercises of one lab's page, with their links, and their questions and answers in `locale` (default: the page's). */
export function exercisesFor(lab: LabId, files: ReferenceFiles, locale: Locale = pageLocale()): Exercise[] {
  const prompts = localized(EXERCISE_PROMPTS, locale);
  return EXERCISES.filter((exercise) => exercise.lab === lab).map((exercise) => {
    const setup = serializeParams(labParams(lab), exercise.setup as Record<string, unknown>);
    return {prompt: prompts[exercise.id], setup, answer: exercise.answer(files, parseLabParams(lab, setup).values, locale)};
  });
}

/** The reference files of a loaded set, keyed by their name in data/ (the name the CLI wrote into the command). */
export function filesByName(files: readonly ExperimentFile[]): ReferenceFiles {
  const byName: ReferenceFiles = {};
  for (const file of files) {
    const name = /--out\s+data\/([\w-]+)\.json/.exec(file.command)?.[1];
    if (name) (byName as Record<string, ExperimentFile>)[name] = file;
  }
  return byName;
}
