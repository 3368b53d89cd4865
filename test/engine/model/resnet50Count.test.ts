/**
 * The TF.js builder and the architecture arithmetic count the same networks: `buildModel(spec).countParams()`
 * equals `countNetwork(spec).params` for the ImageNet ResNets (ResNet-50 is the architecture page's live build),
 * the CIFAR-10 family of Table 6, and the conv nets the Lab page trains on 14×14 MNIST with every option.
 */
import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {countNetwork, TORCHVISION_PARAMS} from "../../../src/engine/arch/index.ts";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {cifarSpec, imagenetSpec, type ConvNetSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

/** Parameters of the model the builder makes (zero weights: only allocated), checking nothing is left behind. */
function builtParams(spec: ConvNetSpec): number {
  const before = tf.memory().numTensors;
  const model = buildModel(spec, {seed: 1, init: "zeros"});
  const params = model.countParams();
  model.dispose();
  expect(tf.memory().numTensors).toBe(before);
  return params;
}

describe("the builder's countParams() equals the architecture arithmetic", () => {
  it("for ResNet-18, 34, 50, 101 and 152 (option B), each also torchvision's figure", () => {
    for (const depth of [18, 34, 50, 101, 152] as const) {
      const spec = imagenetSpec({depth});
      const built = builtParams(spec);
      expect(built, `ResNet-${depth}`).toBe(countNetwork(spec).params);
      expect(built, `ResNet-${depth}`).toBe(TORCHVISION_PARAMS[`resnet${depth}`].value);
    }
  });

  it("for ResNet-50 with shortcut options B and C, the stride on either convolution, and its plain twin", () => {
    const specs = [
      imagenetSpec({depth: 50, shortcut: "C"}),
      imagenetSpec({depth: 50, bottleneckStride: "3x3"}),
      imagenetSpec({depth: 50, isResidual: false}),
      imagenetSpec({depth: 34, shortcut: "A"})
    ];
    for (const spec of specs) expect(builtParams(spec), spec.name).toBe(countNetwork(spec).params);
  });

  it("for the CIFAR-10 nets of Table 6 (option A: 20 to 110 layers)", () => {
    for (const n of [3, 5, 7, 9, 18]) {
      const spec = cifarSpec({n});
      expect(builtParams(spec), spec.name).toBe(countNetwork(spec).params);
    }
  });

  const input = {height: 14, width: 14, channels: 1};
  const labNets = (preActivation: boolean, isResidual: boolean) =>
    (["A", "B", "C"] as const).flatMap((shortcut) =>
      [true, false].map((batchNorm) => cifarSpec({n: 2, widths: [6, 12, 24], input, shortcut, preActivation, batchNorm, isResidual}))
    );

  it("for the Lab page's conv nets on 14×14 MNIST: every shortcut, original units or residual pre-activation, ± BatchNorm", () => {
    const specs = [...labNets(false, true), ...labNets(false, false), ...labNets(true, true)];
    for (const spec of specs) expect(builtParams(spec), JSON.stringify(spec)).toBe(countNetwork(spec).params);
  });

  // The plain twin of a pre-activation net is the residual net without its shortcuts (twinOf changes nothing
  // else): no ReLU after its units, and the head's final BN-ReLU kept.
  it("for plain pre-activation nets", () => {
    const spec = cifarSpec({n: 2, widths: [6, 12, 24], input, preActivation: true, isResidual: false});
    expect(builtParams(spec)).toBe(countNetwork(spec).params);
  });
});
