/**
 * Memory before a run starts: the model against TF.js's measured peaks, and the admission of the labs' settings —
 * refused when they would not fit a school laptop (with what would fit), asked for when they take long, else ok.
 */
import {describe, expect, it} from "vitest";
import {admission, describeEstimate, MEMORY_LIMIT_BYTES, predictRunBytes, predictSessionBytes} from "../../src/session/estimate.ts";
import {mnistConvSpec} from "../../src/engine/spec.ts";
import {parseLabParams} from "../../src/components/controls/urlState.ts";
import {labRunRequests} from "../../src/components/labPage/labRuns.ts";
import {shortcutRunRequests} from "../../src/components/shortcutLab/shortcutRuns.ts";

/** Peak tensor bytes of one training step and one test evaluation (tf.profile, wasm in Node, 2026-12-02): depth, width, batch, bytes. */
const MEASURED: Array<[number, number, number, number]> = [
  [20, 8, 32, 56_632_396], [20, 16, 32, 108_423_660], [20, 16, 128, 217_813_072], [56, 16, 32, 163_574_608],
  [56, 16, 128, 596_697_424], [110, 16, 64, 599_131_856], [110, 32, 32, 681_786_384], [110, 32, 256, 4_642_540_048]
];

const runsOf = (query: string) => labRunRequests(parseLabParams("lab", query).values, "/mnist.bin");
const timeOf = (runs: ReturnType<typeof runsOf>) => describeEstimate(runs, {backend: "wasm", calibration: {}, cores: 2}).ms;

describe("the memory estimate", () => {
  it("counts a worker's runs as held together but stepping one at a time", () => {
    const runs = runsOf("?depth=56&width=16&batchSize=128");
    const one = predictRunBytes(runs[0].spec, {batchSize: 128}, {kind: "mnist"});
    expect(predictSessionBytes(runs, 1)).toBeLessThan(predictSessionBytes(runs, 2));
    expect(predictSessionBytes(runs, 2)).toBeGreaterThan(2 * one);
  });

  it("is within 15% of (and not below) the measured peaks, from 57 MB to 4.6 GB", () => {
    for (const [depth, width, batchSize, measured] of MEASURED) {
      const predicted = predictRunBytes(mnistConvSpec({depth, width, isResidual: true}), {batchSize}, {kind: "mnist"});
      expect(predicted / measured, `${depth}/${width}/${batchSize}`).toBeGreaterThanOrEqual(0.97);
      expect(predicted / measured, `${depth}/${width}/${batchSize}`).toBeLessThanOrEqual(1.15);
    }
  });
});

describe("admission", () => {
  it("lets the Lab's defaults start at once", () => {
    const runs = runsOf("");
    expect(admission(runs, timeOf(runs))).toEqual({kind: "ok", text: ""});
  });

  it("refuses 110 layers of width 32 at batch 256, saying how much they need and which batch would fit", () => {
    const runs = runsOf("?depth=110&width=32&batchSize=256");
    const decision = admission(runs, timeOf(runs));
    expect(decision.kind).toBe("refuse");
    expect(decision.text).toMatch(/^Training these 2 nets would need about 10\.\d GB of memory — more than a school laptop can spare \(this page stops at about 1\.5 GB\)\. A batch size of 32 would fit \(about 1\.\d GB\); so would fewer layers or a smaller width\.$/);
    expect(predictSessionBytes(runsOf("?depth=110&width=32&batchSize=32"))).toBeLessThanOrEqual(MEMORY_LIMIT_BYTES);
  });

  it("asks before a long run that fits in memory (110 layers of width 32, 300 steps: minutes; 5,000 steps: hours)", () => {
    const long = shortcutRunRequests(parseLabParams("shortcuts", "?depth=56&width=16&steps=5000").values, "/mnist.bin");
    expect(admission(long, timeOf(long), {workers: 2, canChangeBatch: false})).toMatchObject({kind: "ask", text: expect.stringMatching(/^This will take about \d+\.\d h on this computer/)});
    const runs = runsOf("?depth=110&width=32&twin=false");
    const decision = admission(runs, timeOf(runs));
    expect(decision.kind).toBe("ask");
    expect(decision.text).toMatch(/^This will take about \d+ min on this computer\. Start anyway\? You can stop at any time\.$/);
  });

  it("decides every lab's largest settings without throwing", () => {
    const maxima = "?dataset=mnist14&depth=110&width=32&units=54&hidden=256&batchSize=256&steps=5000";
    const lab = runsOf(maxima);
    expect(admission(lab, timeOf(lab)).kind).toBe("refuse");
    const shortcuts = shortcutRunRequests(parseLabParams("shortcuts", "?depth=110&width=32&steps=5000").values, "/mnist.bin");
    const decision = admission(shortcuts, timeOf(shortcuts), {workers: 2, canChangeBatch: false});
    expect(["ask", "refuse"]).toContain(decision.kind);
    expect(decision.text).not.toMatch(/batch/); // the shortcut lab has no batch-size control
    const mlp = runsOf("?dataset=spirals&units=54&hidden=256&batchSize=256&steps=5000");
    expect(admission(mlp, timeOf(mlp)).kind).not.toBe("refuse");
  });
});
