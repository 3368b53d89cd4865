/**
 * The reference runs in data/ are what the pages show before (and beside) a live run: each must be an output of
 * the experiment CLI, be served by a data loader, and have its exact command in data/README.md.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

const DATA = "data";
const README = readFileSync(`${DATA}/README.md`, "utf8");
const files = readdirSync(DATA).filter((file) => file.endsWith(".json"));

describe("the reference runs in data/", () => {
  it("exist", () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    const name = file.replace(/\.json$/, "");
    it(`${file} is an experiment CLI output with its command in data/README.md and a loader`, () => {
      const run = JSON.parse(readFileSync(`${DATA}/${file}`, "utf8")) as {preset?: string; command?: string; createdAt?: string};
      expect(run.preset).toBeTruthy();
      expect(run.command).toMatch(/^npm run experiment -- /);
      expect(README, `data/README.md lacks "${run.command}"`).toContain(run.command!);
      expect(run.command).toContain(`--out data/${file}`);
      const loader = `src/data/reference-${name}.json.ts`;
      expect(existsSync(loader), loader).toBe(true);
      // The file itself, or (for a file too large for a page) its summary: printReferenceRun("NAME", summarize).
      expect(readFileSync(loader, "utf8")).toMatch(new RegExp(`printReferenceRun\\("${name}"(\\)|, \\w+\\))`));
    });
  }
});

describe("data/README.md", () => {
  it("quotes the reference runs' own figures (npm run reference-readme)", async () => {
    const {regenerateReadme} = await import("../../scripts/referenceReadme.ts");
    expect(README).toMatch(/<!-- generated: /);
    expect(regenerateReadme(README), "data/README.md is out of date: run npm run reference-readme").toBe(README);
  });

  it("has a generated block for every reference run", () => {
    for (const file of files) expect(README, file).toContain(` ${file.replace(/\.json$/, "")} -->`);
  });
});
