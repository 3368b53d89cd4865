/**
 * The architecture page shows the engine's builder cut out of its real source files: every excerpt it names
 * exists, is an exact run of lines of its file, and every line it marks is there.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {BUILDER_EXCERPTS, BUILDER_FILES} from "../../../src/components/resnet50/builderExcerpts.ts";
import {extractFunction, matchingLines} from "../../../src/components/resnet50/sourceExcerpt.ts";

const read = (file: string) => readFileSync(new URL(`../../../src/${file}`, import.meta.url), "utf8");

describe("extractFunction", () => {
  const source = [
    "import x from 'y';",
    "",
    "/**",
    " * Doc with a brace { in it.",
    " */",
    "export function tricky(a: {b: number}): {c: string} {",
    "  const s = `${a.b} }`; // } in a comment",
    "  /* { */ if (a.b) {",
    "    return {c: '}'};",
    "  }",
    "  return {c: \"{\"};",
    "}",
    "function after() {}"
  ].join("\n");

  it("cuts from the JSDoc to the closing brace, skipping braces in strings, templates, comments and return types", () => {
    const cut = extractFunction(source, "tricky");
    expect([cut.startLine, cut.endLine]).toEqual([3, 12]);
    expect(cut.lines.at(-1)).toBe("}");
    expect(cut.lines[0]).toBe("/**");
  });

  it("starts at the declaration when there is no JSDoc, and throws for a missing function", () => {
    expect(extractFunction(source, "after")).toMatchObject({startLine: 13, endLine: 13});
    expect(() => extractFunction(source, "missing")).toThrow(/no function missing/);
  });
});

describe("the builder excerpts on the architecture page", () => {
  it("name functions of the builder's files, each an exact run of the file's lines", () => {
    for (const excerpt of BUILDER_EXCERPTS) {
      expect(BUILDER_FILES).toContain(excerpt.file);
      const source = read(excerpt.file);
      const cut = extractFunction(source, excerpt.name);
      expect(source.split("\n").slice(cut.startLine - 1, cut.endLine), excerpt.name).toEqual(cut.lines);
      expect(cut.lines.some((line) => line.includes(`function ${excerpt.name}(`)), excerpt.name).toBe(true);
      expect(cut.lines.at(-1), excerpt.name).toBe("}");
    }
  });

  it("mark at least one line for every pattern", () => {
    for (const excerpt of BUILDER_EXCERPTS) {
      const cut = extractFunction(read(excerpt.file), excerpt.name);
      for (const mark of excerpt.marks) expect(matchingLines(cut, [mark]).length, `${excerpt.name}: ${mark}`).toBeGreaterThan(0);
    }
  });
});
