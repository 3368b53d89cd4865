/** Shortcut options A, B, C and the pre-activation ordering: what each adds, counted. */
import {describe, expect, it} from "vitest";
import {imagenetSpec, cifarSpec} from "../../../src/engine/spec.ts";
import {compareShortcuts, countNetwork, describeUnit, planNetwork} from "../../../src/engine/arch/index.ts";

describe("shortcut options (A and B: He et al. 2015, §3.3; C: §4.1)", () => {
  it("ResNet-34: A adds nothing to plain-34, B adds the three projections, C a projection on all 16 units", () => {
    const cmp = compareShortcuts(34);
    expect(cmp.options.A.params).toBe(cmp.plain.params);
    expect(cmp.options.A.shortcutParams).toBe(0);
    // B: 1×1 projections 64→128, 128→256, 256→512, each with BN.
    const projections = [64 * 128 + 256, 128 * 256 + 512, 256 * 512 + 1024].reduce((a, b) => a + b);
    expect(cmp.options.B.shortcutParams).toBe(projections);
    expect(cmp.options.B.params - cmp.plain.params).toBe(projections);
    // C: the same three plus 13 projections between equal shapes: all 3 units of conv2_x (64→64), then the
    // other units of each stage (3 at 128, 5 at 256, 2 at 512).
    const square = (c: number) => c * c + 2 * c;
    const extra = 3 * square(64) + 3 * square(128) + 5 * square(256) + 2 * square(512);
    expect(cmp.options.C.shortcutParams).toBe(projections + extra);
  });

  it("every option counts its shortcut multiply-adds at the output resolution", () => {
    const cmp = compareShortcuts(18);
    expect(cmp.options.B.shortcutMultiplyAdds).toBe(64 * 128 * 28 * 28 + 128 * 256 * 14 * 14 + 256 * 512 * 7 * 7);
    expect(cmp.options.B.multiplyAdds - cmp.options.A.multiplyAdds).toBe(cmp.options.B.shortcutMultiplyAdds);
  });

  it("option C on bottlenecks is expensive: ResNet-50 grows from 25.6M to 40.1M parameters", () => {
    const cmp = compareShortcuts(50);
    expect(cmp.options.B.params).toBe(25_557_032);
    expect(cmp.options.C.params).toBe(40_128_552);
    expect(cmp.options.C.multiplyAdds / cmp.options.B.multiplyAdds).toBeGreaterThan(1.6);
  });

  it("option A zero-pads where the shape changes and is the identity elsewhere", () => {
    const plan = planNetwork(imagenetSpec({depth: 34, shortcut: "A"}));
    const kinds = plan.stages.flatMap((stage) => stage.units.map((unit) => unit.shortcut?.kind));
    expect(kinds.filter((k) => k === "zeroPad")).toHaveLength(3);
    expect(kinds.filter((k) => k === "identity")).toHaveLength(13);
    const first = plan.stages[1].units[0].shortcut!.ops[0];
    expect(first.input).toEqual({height: 56, width: 56, channels: 64});
    expect(first.output).toEqual({height: 28, width: 28, channels: 128});
  });

  it("a plain network has no shortcut at all", () => {
    const plan = planNetwork(imagenetSpec({depth: 18, isResidual: false}));
    expect(plan.stages.every((stage) => stage.units.every((unit) => unit.shortcut === null))).toBe(true);
  });
});

describe("pre-activation units (He et al. 2016)", () => {
  it("move BN and ReLU before each conv and leave nothing after the addition", () => {
    const unit = describeUnit(cifarSpec({n: 3, preActivation: true}), 0, 1);
    expect(unit.branch.map((p) => p.kind)).toEqual(["bn", "relu", "conv", "bn", "relu", "conv"]);
    expect(unit.branch.slice(0, 2).every((p) => p.term === "preact")).toBe(true);
    expect(unit.merge.map((p) => p.kind)).toEqual(["add"]);
  });

  it("the original unit ends with BN, then the addition, then ReLU", () => {
    const unit = describeUnit(cifarSpec({n: 3}), 0, 1);
    expect(unit.branch.map((p) => p.kind)).toEqual(["conv", "bn", "relu", "conv", "bn"]);
    expect(unit.merge.map((p) => p.kind)).toEqual(["add", "relu"]);
  });

  it("a pre-activated CIFAR net has as many BatchNorm parameters as the original one", () => {
    // The first unit reuses the stem's BN+ReLU and the last addition gets one extra BN+ReLU: one BN per
    // conv either way (He et al. 2016, §4.1), and with option A no projection loses its BN.
    for (const n of [3, 18]) {
      expect(countNetwork(cifarSpec({n, preActivation: true})).params).toBe(countNetwork(cifarSpec({n})).params);
    }
  });

  it("pre-activated projections have no BN of their own", () => {
    const original = countNetwork(imagenetSpec({depth: 18}));
    const preact = countNetwork(imagenetSpec({depth: 18, preActivation: true}));
    expect(original.shortcut.params - preact.shortcut.params).toBe(2 * (128 + 256 + 512));
  });
});
