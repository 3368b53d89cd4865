/**
 * Loading a page's reference files one by one: a missing or outdated file is named and left out, the others load.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {loadReferenceFiles, referenceRuns} from "../../src/session/references.ts";

const good = () => ({json: async () => JSON.parse(readFileSync(new URL("../../data/degradation.json", import.meta.url), "utf8"))});

describe("loadReferenceFiles", () => {
  it("keeps the files that load and names those that do not, with why", async () => {
    const loaded = await loadReferenceFiles({
      circles: good(),
      missing: {json: async () => Promise.reject(new Error("Unable to load file: degradation-mnist.json"))},
      outdated: {json: async () => ({preset: "degradation", command: "npm run experiment -- degradation", runs: []})}
    });
    expect(loaded.files).toHaveLength(1);
    expect(referenceRuns(loaded.files).length).toBeGreaterThan(0);
    expect(loaded.failed.map((failure) => failure.name)).toEqual(["missing", "outdated"]);
    expect(loaded.failed[0].reason).toMatch(/Unable to load file/);
    expect(loaded.failed[1].reason).toMatch(/^outdated has no version; this code reads version 1\. Make it again with its command/);
  });

  it("fails nothing when every file loads", async () => {
    const loaded = await loadReferenceFiles({a: good(), b: good()});
    expect(loaded.failed).toEqual([]);
    expect(loaded.files).toHaveLength(2);
  });
});
