/** The bench's command line: --help prints the usage instead of running the bench, and unknown flags are errors. */
import {describe, expect, it} from "vitest";
import {BENCH_USAGE, parseBenchArgs} from "../../scripts/bench/args.ts";

describe("parseBenchArgs", () => {
  it("answers --help and -h with the usage", () => {
    expect(parseBenchArgs(["--help"])).toBe("help");
    expect(parseBenchArgs(["--quick", "-h"])).toBe("help");
    expect(BENCH_USAGE).toMatch(/^usage: npm run bench/);
  });

  it("refuses an unknown flag and a value flag without its value", () => {
    expect(() => parseBenchArgs(["--quik"])).toThrow("unknown option --quik");
    expect(() => parseBenchArgs(["--steps"])).toThrow("--steps needs a value");
    expect(() => parseBenchArgs(["--models", "--quick"])).toThrow("--models needs a value");
  });

  it("reads the flags it knows", () => {
    const args = parseBenchArgs(["--quick", "--node-only", "--no-torch", "--site-root", "other", "--steps", "3"]);
    expect(args).toMatchObject({quick: true, node: true, browser: false, site: false, torch: false, siteRoot: "other", suite: {trainSteps: 3, models: ["plain-20"]}});
    expect(parseBenchArgs([])).toMatchObject({quick: false, node: true, browser: true, site: true, memory: true, siteRoot: "dist"});
  });
});
