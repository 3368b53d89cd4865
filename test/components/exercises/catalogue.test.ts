/**
 * The exercises: every "Set it up" link is a valid lesson link of its page (no URL note), every answer is computed
 * from the reference runs in data/ or by the lab's own code and quotes their numbers, a missing file gives no answer rather than a wrong one,
 * and docs/teaching.md lists every exercise with its link.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {EXERCISES, exercisesFor, filesByName} from "../../../src/components/exercises/catalogue.ts";
import {directShareText, formatRatio, gradientRatios, sweepVerdictText} from "../../../src/components/exercises/answers.ts";
import {labPath, parseLabParams} from "../../../src/components/controls/urlState.ts";
import type {LabId} from "../../../src/components/controls/parameters.ts";
import {readExperimentFile, type ExperimentFile} from "../../../src/engine/experiments/experimentFile.ts";
import {shatteredSummary} from "../../../src/engine/experiments/shatteredSummary.ts";
import type {ShatteredAnalysis} from "../../../src/engine/shattered/setup.ts";
import {summarizeUnit, traceUnit, unitRows} from "../../../src/components/residualUnitLab/unitSetup.ts";
import {shortcutCounts} from "../../../src/components/shortcutLab/shortcutRuns.ts";
import {lesionSummary} from "../../../src/engine/experiments/lesionSummary.ts";
import {landscapeSummary} from "../../../src/engine/experiments/landscapeSummary.ts";
import type {LandscapeAnalysis} from "../../../src/engine/landscape/setup.ts";
import type {LesionAnalysis} from "../../../src/engine/lesion/setup.ts";

const read = (name: string) => readExperimentFile(JSON.parse(readFileSync(`data/${name}.json`, "utf8")), name);
const files = {
  ...filesByName(["depth-sweep", "depth-sweep-mnist", "degradation", "degradation-mnist", "grad-flow"].map(read)),
  shatteredSummary: shatteredSummary(read("shattered") as ExperimentFile<ShatteredAnalysis>),
  lesionSummary: lesionSummary(read("lesion") as ExperimentFile<LesionAnalysis>),
  landscapeSummary: landscapeSummary(read("landscape") as ExperimentFile<LandscapeAnalysis>)
};
const labs = [...new Set(EXERCISES.map((exercise) => exercise.lab))] as LabId[];

describe("the exercises", () => {
  it("finds each reference file by the name its command wrote", () => {
    expect(Object.keys(files).sort()).toEqual(["degradation", "degradation-mnist", "depth-sweep", "depth-sweep-mnist", "grad-flow", "landscapeSummary", "lesionSummary", "shatteredSummary"]);
  });

  it("give 2 to 4 exercises per page, each link a valid lesson link of its page", () => {
    for (const lab of labs) {
      const exercises = exercisesFor(lab, files);
      expect(exercises.length, lab).toBeGreaterThanOrEqual(2);
      expect(exercises.length, lab).toBeLessThanOrEqual(4);
      for (const exercise of exercises) {
        const parsed = parseLabParams(lab, exercise.setup);
        expect(parsed.notes, `${lab}${exercise.setup}`).toEqual([]);
        expect(exercise.answer, exercise.prompt).toBeTruthy();
      }
    }
  });

  it("answer from the reference runs' own numbers", () => {
    const sweep = files["depth-sweep"]!;
    const loss = (id: string) => ("runs" in sweep ? sweep.runs : []).find((run) => run.id === id)!.final.loss.toFixed(3);
    const deep32 = sweepVerdictText(sweep, 20, 32)!;
    for (const id of ["plain-20", "plain-32", "residual-20", "residual-32"]) expect(deep32).toContain(`${id} ${loss(id)}`);
    expect(deep32).toMatch(/^Degradation shown and cured/); // plain-32 0.449 against plain-20 0.129
    expect(sweepVerdictText(sweep, 8, 14)).toMatch(/^No degradation at this budget/); // 0.084 against 0.074, inside the margin
    // The degradation lab's exercises set up the conv nets on digits (its default) and answer from their reference runs.
    const convSweep = files["depth-sweep-mnist"]!;
    const convLoss = (id: string) => ("runs" in convSweep ? convSweep.runs : []).find((run) => run.id === id)!.final.loss.toFixed(3);
    const [deeper, shallower, seed7, circles] = exercisesFor("degradation", files).map((exercise) => exercise.answer!);
    for (const id of ["plain-20", "plain-32", "residual-20", "residual-32"]) expect(deeper).toContain(`${id} ${convLoss(id.replace("residual", "ResNet"))}`);
    expect(deeper).toMatch(/^Degradation shown and cured/); // plain-32 1.137 against plain-20 0.325
    expect(shallower).toMatch(/^Degradation shown and cured: the 14-layer plain net/); // plain-14 0.311 against plain-8 0.198 + the margin 0.05
    expect(shallower).toContain(`plain-14 ${convLoss("plain-14")}`);
    expect(seed7).toMatch(/^The reference runs show degradation cured on 10 of 10 seeds .*Seed 7: Degradation shown and cured/);
    expect(circles).toContain(`plain-56 ${("experiments" in files.degradation! ? files.degradation.experiments[0].runs : []).find((run) => run.id === "plain-56")!.final.loss.toFixed(3)}`);
    const ratios = gradientRatios(files["grad-flow"], "first")!;
    const flow = files["grad-flow"]!;
    const norms = (isResidual: boolean) => ("runs" in flow ? flow.runs : []).find((run) => run.spec.isResidual === isResidual)!.gradients![0].gradNorms;
    expect(ratios.plain).toBeCloseTo(norms(false)[0] / norms(false).at(-1)!, 6);
    expect(ratios.residual).toBeCloseTo(norms(true)[0] / norms(true).at(-1)!, 6);
    expect(ratios.plain).toBeGreaterThan(100 * ratios.residual);
    const at8 = files.shatteredSummary.sweep.find((row) => row.depth === 8)!;
    expect(exercisesFor("shattered", files)[0].answer).toContain(`r₁ at 8 layers is ${at8.plain.toFixed(2)} for the plain net`);
    expect(directShareText(flow)).toMatch(/direct term is \d+\.\d% of the gradient at the last unit/);
    const lesion = files.lesionSummary;
    const [fifth, budget] = exercisesFor("lesion", files).map((exercise) => exercise.answer!);
    expect(fifth).toContain(`residual net's test error from ${(100 * lesion.residual.baseError).toFixed(1)}% to ${(100 * lesion.residual.single[4]!).toFixed(1)}%`);
    expect(fifth).toContain(`plain net's from ${(100 * lesion.plain.baseError).toFixed(1)}% to ${(100 * lesion.plain.single[4]!).toFixed(1)}%`);
    const past = lesion.residual.random.find((row) => row.error > 0.2)!;
    expect(budget).toContain(`first passes 20.0% with ${past.k} units deleted`);
    const means = (isResidual: boolean) => files.landscapeSummary.means.find((net) => net.isResidual === isResidual && net.depth === 56)!;
    expect(exercisesFor("landscape", files)[0].answer).toContain(`roughness ${means(false).roughness.toFixed(3)} and the residual net's ${means(true).roughness.toFixed(3)}`);
  });

  it("have no answer, rather than a made-up one, when the reference runs are missing", () => {
    for (const lab of ["degradation", "gradientFlow", "shattered", "lesion", "landscape"] as const) for (const exercise of exercisesFor(lab, {})) expect(exercise.answer).toBeNull();
  });

  it("answer the residual unit's and the shortcut options' exercises with the numbers the labs show", () => {
    const [original, preact, branch] = exercisesFor("residualUnit", {}).map((exercise) => exercise.answer!);
    const readout = (alpha: number, unit: "original" | "preact") => summarizeUnit(unitRows(traceUnit(1, alpha, unit), alpha));
    expect(readout(0, "original").maxDeviation).toBeGreaterThan(0);
    expect(original).toMatch(/^No: /);
    expect(original).toContain(`sets the ${readout(0, "original").negativeInputs} negative components`);
    expect(original).toContain(`up to ${readout(0, "original").maxDeviation.toPrecision(3)}`);
    expect(readout(0, "preact").maxDeviation).toBe(0);
    expect(preact).toMatch(/^Yes: /);
    expect(branch).toContain(`${readout(1, "original").branchRatio.toPrecision(3)} times the length of x`);
    const [defaults, deeper] = exercisesFor("shortcuts", {}).map((exercise) => exercise.answer!);
    const counts = (depth: number) => shortcutCounts({...parseLabParams("shortcuts", "").values, depth});
    expect(defaults).toContain(`option A has ${counts(8)[0].params.toLocaleString("en-US")} parameters`);
    expect(deeper).toContain(`C adds ${counts(20)[2].extra.toLocaleString("en-US")}`);
    expect(counts(20)[1].extra).toBe(counts(8)[1].extra); // B projects only where the shape changes
    expect(deeper).toContain("B's cost stays the same");
  });

  it("format ratios for sentences", () => {
    expect(formatRatio(583_389.4)).toBe("583,000");
    expect(formatRatio(415.23)).toBe("415");
    expect(formatRatio(2.345)).toBe("2.35");
    expect(formatRatio(Number.NaN)).toBe("no number");
  });

  it("are all listed in docs/teaching.md with their links", () => {
    const docs = readFileSync("docs/teaching.md", "utf8");
    for (const lab of labs) {
      for (const exercise of exercisesFor(lab, files)) {
        expect(docs, exercise.prompt).toContain(exercise.prompt);
        expect(docs).toContain(`${labPath(lab)}${exercise.setup}`);
      }
    }
  });
});
