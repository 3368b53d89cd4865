/**
 * The diagrams' pixel layouts are pure functions of the specs: the right number of boxes for a given depth,
 * rows aligned by output size across columns, shortcuts spanning their unit, every unit part on the page.
 */
import {describe, expect, it} from "vitest";
import {cifarSpec, imagenetSpec, vgg19Spec} from "../../../src/engine/spec.ts";
import {describeUnit, figure3Column} from "../../../src/engine/arch/index.ts";
import {layoutNetworkColumns} from "../../../src/components/diagrams/networkLayout.ts";
import {layoutUnit} from "../../../src/components/diagrams/unitLayout.ts";

describe("Fig. 3 layout", () => {
  const columns = [figure3Column(vgg19Spec()), figure3Column(imagenetSpec({depth: 34, isResidual: false})), figure3Column(imagenetSpec({depth: 34}))];
  const layout = layoutNetworkColumns(columns);

  it("places one box per layer: 24 for VGG-19, 36 for each 34-layer net", () => {
    expect([0, 1, 2].map((c) => layout.boxes.filter((b) => b.column === c).length)).toEqual([24, 36, 36]);
    expect(layout.shortcuts).toHaveLength(16);
    expect(layout.shortcuts.filter((s) => s.changesShape)).toHaveLength(3);
  });

  it("aligns the first layer of each output size at the same height in every column", () => {
    for (const size of [112, 56, 28, 14, 7, 1]) {
      const tops = [0, 1, 2].map((c) => layout.boxes.find((b) => b.column === c && b.outputSize === size)?.y);
      expect(new Set(tops).size).toBe(1);
    }
  });

  it("never overlaps two boxes of a column, and keeps everything inside the drawing", () => {
    for (const c of [0, 1, 2]) {
      const boxes = layout.boxes.filter((b) => b.column === c);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
    }
    for (const b of layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it("draws each shortcut from above its unit's first box to below its last", () => {
    const resnet = layout.boxes.filter((b) => b.column === 2);
    columns[2].shortcuts.forEach((shortcut, i) => {
      const placed = layout.shortcuts[i];
      expect(placed.y1).toBeLessThan(resnet[shortcut.from].y);
      expect(placed.y2).toBeGreaterThan(resnet[shortcut.to].y + resnet[shortcut.to].height);
    });
  });

  it("grows with depth: a deeper CIFAR net gets 6 more boxes per extra n", () => {
    const boxes = (n: number) => layoutNetworkColumns([figure3Column(cifarSpec({n}))]).boxes.length;
    expect(boxes(5) - boxes(3)).toBe(12);
    expect(boxes(18)).toBe(6 * 18 + 1 + 2); // convs, average pooling, fc
  });
});

describe("unit layout", () => {
  it("draws every part of a basic unit without BN: two convs, ReLU, addition, ReLU after", () => {
    const layout = layoutUnit(describeUnit(imagenetSpec({depth: 34}), 0, 1));
    const boxes = layout.nodes.filter((n) => n.shape === "box");
    expect(boxes.map((b) => b.kind)).toEqual(["conv", "relu", "conv", "relu"]);
    expect(layout.nodes.filter((n) => n.shape === "circle")).toHaveLength(1);
  });

  it("shows BN when asked, and a projection shortcut's conv and BN beside the branch", () => {
    const layout = layoutUnit(describeUnit(imagenetSpec({depth: 34, shortcut: "B"}), 1, 0), {showBatchNorm: true});
    const projection = layout.nodes.filter((n) => n.term === "projection" && n.shape === "box");
    expect(projection.map((n) => n.lines.join(" "))).toEqual(["1×1, 128, /2", "BN"]);
    const branch = layout.nodes.filter((n) => n.term === "residual" && n.shape === "box");
    expect(Math.min(...projection.map((n) => n.x))).toBeGreaterThan(Math.max(...branch.map((n) => n.x + n.width)));
  });

  it("a plain unit has no addition and no shortcut edge", () => {
    const layout = layoutUnit(describeUnit(cifarSpec({n: 3, isResidual: false}), 0, 1));
    expect(layout.nodes.some((n) => n.kind === "add")).toBe(false);
    expect(layout.edges.some((e) => e.term === "shortcut")).toBe(false);
  });

  it("tags every pre-activation part with its term", () => {
    const layout = layoutUnit(describeUnit(cifarSpec({n: 3, preActivation: true}), 0, 1), {showBatchNorm: true});
    const terms = layout.nodes.filter((n) => n.shape === "box").map((n) => n.term);
    expect(terms).toEqual(["preact", "preact", "residual", "residual", "residual", "residual"]);
  });
});
