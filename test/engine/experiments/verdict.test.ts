import {judgeLandscape, type LandscapeAnalysis} from "../../../src/engine/landscape/analysis.ts";
import type {LandscapeVerdict} from "../../../src/engine/landscape/verdict.ts";
import {lesionVerdict} from "../../../src/engine/lesion/verdict.ts";
import type {LesionAnalysis} from "../../../src/engine/lesion/setup.ts";
import {shatteredVerdict} from "../../../src/engine/shattered/verdict.ts";
import type {ShatteredAnalysis} from "../../../src/engine/shattered/setup.ts";
import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {readExperimentFile, seedResults} from "../../../src/engine/experiments/experimentFile.ts";
import {CHANCE_FRACTION, degradationVerdict, judgeRuns, marginAbove, MOST_OF_THE_GAP, singleVerdict, twinsVerdict, type JudgedRun} from "../../../src/engine/experiments/verdict.ts";
import {mlpSpec, mnistConvSpec} from "../../../src/engine/spec.ts";

const run = (units: number, isResidual: boolean, loss: number, trainError = loss / 2, status: "done" | "diverged" = "done"): JudgedRun => ({
  spec: mlpSpec({units, isResidual}),
  final: {status, loss, trainError}
});
/** plain-20 at 0.1 and residual-20 at 0.08; the deep (56-layer) pair as given. */
const degradation = (deepPlain: number, deepResidual: number) => degradationVerdict([run(9, false, 0.1), run(9, true, 0.08), run(27, false, deepPlain), run(27, true, deepResidual)])!;

describe("the degradation verdict", () => {
  it("is graded at each boundary of the margin and of the gap", () => {
    const margin = marginAbove(0.1);
    expect(margin).toBe(0.05);
    // The deep plain net just at / just over the margin: no degradation / degradation.
    expect(degradation(0.1 + margin, 0.07).grade).toBe("none");
    expect(degradation(0.1 + margin + 1e-9, 0.07).grade).toBe("cured");
    // The deep residual net just at / just over the margin: cured / not caught up.
    expect(degradation(0.7, 0.1 + margin)).toMatchObject({grade: "cured", holds: true});
    expect(degradation(0.7, 0.1 + margin + 1e-9)).toMatchObject({grade: "helped", holds: false});
    // Closing half of the gap (0.7 → 0.1) is "helped"; a little less is "not cured".
    const halfway = 0.7 - MOST_OF_THE_GAP * 0.6;
    expect(degradation(0.7, halfway).grade).toBe("helped");
    expect(degradation(0.7, halfway + 1e-6).grade).toBe("not-cured");
    expect(degradation(0.7, 0.69).gapClosed).toBeCloseTo(1 / 60);
  });

  it("says diverged for a non-finite loss and names the run, whatever the others did", () => {
    const verdict = degradation(Number.NaN, 0.07);
    expect(verdict).toMatchObject({grade: "diverged", plainDegrades: true, holds: false, diverged: ["deepPlain"]});
    const residual = degradationVerdict([run(9, false, 0.1), run(9, true, 0.08), run(27, false, 0.7), run(27, true, 0.6, 0.3, "diverged")])!;
    expect(residual).toMatchObject({grade: "diverged", diverged: ["deepResidual"], residualDegrades: true});
  });

  it("judges the issue's 8/110 run on MNIST as degradation shown, not yet caught up (it once said the opposite)", () => {
    const conv = (depth: number, isResidual: boolean, loss: number, trainError: number): JudgedRun => ({spec: mnistConvSpec({depth, isResidual}), final: {status: "done", loss, trainError}});
    const verdict = degradationVerdict([conv(8, false, 0.111, 0.03), conv(110, false, 2.302, 0.89), conv(8, true, 0.11, 0.03), conv(110, true, 0.176, 0.05)])!;
    expect(verdict).toMatchObject({grade: "helped", shallowDepth: 8, deepDepth: 110, plainDegrades: true, residualDegrades: true});
    expect(verdict.gapClosed).toBeCloseTo((2.302 - 0.176) / (2.302 - 0.111));
  });

  it("needs two depths of plain and residual twins", () => {
    expect(degradationVerdict([run(9, false, 0.1), run(9, true, 0.1), run(27, false, 0.7)])).toBeNull();
    expect(degradationVerdict([run(9, false, 0.1), run(9, false, 0.1), run(27, false, 0.7), run(27, true, 0.1)])).toBeNull();
  });
});

describe("the twins and single verdicts", () => {
  const chance = CHANCE_FRACTION * 0.5; // two classes: at chance from 40% training error on
  it("say which of two twins learned, with chance at 80% of the error of guessing", () => {
    expect(twinsVerdict([run(27, false, 0.69, chance), run(27, true, 0.1, 0.02)])).toMatchObject({grade: "only-residual", holds: true, chanceError: 0.5});
    expect(twinsVerdict([run(27, false, 0.69, chance - 1e-9), run(27, true, 0.1, 0.02)])!.grade).toBe("both-learned");
    expect(twinsVerdict([run(27, false, 0.69, 0.5), run(27, true, 0.69, 0.5)])!.grade).toBe("neither");
    expect(twinsVerdict([run(27, false, 0.1, 0.02), run(27, true, 0.69, 0.49)])!.grade).toBe("only-plain");
    expect(twinsVerdict([run(27, false, Number.POSITIVE_INFINITY, 0.5), run(27, true, 0.1, 0.02)])!.grade).toBe("diverged");
    expect(twinsVerdict([run(27, false, 0.1), run(9, true, 0.1)])).toBeNull();
  });

  it("judge one run by its own chance level (ten classes: 72%)", () => {
    const conv = (trainError: number) => singleVerdict({spec: mnistConvSpec({depth: 20}), final: {status: "done", loss: 1, trainError}});
    expect(conv(0.7201).grade).toBe("at-chance");
    expect(conv(0.7199).grade).toBe("learned");
    expect(judgeRuns([run(27, false, 0.69, 0.5)])!.kind).toBe("single");
    expect(judgeRuns([])).toBeNull();
  });
});

describe("every reference run in data/", () => {
  const names = readdirSync(new URL("../../../data/", import.meta.url)).filter((name) => name.endsWith(".json"));
  it("stores the verdict its runs give today (and the CLI's holds beside it)", () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const file = readExperimentFile(JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), "utf8")), name);
      for (const seed of seedResults(file)) {
        // The shattered preset trains nothing, the landscape and lesion presets judge their analyses: their verdicts come from those.
        const verdict =
          file.preset === "shattered"
            ? shatteredVerdict(seed.analysis as ShatteredAnalysis)
            : file.preset === "landscape"
              ? judgeLandscape(seed.analysis as LandscapeAnalysis)
              : file.preset === "lesion"
                ? lesionVerdict(seed.analysis as LesionAnalysis)
                : judgeRuns(seed.runs);
        const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v)));
        // A figure the file derives from a loss (the margin: 20% of it) was rounded from the loss's full value; recomputed
        // from the loss as stored, it may differ in the sixth digit. Equal to five significant digits.
        const near = (value: unknown): unknown =>
          typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)
            ? expect.closeTo(value, 5 - Math.ceil(Math.log10(Math.abs(value))))
            : Array.isArray(value)
              ? value.map(near)
              : value !== null && typeof value === "object"
                ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, near(v)]))
                : value;
        if (file.preset === "landscape" && verdict?.kind === "landscape") {
          // Its ratio is recomputed from roughnesses stored to 6 digits: equal to about 5 digits.
          const {roughnessRatio, ...rest} = seed.verdict as LandscapeVerdict;
          expect(rest, `${name} seed ${seed.seed}`).toEqual(rounded({...verdict, roughnessRatio: undefined}));
          expect(roughnessRatio / verdict.roughnessRatio).toBeCloseTo(1, 4);
        } else expect(seed.verdict, `${name} seed ${seed.seed}`).toEqual(verdict === null ? null : near(rounded(verdict)));
        if ("summary" in file) expect(file.summary.find((row) => row.seed === seed.seed)?.holds, name).toBe(verdict?.holds ?? null);
      }
      if (file.preset === "degradation") for (const seed of seedResults(file)) expect(seed.verdict?.kind, name).toBe("degradation");
    }
  });
});
