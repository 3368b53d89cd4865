/** The pure parts of the controls: log-slider stops, conditional visibility, and the Lab settings as a model spec. */
import {describe, expect, it} from "vitest";
import {isShown} from "../../../src/components/controls/ControlGroup.ts";
import {describeLabRun, labSpec} from "../../../src/components/controls/labSpec.ts";
import {logStops} from "../../../src/components/controls/NumberControl.ts";
import {DEPTH, LEARNING_RATE} from "../../../src/components/controls/parameters.ts";
import {depthOf} from "../../../src/engine/spec.ts";
import {parseLabParams} from "../../../src/components/controls/urlState.ts";

const DEFAULTS = parseLabParams("lab", "").values;

describe("logStops", () => {
  it("steps through 1, 2, 5 per decade between the limits, all on the parameter's grid", () => {
    expect(logStops(LEARNING_RATE)).toEqual([0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });
});

describe("isShown", () => {
  it("shows conv-only controls for MNIST only, and ignores conditions on parameters a lab lacks", () => {
    expect(isShown(DEPTH, {dataset: "mnist14"})).toBe(true);
    expect(isShown(DEPTH, {dataset: "spirals"})).toBe(false);
    expect(isShown(DEPTH, {seed: 1})).toBe(true);
  });
});

describe("labSpec", () => {
  it("turns MNIST settings into the CIFAR-style conv family at depth 6n + 2", () => {
    const spec = labSpec({...DEFAULTS, depth: 56, width: 4, shortcut: "B", residual: false, unit: "preact"});
    expect(spec.family).toBe("conv");
    if (spec.family !== "conv") return;
    expect(depthOf(spec)).toBe(56);
    expect(spec.name).toBe("plain-56");
    expect(spec.stages.map((stage) => [stage.units, stage.width, stage.stride])).toEqual([[9, 4, 1], [9, 8, 2], [9, 16, 2]]);
    expect(spec.input).toEqual({height: 14, width: 14, channels: 1});
    expect([spec.classes, spec.shortcut, spec.isResidual, spec.preActivation, spec.batchNorm]).toEqual([10, "B", false, true, true]);
  });

  it("turns toy-data settings into the MLP family", () => {
    const spec = labSpec({...DEFAULTS, dataset: "spirals", units: 12, hidden: 24, batchNorm: false});
    expect(spec).toMatchObject({family: "mlp", units: 12, width: 24, inputDim: 2, classes: 2, isResidual: true, batchNorm: false});
    expect(depthOf(spec)).toBe(26);
  });

  it("every depth the table allows is a valid 6n + 2 net", () => {
    for (let depth = DEPTH.min; depth <= DEPTH.max; depth += DEPTH.step ?? 1) {
      expect(depthOf(labSpec({...DEFAULTS, depth}))).toBe(depth);
    }
  });

  it("describes the run in one sentence with its seed", () => {
    expect(describeLabRun(DEFAULTS)).toBe(
      "ResNet-20 (20 weighted layers): a conv net of 3 stages × 3 units, widths 8/16/32, shortcut option A, " +
        "original units, BatchNorm; data: MNIST digits, 14×14. 300 SGD steps of 32 examples, learning rate 0.1, " +
        "momentum 0.9, weight decay 0.0001; seed 1; computed with the fastest available backend."
    );
  });
});
