/**
 * Every message table of the site (the `Localized` tables exported by every `text.ts` and `*.text.ts` module under src/):
 * each language has the same keys, at every depth, and no empty string; a function takes the same arguments in
 * every language and returns text. TypeScript already rejects a table that lacks a key; this catches what it cannot
 * (an `as` cast, an empty string, a function that returns nothing).
 */
import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {LOCALES} from "../../src/i18n/locale.ts";

const SRC = new URL("../../src/", import.meta.url).pathname;

/** The text modules under src/, as paths from src/. */
function textModules(): string[] {
  return readdirSync(SRC, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /(^|\.)text\.ts$/.test(entry.name))
    .map((entry) => relative(SRC, join(entry.parentPath, entry.name)))
    .sort();
}

/** A table's shape: "string", "function/<arity>", or the shapes of an object's (or array's) entries by key. */
function shape(value: unknown, where: string, problems: string[]): unknown {
  if (typeof value === "string") {
    if (value.trim() === "") problems.push(`${where} is empty`);
    return "string";
  }
  if (typeof value === "function") return `function/${value.length}`;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shape(entry, `${where}.${key}`, problems)]));
  }
  return typeof value;
}

describe("the message tables", () => {
  const modules = textModules();

  it("exist", () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  for (const module of modules) {
    it(`${module}: every language has every key, none empty`, async () => {
      const exports = await import(join(SRC, module));
      const tables = Object.entries(exports).filter(([, value]) => value && typeof value === "object" && LOCALES.every((locale) => locale in (value as object)));
      expect(tables.length, `${module} exports no table with a key per language`).toBeGreaterThan(0);
      for (const [name, table] of tables) {
        const problems: string[] = [];
        const [first, ...rest] = LOCALES.map((locale) => shape((table as Record<string, unknown>)[locale], `${name}.${locale}`, problems));
        for (const other of rest) expect(other, `${module}: ${name}`).toEqual(first);
        expect(problems).toEqual([]);
      }
    });
  }
});
