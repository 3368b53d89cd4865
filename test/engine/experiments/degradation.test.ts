/**
 * The fast degradation check (issue 3): at equal steps the deep plain net ends with clearly higher training loss
 * than the shallow plain net, and the deep residual net does not. The MLP family on circles trains on the wasm
 * backend in well under two minutes here; `npm run experiment -- degradation` is the full version.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {initBackend} from "../../../src/engine/backend.ts";
import {loadData} from "../../../src/engine/data/request.ts";
import {presetExperiment} from "../../../src/engine/experiments/presets.ts";
import {runExperiment} from "../../../src/engine/experiments/runExperiment.ts";
import type {DegradationVerdict} from "../../../src/engine/experiments/verdict.ts";

beforeAll(async () => {
  await initBackend({preference: "auto", family: "mlp"});
});

describe("degradation", () => {
  it("plain-56 ends clearly above plain-20 in training loss; residual-56 does not", {timeout: 120_000}, async () => {
    const experiment = presetExperiment("degradation", {seed: 1});
    const dataset = await loadData(experiment.data, () => Promise.reject(new Error("not used")));
    const {runs, verdict} = await runExperiment(experiment, dataset);
    expect(runs.map((run) => run.final.status)).toEqual(["done", "done", "done", "done"]);
    expect(verdict).not.toBeNull();
    expect(verdict!.kind).toBe("degradation");
    const {losses, margin} = verdict as DegradationVerdict;
    expect(losses.deepPlain, "plain-56 vs plain-20").toBeGreaterThan(losses.shallowPlain + margin);
    expect(losses.deepResidual, "residual-56 vs plain-20").toBeLessThanOrEqual(losses.shallowPlain + margin);
    expect(verdict!.holds).toBe(true);
  });
});
