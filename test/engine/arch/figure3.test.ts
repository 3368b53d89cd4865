/** The columns of He et al. 2015, Fig. 3: how many boxes, which labels, which shortcuts are dashed. */
import {describe, expect, it} from "vitest";
import {cifarSpec, imagenetSpec, vgg19Spec} from "../../../src/engine/spec.ts";
import {figure3Column} from "../../../src/engine/arch/index.ts";

describe("Fig. 3 columns", () => {
  it("VGG-19: 16 convs, 5 pools, 3 fc layers", () => {
    const column = figure3Column(vgg19Spec());
    const count = (kind: string) => column.layers.filter((l) => l.kind === kind).length;
    expect([count("conv"), count("pool"), count("fc")]).toEqual([16, 5, 3]);
    expect(column.layers.map((l) => l.label).slice(0, 4)).toEqual(["3×3 conv, 64", "3×3 conv, 64", "pool, /2", "3×3 conv, 128"]);
    expect(column.layers.slice(-3).map((l) => l.label)).toEqual(["fc 4096", "fc 4096", "fc 1000"]);
    expect(column.shortcuts).toEqual([]);
  });

  it("plain-34 and ResNet-34: 33 convs + fc = 34 weighted layers, labelled like the paper", () => {
    for (const isResidual of [false, true]) {
      const column = figure3Column(imagenetSpec({depth: 34, isResidual}));
      const weighted = column.layers.filter((l) => l.kind !== "pool");
      expect(weighted).toHaveLength(34);
      expect(column.layers[0].label).toBe("7×7 conv, 64, /2");
      expect(column.layers[1].label).toBe("pool, /2");
      const halving = column.layers.filter((l) => l.label.endsWith(", /2") && l.kind === "conv").map((l) => l.label);
      expect(halving).toEqual(["7×7 conv, 64, /2", "3×3 conv, 128, /2", "3×3 conv, 256, /2", "3×3 conv, 512, /2"]);
      expect(column.layers.slice(-2).map((l) => l.label)).toEqual(["avg pool", "fc 1000"]);
    }
  });

  it("ResNet-34 has 16 shortcuts, 3 of them dashed (shape changes); each spans its unit's two convs", () => {
    const column = figure3Column(imagenetSpec({depth: 34}));
    expect(column.shortcuts).toHaveLength(16);
    expect(column.shortcuts.filter((s) => s.changesShape)).toHaveLength(3);
    for (const s of column.shortcuts) {
      expect(s.to - s.from).toBe(1);
      expect(column.layers[s.from].unit).toBe(column.layers[s.to].unit);
    }
  });

  it("the box count grows with depth: a CIFAR net of depth 6n+2 has 6n+1 convs", () => {
    for (const n of [3, 9, 18]) {
      const column = figure3Column(cifarSpec({n}));
      expect(column.layers.filter((l) => l.kind === "conv")).toHaveLength(6 * n + 1);
      expect(column.shortcuts).toHaveLength(3 * n);
    }
  });
});
