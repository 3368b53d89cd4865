/** Verdicts in words: each grade's sentence quotes the numbers it rests on. */
import {describe, expect, it} from "vitest";
import {singleVerdict, twinsVerdict, type JudgedRun} from "../../src/engine/experiments/verdict.ts";
import {mlpSpec, mnistConvSpec} from "../../src/engine/spec.ts";
import {compareWithReference, gradeLabel, verdictText} from "../../src/session/verdictText.ts";

const mlp = (isResidual: boolean, loss: number, trainError: number): JudgedRun => ({spec: mlpSpec({units: 50, isResidual}), final: {status: "done", loss, trainError}});

describe("twins and single verdicts in words", () => {
  it("say why spirals at 50 units leave both nets at 50%: neither has learned, with the error of guessing", () => {
    const neither = twinsVerdict([mlp(false, 0.693, 0.5), mlp(true, 0.69, 0.49)])!;
    expect(verdictText(neither)).toBe(
      "Neither net has learned yet: plain-102 ends at 50.0% training error and residual-102 at 49.0% (guessing among 2 classes gives 50.0%), so both are still at chance. " +
        "At these settings the task is too hard for this budget — try more steps, a wider net or easier data."
    );
    expect(verdictText(twinsVerdict([mlp(false, 0.69, 0.5), mlp(true, 0.05, 0.02)])!)).toMatch(/^Only the residual net learned: plain-102 ends at 50\.0% training error and residual-102 at 2\.0%/);
    expect(verdictText(twinsVerdict([mlp(false, Number.NaN, 0.5), mlp(true, 0.05, 0.02)])!)).toMatch(/^Diverged: the training loss of plain-102 became infinite/);
  });

  it("judge a single conv net on MNIST against the 90% of guessing", () => {
    const conv = (trainError: number) => singleVerdict({spec: mnistConvSpec({depth: 20}), final: {status: "done", loss: 1, trainError}});
    expect(verdictText(conv(0.04))).toBe("residual-20 learned: it ends at 4.0% training error (guessing among 10 classes gives 90.0%).");
    expect(verdictText(conv(0.85))).toMatch(/^residual-20 has not learned yet: it ends at 85\.0% training error, still at chance/);
    expect(gradeLabel(conv(0.85))).toBe("at chance");
  });

  it("compare with the reference runs' grade", () => {
    const a = twinsVerdict([mlp(false, 0.69, 0.5), mlp(true, 0.05, 0.02)])!;
    const b = twinsVerdict([mlp(false, 0.05, 0.02), mlp(true, 0.05, 0.02)])!;
    expect(compareWithReference(a, null)).toBeNull();
    expect(compareWithReference(a, a)).toMatch(/reached the same verdict/);
    expect(compareWithReference(a, b)).toMatch(/reached another verdict \(both learned\)/);
  });
});
