/**
 * The rule of what may import what (docs/architecture.md), checked on the import graph of src/:
 * pages → components → session → workers → engine (its kernels inside it), and no cycles between folders.
 */
import {readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, normalize, relative} from "node:path";
import {describe, expect, it} from "vitest";

const SRC = "src";
/** Generated or build-time-only folders that are not part of the layers. */
const SKIPPED = new Set(["src/vendor", "src/.observablehq"]);

/** Every TypeScript module under src/ (generated folders left out). */
function modules(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIPPED.has(path)) return [];
    if (statSync(path).isDirectory()) return modules(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The text without its comments (their examples of use are not imports). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, "$1");
}

/** The relative imports of a module (static, dynamic and type-only), as paths of .ts files under src/. */
export function importsOf(path: string, text = readFileSync(path, "utf8")): string[] {
  const code = withoutComments(text);
  const specifiers = [...code.matchAll(/(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?\s*["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? m[2]);
  return specifiers.filter((s) => /\.(js|ts)$/.test(s)).map((s) => normalize(join(dirname(path), s.replace(/\.js$/, ".ts"))));
}

/** The layer a module belongs to: its first folder under src/. */
function layerOf(path: string): string {
  const [first] = relative(SRC, path).split("/");
  return first.endsWith(".ts") ? "(root)" : first;
}

/** What each layer may import besides itself. The languages (src/i18n/) are beneath every layer that shows text, and import nothing. */
const ALLOWED: Record<string, readonly string[]> = {
  i18n: [],
  engine: [],
  workers: ["engine", "i18n"],
  session: ["engine", "workers", "i18n"],
  components: ["session", "workers", "engine", "data", "i18n"],
  site: ["session", "i18n"],
  serviceWorker: [],
  data: ["engine", "i18n"]
};

/** Folder cycles: strongly connected sets of more than one folder in the folder-to-folder import graph. */
export function folderCycles(edges: ReadonlyArray<[string, string]>): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const [from, to] of edges) if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe("the import graph of src/", () => {
  const files = modules();
  const edges = files.flatMap((from) => importsOf(from).map((to) => [from, to] as [string, string]));

  it("has a module behind every relative import", () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.filter(([, to]) => !files.includes(to)).map(([from, to]) => `${from} → ${to}`)).toEqual([]);
  });

  it("has no cycles between folders", () => {
    expect(folderCycles(edges.map(([from, to]) => [dirname(from), dirname(to)]))).toEqual([]);
  });

  it("imports downwards only: pages → components → session → workers → engine", () => {
    const wrong = edges.filter(([from, to]) => {
      const [a, b] = [layerOf(from), layerOf(to)];
      return a !== b && a in ALLOWED && !ALLOWED[a].includes(b);
    });
    expect(wrong.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
  });

  it("keeps the DOM out of the engine, the workers and the session", () => {
    const dom = /\bdocument\.|\bwindow\.(document|location|addEventListener)|\b(HTML|SVG)[A-Za-z]*Element\b|from "(d3[a-z-]*|@observablehq\/[a-z]+)"/;
    const offenders = files.filter((path) => ["engine", "workers", "session"].includes(layerOf(path)) && dom.test(withoutComments(readFileSync(path, "utf8"))));
    expect(offenders).toEqual([]);
  });
});

/** Every Markdown page under src/ (pages are not type-checked, so a renamed export would only fail in the browser). */
function pages(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIPPED.has(path)) return [];
    if (statSync(path).isDirectory()) return pages(path);
    return path.endsWith(".md") ? [path] : [];
  });
}

/** The names a module exports (declarations and `export {…}` lists, re-exports included; `export * from` followed when `path` is given). */
export function exportedNames(text: string, path?: string): Set<string> {
  const code = withoutComments(text);
  const names = new Set<string>();
  if (path) {
    for (const m of code.matchAll(/export\s+\*\s+from\s+["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      const target = normalize(join(dirname(path), `${m[1]}.ts`));
      for (const name of exportedNames(readFileSync(target, "utf8"), target)) names.add(name);
    }
  }
  for (const m of code.matchAll(/export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of code.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

describe("the pages' imports", () => {
  it("name only what their local modules export", () => {
    const missing: string[] = [];
    for (const page of pages()) {
      const text = readFileSync(page, "utf8");
      for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+["'](\.{1,2}\/[^"']+\.js)["']/g)) {
        const module = normalize(join(dirname(page), m[2].replace(/\.js$/, ".ts")));
        const exported = exportedNames(readFileSync(module, "utf8"), module);
        for (const part of m[1].split(",")) {
          const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0].trim();
          if (name && !exported.has(name)) missing.push(`${page}: ${name} from ${m[2]}`);
        }
      }
    }
    expect(pages().length).toBeGreaterThan(9);
    expect(missing).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find a cycle through three folders and none in a chain", () => {
    expect(folderCycles([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]])).toEqual([["a", "b", "c"]]);
    expect(folderCycles([["a", "b"], ["b", "c"]])).toEqual([]);
  });

  it("read a module's exported names", () => {
    expect([...exportedNames("export function a() {}\nexport const b = 1;\nexport {c, d as e} from './x.js';\nexport type {F} from './y.js';\nconst g = 1;")].sort()).toEqual(["F", "a", "b", "c", "e"]);
  });

  it("read static, type-only and dynamic imports, with .js or .ts", () => {
    const text = '/** import {z} from "./z.js" */\nimport {a} from "./a.js";\nimport type {B} from "../b/b.ts";\nexport {c} from "./c.js";\nconst d = await import("./d.js");\nimport * as tf from "@tensorflow/tfjs-core";';
    expect(importsOf("src/x/y.ts", text)).toEqual(["src/x/a.ts", "src/b/b.ts", "src/x/c.ts", "src/x/d.ts"]);
  });
});
