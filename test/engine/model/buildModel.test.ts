import * as tf from "@tensorflow/tfjs-core";
import {beforeAll, describe, expect, it} from "vitest";
import {buildModel} from "../../../src/engine/model/buildModel.ts";
import {cifarSpec, imagenetSpec, mlpSpec, twinOf, vgg19Spec, type ConvNetSpec} from "../../../src/engine/spec.ts";
import {useCpu} from "../helpers.ts";

beforeAll(useCpu);

/** A VGG-style net small enough to run: three stages of single convs with max pooling, flatten, hidden FC. */
const TINY_VGG: ConvNetSpec = {...vgg19Spec(10), input: {height: 16, width: 16, channels: 1}, stages: [1, 2, 1].map((units, i) => ({units, width: 4 << i, stride: 1})), hiddenFc: [12]};

describe("buildModel", () => {
  it("counts torchvision's parameters for ResNet-18 (11,689,512) and ResNet-50 (25,557,032)", () => {
    for (const [depth, expected] of [[18, 11_689_512], [50, 25_557_032]] as const) {
      const before = tf.memory().numTensors;
      const model = buildModel(imagenetSpec({depth}), {seed: 1, init: "zeros"});
      expect(model.countParams()).toBe(expected);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
  });

  it("counts the same whether the bottleneck strides in its 1×1 or its 3×3 convolution", () => {
    const model = buildModel(imagenetSpec({depth: 50, bottleneckStride: "3x3"}), {seed: 1, init: "zeros"});
    expect(model.countParams()).toBe(25_557_032);
    model.dispose();
  });

  it("builds the CIFAR family with the paper's shapes: 6n+2 layers, maps halving, widths doubling", () => {
    const spec = cifarSpec({n: 2, widths: [4, 8, 16], input: {height: 14, width: 14, channels: 1}});
    const model = buildModel(spec, {seed: 1});
    expect(model.units.map((unit) => unit.inputShape)).toEqual([[14, 14, 4], [14, 14, 4], [14, 14, 4], [7, 7, 8], [7, 7, 8], [4, 4, 16]]);
    expect(model.probeShapes().at(-1)).toEqual([4, 4, 16]);
    const logits = model.forward(tf.zeros([3, 14, 14, 1]));
    expect(logits.shape).toEqual([3, 10]);
    tf.dispose(logits);
    model.dispose();
  });

  it("runs every unit kind, ordering and shortcut option, with and without BatchNorm", () => {
    const input = {height: 8, width: 8, channels: 2};
    for (const unit of ["basic", "bottleneck"] as const) {
      for (const shortcut of ["A", "B", "C"] as const) {
        for (const preActivation of [false, true]) {
          for (const batchNorm of [true, false]) {
            if (unit === "bottleneck" && shortcut === "A") continue;
            const base = cifarSpec({n: 1, widths: [8, 16, 32], input, shortcut, preActivation, batchNorm});
            const spec: ConvNetSpec = {...base, unit, stem: {...base.stem!, maxPool: {size: 3, stride: 2}}};
            const model = buildModel(spec, {seed: 2});
            const logits = model.forward(tf.randomNormal([2, 8, 8, 2], 0, 1, "float32", 1), {training: true});
            expect(logits.shape).toEqual([2, 10]);
            expect(Array.from(logits.dataSync()).every(Number.isFinite)).toBe(true);
            tf.dispose(logits);
            model.dispose();
          }
        }
      }
    }
  });

  it("builds VGG-style nets: single convs with bias, max pooling after each stage, flatten and hidden FC layers", () => {
    const model = buildModel(TINY_VGG, {seed: 3});
    // convs 1·4·9+4, 4·8·9+8, 8·8·9+8, 8·16·9+16; flatten 2·2·16 = 64 → 12 → 10
    expect(model.countParams()).toBe(40 + 296 + 584 + 1168 + 64 * 12 + 12 + 12 * 10 + 10);
    const logits = model.forward(tf.zeros([1, 16, 16, 1]));
    expect(logits.shape).toEqual([1, 10]);
    tf.dispose(logits);
    model.dispose();
  });

  it("builds MLPs with 2·units + 2 weighted layers", () => {
    const model = buildModel(mlpSpec({units: 3, width: 8}), {seed: 1});
    expect(model.params.filter((param) => param.role === "weight")).toHaveLength(2 * 3 + 2);
    expect(model.countParams()).toBe(2 * 8 + 8 + 3 * 2 * (8 * 8 + 8) + 8 * 2 + 2);
    model.dispose();
  });
});

describe("plain and residual twins", () => {
  function compare(spec: ConvNetSpec | ReturnType<typeof mlpSpec>) {
    const plain = buildModel(twinOf(spec, false), {seed: 9});
    const residual = buildModel(twinOf(spec, true), {seed: 9});
    const plainByName = new Map(plain.params.map((param) => [param.name, param]));
    const extra = residual.params.filter((param) => !plainByName.has(param.name));
    for (const param of residual.params.filter((p) => plainByName.has(p.name))) {
      const twin = plainByName.get(param.name)!;
      expect(param.variable.shape).toEqual(twin.variable.shape);
      expect(Array.from(param.variable.dataSync())).toEqual(Array.from(twin.variable.dataSync()));
    }
    const result = {extra: extra.map((param) => param.name), plainOnly: plain.params.filter((p) => !residual.params.some((q) => q.name === p.name)).length};
    expect(extra.every((param) => param.isShortcut)).toBe(true);
    plain.dispose();
    residual.dispose();
    return result;
  }

  it("share every weight with identical values; option B adds only the projection shortcuts", () => {
    const spec = cifarSpec({n: 2, widths: [4, 8, 16], input: {height: 8, width: 8, channels: 1}, shortcut: "B"});
    const {extra, plainOnly} = compare(spec);
    expect(plainOnly).toBe(0);
    expect(extra).toEqual(["stage2.unit0.shortcut.conv.weight", "stage2.unit0.shortcut.bn.scale", "stage2.unit0.shortcut.bn.shift",
      "stage3.unit0.shortcut.conv.weight", "stage3.unit0.shortcut.bn.scale", "stage3.unit0.shortcut.bn.shift"]);
  });

  it("with option A or an MLP have exactly the same parameters", () => {
    expect(compare(cifarSpec({n: 1, widths: [4, 8, 8], input: {height: 8, width: 8, channels: 1}})).extra).toEqual([]);
    expect(compare(mlpSpec({units: 4, batchNorm: true})).extra).toEqual([]);
  });

  it("compute different functions (the shortcuts are the only difference)", () => {
    const spec = mlpSpec({units: 3, width: 8});
    const plain = buildModel(twinOf(spec, false), {seed: 4});
    const residual = buildModel(twinOf(spec, true), {seed: 4});
    const x = tf.randomNormal([4, 2], 0, 1, "float32", 2);
    const [a, b] = [plain.forward(x), residual.forward(x)];
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(b.dataSync()));
    tf.dispose([x, a, b]);
    plain.dispose();
    residual.dispose();
  });
});

describe("an inference-only forward pass", () => {
  it("gives the same logits while holding a fraction of the memory (conv and MLP nets)", async () => {
    const specs = [cifarSpec({n: 3, widths: [4, 8, 16], input: {height: 14, width: 14, channels: 1}}), mlpSpec({units: 8, width: 16, inputDim: 2, classes: 2, isResidual: true, preActivation: true, batchNorm: true})];
    for (const spec of specs) {
      const model = buildModel(spec, {seed: 3});
      const x = tf.randomNormal([64, ...model.inputShape], 0, 1, "float32", 5);
      const pass = async (isInferenceOnly: boolean) => {
        let logits: Float32Array | undefined;
        const baseline = tf.memory().numBytes; // the weights and the input
        const profile = await tf.profile(() => {
          const out = tf.tidy(() => model.forward(x, {training: false, isInferenceOnly}));
          logits = out.dataSync() as Float32Array;
          out.dispose();
        });
        return {logits: [...logits!], peak: profile.peakBytes - baseline};
      };
      const before = tf.memory().numTensors;
      const [kept, freed] = [await pass(false), await pass(true)];
      expect(freed.logits).toEqual(kept.logits);
      expect(freed.peak, spec.name).toBeLessThan(0.5 * kept.peak);
      expect(tf.memory().numTensors).toBe(before);
      x.dispose();
      model.dispose();
    }
  });
});
