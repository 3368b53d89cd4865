/**
 * Every page's exercises in one table: the question, the settings "Set it up" puts the lab in (written through the
 * page's parameter table, so a link can never ask for more than the controls allow), and how the answer is computed
 * from the reference runs. docs/teaching.md lists them (a unit test keeps the list and this table equal).
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
  prompt: string;
  setup: Partial<LabValues<L>>;
  /** The answer from the reference files, or computed by the engine for the exercise's settings (the lab's defaults with `setup` applied). */
  answer: (files: ReferenceFiles, settings: LabValues<L>) => string | null;
}

const define = <L extends LabId>(lab: L, exercises: Array<Omit<ExerciseDefinition<L>, "lab">>): ExerciseDefinition<L>[] => exercises.map((exercise) => ({lab, ...exercise}));

export const EXERCISES: ExerciseDefinition[] = [
  ...define("degradation", [
    {
      prompt: "Make the deep pair 32 layers deep instead of 56. Is 32 layers already enough for the plain net to end clearly worse than the 20-layer one? Predict, then watch the curves.",
      setup: {deep: 32},
      answer: (files) => sweepVerdictText(files["depth-sweep"], 20, 32)
    },
    {
      prompt: "Now make both pairs shallow: 8 and 14 layers. Does the plain net degrade between 8 and 14 layers?",
      setup: {shallow: 8, deep: 14},
      answer: (files) => sweepVerdictText(files["depth-sweep"], 8, 14)
    },
    {
      prompt: "Was the default run luck? Change the seed to 7 and train again: does the verdict change?",
      setup: {seed: 7},
      answer: (files) => seedsAnswer(files.degradation, 7)
    },
    {
      prompt: "Switch to the paper's own setting, conv nets on 14×14 digits. Will the 56-layer plain net still be worse than the 20-layer one on real images?",
      setup: {data: "mnist"},
      answer: (files) => seedsAnswer(files["degradation-mnist"], 1)
    }
  ]),
  ...define("residualUnit", [
    {
      prompt: "Scale the residual branch down to α = 0 with the original unit. Does the unit now output exactly its input x?",
      setup: {scale: 0, unit: "original"},
      answer: (_, settings) => zeroBranchAnswer(settings)
    },
    {
      prompt: "Now switch to the pre-activation unit, still at α = 0. Does it output exactly x?",
      setup: {scale: 0, unit: "preact"},
      answer: (_, settings) => zeroBranchAnswer(settings)
    },
    {
      prompt: "Back at α = 1: how large is the change the branch adds, compared with x itself?",
      setup: {},
      answer: (_, settings) => branchAnswer(settings)
    }
  ]),
  ...define("gradientFlow", [
    {
      prompt: "Before any training (step 0 on the scrubber), how many times larger is the gradient at the first unit than at the head's input — in the plain net, and in the residual net?",
      setup: {},
      answer: (files) => gradientRatioText(files["grad-flow"], "first")
    },
    {
      prompt: "After training, look at the residual net's identity figure: how much of the gradient at the last unit, and at the first unit, is the direct term?",
      setup: {},
      answer: (files) => directShareText(files["grad-flow"])
    }
  ]),
  ...define("shattered", [
    {
      prompt: "Set the depth to 8 layers. Is the plain net's gradient still smooth there — is its r₁ nearer 1 or 0? And the residual net's?",
      setup: {depth: 8},
      answer: (files, settings) => shatteredDepthAnswer(files.shatteredSummary, settings.depth)
    },
    {
      prompt: "Now the deepest, 56 layers: has the residual net's gradient shattered too?",
      setup: {depth: 56},
      answer: (files, settings) => shatteredDepthAnswer(files.shatteredSummary, settings.depth)
    }
  ]),
  ...define("lesion", [
    {
      prompt: "Before the charts appear: delete the fifth unit of each net. How far will the residual net's test error move — and the plain net's?",
      setup: {},
      answer: (files) => lesionUnitAnswer(files.lesionSummary, 5)
    },
    {
      prompt: "Delete units at random: how many of the residual net's nine units can go before its mean test error passes 20%?",
      setup: {},
      answer: (files) => lesionBudgetAnswer(files.lesionSummary, 0.2)
    }
  ]),
  ...define("landscape", [
    {
      prompt: "Before the charts appear: how many times as rough do you expect the plain net's surface to be as the residual net's?",
      setup: {},
      answer: (files) => landscapeAnswer(files.landscapeSummary, "roughness")
    },
    {
      prompt: "Count the pits: which net's grid has more local minima — places a descent could get stuck?",
      setup: {},
      answer: (files) => landscapeAnswer(files.landscapeSummary, "gridMinima")
    }
  ]),
  ...define("shortcuts", [
    {
      prompt: "Before you train: which of the three shortcut options has the most parameters, and how many does each add to option A?",
      setup: {},
      answer: (_, settings) => shortcutCostAnswer(settings)
    },
    {
      prompt: "Make the nets 20 layers deep. How much more do B and C cost now than at 8 layers — and why does C's cost grow faster?",
      setup: {depth: 20},
      answer: (_, settings) => shortcutCostAnswer(settings, 8)
    }
  ])
];

/** The exercises of one lab's page, with their links and answers. */
export function exercisesFor(lab: LabId, files: ReferenceFiles): Exercise[] {
  return EXERCISES.filter((exercise) => exercise.lab === lab).map((exercise) => {
    const setup = serializeParams(labParams(lab), exercise.setup as Record<string, unknown>);
    return {prompt: exercise.prompt, setup, answer: exercise.answer(files, parseLabParams(lab, setup).values)};
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
