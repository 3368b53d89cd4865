/**
 * `npm install` without EBADENGINE: every package the lock file installs accepts the oldest Node that package.json's
 * `engines` allows (KaTeX 0.19's commander 15 wanted Node ≥ 22.12 while `engines` said ≥ 20; vite and rolldown need
 * 20.19, which is therefore the stated requirement).
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

/** [major, minor, patch] of "20", "20.19" or "20.19.0" (missing parts 0). */
const parse = (text: string) => (text.replace(/^v/, "").split(".").map(Number).concat([0, 0, 0]).slice(0, 3) as [number, number, number]);
const compare = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies an npm range of the forms lock files hold: `^a.b.c`, `~a.b`, `>=a`, `>a`, `<a`, `<=a`, `a`, `*`, joined by spaces (and) and `||` (or). */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split("||").some((alternative) =>
    alternative.trim().replace(/([<>=~^]+)\s+/g, "$1").split(/\s+/).filter(Boolean).every((comparator) => {
      const [, operator = "", number = ""] = /^([<>=~^]*)(.*)$/.exec(comparator)!;
      if (number === "*" || number === "x" || number === "") return true;
      const parts = number.split(".").filter((part) => part !== "x");
      const bound = parse(number);
      switch (operator) {
        case ">=": return compare(v, bound) >= 0;
        case ">": return compare(v, bound) > 0;
        case "<=": return compare(v, bound) <= 0;
        case "<": return compare(v, bound) < 0;
        case "^": return compare(v, bound) >= 0 && v[0] === bound[0];
        case "~": return compare(v, bound) >= 0 && v[0] === bound[0] && (parts.length < 2 || v[1] === bound[1]);
        default: return parts.every((part, i) => v[i] === Number(part)); // "14" is 14.x.x
      }
    })
  );
}

/** The oldest version a range of the form ">=a.b" (package.json's) allows. */
const oldestOf = (range: string) => /^>=\s*([\d.]+)$/.exec(range.trim())?.[1] ?? range;

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {engines: {node: string}};
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {packages: Record<string, {engines?: {node?: string} | string[]; optional?: boolean}>};

describe("the Node version", () => {
  it("package.json's oldest Node satisfies every installed package's engines", () => {
    const oldest = oldestOf(manifest.engines.node);
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !satisfies(oldest, (entry.engines as {node: string}).node))
      .map(([path, entry]) => `${path} needs ${(entry.engines as {node: string}).node}`);
    expect(refusing).toEqual([]);
    expect(satisfies(process.version, manifest.engines.node), `this Node ${process.version}`).toBe(true);
    // the check itself: commander 15's range refuses Node 20, and rolldown's refuses 20.0
    expect(satisfies("20.19.0", ">=22.12.0")).toBe(false);
    expect(satisfies("20.0.0", "^20.19.0 || >=22.12.0")).toBe(false);
    expect(satisfies("20.19.0", "^20.19.0 || >=22.12.0")).toBe(true);
    expect(satisfies("20.19.0", ">=16 || 14 >=14.17")).toBe(true);
  });
});
