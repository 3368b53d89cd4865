/**
 * The architecture arithmetic against published figures: torchvision's parameter counts exactly, Table 1's
 * FLOPs within 0.1×10⁹, Table 6's CIFAR parameters after rounding, VGG-19 both ways.
 */
import {describe, expect, it} from "vitest";
import {cifarSpec, imagenetSpec, vgg19Spec, type ImagenetDepth} from "../../../src/engine/spec.ts";
import {
  cifarFamily,
  countNetwork,
  formatMillions,
  PAPER_FLOPS,
  PAPER_VGG19_FLOPS,
  TORCHVISION_GFLOPS,
  TORCHVISION_PARAMS
} from "../../../src/engine/arch/index.ts";

const DEPTHS: ImagenetDepth[] = [18, 34, 50, 101, 152];

describe("ImageNet ResNets (option B, as torchvision builds them)", () => {
  it("ResNet-18 has 11,689,512 parameters, written out layer by layer", () => {
    // conv1 + BN; conv2_x: 2 units of two 3×3 convs at 64; conv3_x…conv5_x: the first unit halves the map and
    // has a 1×1 projection + BN; fc 512→1000 with bias.
    const stem = 7 * 7 * 3 * 64 + 2 * 64;
    const unit = (cin: number, c: number) => 9 * cin * c + 2 * c + 9 * c * c + 2 * c;
    const proj = (cin: number, c: number) => cin * c + 2 * c;
    const stages = [64, 128, 256, 512].reduce((sum, c, i) => {
      const cin = i === 0 ? 64 : c / 2;
      return sum + unit(cin, c) + (i > 0 ? proj(cin, c) : 0) + unit(c, c);
    }, 0);
    const byHand = stem + stages + 512 * 1000 + 1000;
    expect(byHand).toBe(11_689_512);
    expect(countNetwork(imagenetSpec({depth: 18})).params).toBe(byHand);
  });

  for (const depth of DEPTHS) {
    it(`ResNet-${depth}: parameters equal torchvision's num_params exactly`, () => {
      expect(countNetwork(imagenetSpec({depth})).params).toBe(TORCHVISION_PARAMS[`resnet${depth}`].value);
    });
    it(`ResNet-${depth}: FLOPs (stride on the 1×1) within 0.1×10⁹ of Table 1`, () => {
      const flops = countNetwork(imagenetSpec({depth, bottleneckStride: "1x1"})).multiplyAdds;
      expect(Math.abs(flops - PAPER_FLOPS[depth].value)).toBeLessThan(0.1e9);
    });
    it(`ResNet-${depth}: FLOPs with the stride on the 3×3 round to torchvision's GFLOPS`, () => {
      const flops = countNetwork(imagenetSpec({depth, bottleneckStride: "3x3"})).multiplyAdds;
      expect((flops / 1e9).toFixed(3)).toBe(TORCHVISION_GFLOPS[`resnet${depth}`].value.toFixed(3));
    });
  }

  it("the stride's place only matters for bottlenecks: ResNet-50 ≈3.86×10⁹ (1×1) vs ≈4.09×10⁹ (3×3)", () => {
    const on1x1 = countNetwork(imagenetSpec({depth: 50, bottleneckStride: "1x1"}));
    const on3x3 = countNetwork(imagenetSpec({depth: 50, bottleneckStride: "3x3"}));
    expect(on1x1.params).toBe(on3x3.params);
    expect(on1x1.multiplyAdds / 1e9).toBeCloseTo(3.858, 3);
    expect(on3x3.multiplyAdds / 1e9).toBeCloseTo(4.089, 3);
    for (const depth of [18, 34] as const) {
      const a = countNetwork(imagenetSpec({depth, bottleneckStride: "1x1"})).multiplyAdds;
      expect(countNetwork(imagenetSpec({depth, bottleneckStride: "3x3"})).multiplyAdds).toBe(a);
    }
  });

  it("per-stage output sizes follow Table 1: 112, 56, 28, 14, 7, then 1", () => {
    for (const depth of DEPTHS) {
      const parts = countNetwork(imagenetSpec({depth})).parts;
      expect(parts.map((p) => p.name)).toEqual(["conv1", "conv2_x", "conv3_x", "conv4_x", "conv5_x", "head"]);
      expect(parts.map((p) => p.output.height)).toEqual([112, 56, 28, 14, 7, 1]);
      const expansion = depth >= 50 ? 4 : 1;
      expect(parts.slice(1, 5).map((p) => p.output.channels)).toEqual([64, 128, 256, 512].map((c) => c * expansion));
    }
  });
});

describe("plain nets and VGG-19", () => {
  it("plain-18/34 have the parameters of option A (identity shortcuts add none)", () => {
    for (const depth of [18, 34] as const) {
      const plain = countNetwork(imagenetSpec({depth, isResidual: false}));
      const optionA = countNetwork(imagenetSpec({depth, shortcut: "A"}));
      expect(plain.params).toBe(optionA.params);
      expect(plain.multiplyAdds).toBe(optionA.multiplyAdds);
    }
    expect(countNetwork(imagenetSpec({depth: 34, isResidual: false})).params).toBe(21_623_848);
  });

  it("VGG-19 equals torchvision's 143,667,240 parameters and ≈19.6×10⁹ FLOPs (He et al. 2015, §3.3)", () => {
    const vgg = countNetwork(vgg19Spec());
    expect(vgg.params).toBe(TORCHVISION_PARAMS.vgg19.value);
    expect(Math.abs(vgg.multiplyAdds - PAPER_VGG19_FLOPS.value)).toBeLessThan(0.1e9);
    expect((vgg.multiplyAdds / 1e9).toFixed(3)).toBe(TORCHVISION_GFLOPS.vgg19.value.toFixed(3));
  });

  it("plain-34 costs 18% of VGG-19's FLOPs, as §3.3 says", () => {
    const ratio = countNetwork(imagenetSpec({depth: 34, isResidual: false})).multiplyAdds / countNetwork(vgg19Spec()).multiplyAdds;
    expect(Math.round(ratio * 100)).toBe(19); // 3.644 / 19.632 = 18.6%; the paper divides its rounded 3.6 by 19.6
    expect(Math.round((3.6 / 19.6) * 100)).toBe(18);
  });
});

describe("CIFAR-10 ResNets (Table 6, option A)", () => {
  it("round to Table 6's parameter counts", () => {
    for (const net of cifarFamily()) expect(formatMillions(net.params)).toBe(formatMillions(net.paperParams.value));
  });
  it("ResNet-20 has 269,722 parameters and 40.55×10⁶ multiply-adds, written out by hand", () => {
    const c = countNetwork(cifarSpec({n: 3}));
    expect(c.params).toBe(269_722);
    // stem 3→16 at 32×32; stage 1: six 3×3 16→16 convs at 32×32; stages 2, 3: one 3×3 conv that doubles the
    // width and halves the map, then five at the new width; fc 64→10.
    const macs = 9 * 3 * 16 * 32 * 32 + 6 * 9 * 16 * 16 * 32 * 32 + (9 * 16 * 32 + 5 * 9 * 32 * 32) * 16 * 16 + (9 * 32 * 64 + 5 * 9 * 64 * 64) * 8 * 8 + 64 * 10;
    expect(c.multiplyAdds).toBe(macs);
    expect(c.parts.map((p) => p.output.height)).toEqual([32, 32, 16, 8, 1]);
  });
  it("option A adds no parameter over the plain twin", () => {
    for (const n of [3, 9]) {
      expect(countNetwork(cifarSpec({n})).params).toBe(countNetwork(cifarSpec({n, isResidual: false})).params);
    }
  });
});
