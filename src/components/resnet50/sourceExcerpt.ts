/**
 * Cuts named functions out of a TypeScript source file, so a page can show the engine's real code (read as
 * text from the file the worker is built from) instead of a copy that could drift. Pure string work: no DOM.
 */

/** One function of a source file, with where it sits. */
export interface SourceExcerpt {
  /** The function's name. */
  name: string;
  /** Line number (1-based) of the excerpt's first line: its JSDoc comment when it has one. */
  startLine: number;
  /** Line number (1-based) of the closing brace. */
  endLine: number;
  /** The lines, exactly as in the file. */
  lines: string[];
}

/** Index just past the brace that closes the block opening at `open`, skipping strings, templates and comments. */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "/" && source[i + 1] === "/") i = source.indexOf("\n", i);
    else if (c === "/" && source[i + 1] === "*") i = source.indexOf("*/", i + 2) + 1;
    else if (c === '"' || c === "'" || c === "`") i = endOfString(source, i);
    else if (c === "{") depth += 1;
    else if (c === "}" && --depth === 0) return i + 1;
    if (i <= 0) break;
  }
  throw new SyntaxError("unbalanced braces");
}

/** Index of the quote that closes the string starting at `start` (template placeholders may nest braces). */
function endOfString(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i += 1;
    else if (source[i] === quote) return i;
    else if (quote === "`" && source[i] === "$" && source[i + 1] === "{") i = closingBrace(source, i + 1) - 1;
  }
  throw new SyntaxError("unterminated string");
}

/** Index just past the parenthesis that closes the one at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") i = endOfString(source, i);
    else if (c === "(") depth += 1;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  throw new SyntaxError("unbalanced parentheses");
}

/**
 * Index of the "{" that opens a function's body, given the "(" of its parameters. A return type may itself
 * hold braces (`): {a: number} {`): a "{" right after ":", "|", "&", "<" or "," starts a type, which is skipped.
 */
function bodyStart(source: string, paramsOpen: number): number {
  let previous = ")";
  for (let i = closingParen(source, paramsOpen); i < source.length; i++) {
    const c = source[i];
    if (c === "{" && !":|&<,".includes(previous)) return i;
    if (c === "{") i = closingBrace(source, i) - 1;
    if (!/\s/.test(c)) previous = source[i];
  }
  throw new SyntaxError("function without a body");
}

const lineOf = (source: string, index: number) => source.slice(0, index).split("\n").length;

/**
 * The function `name` declared at the top level of `source` (`function name(` or `export function name(`),
 * from its JSDoc comment (if one ends on the line before) to its closing brace. Throws when it is missing.
 */
export function extractFunction(source: string, name: string): SourceExcerpt {
  const declaration = new RegExp(`^(export )?(async )?function ${name}\\b`, "m").exec(source);
  if (!declaration) throw new Error(`no function ${name} in this source`);
  const lines = source.split("\n");
  let startLine = lineOf(source, declaration.index);
  if (lines[startLine - 2]?.trim().endsWith("*/")) {
    while (startLine > 1 && !lines[startLine - 1].trim().startsWith("/**")) startLine -= 1;
  }
  const bodyOpen = bodyStart(source, source.indexOf("(", declaration.index));
  const endLine = lineOf(source, closingBrace(source, bodyOpen) - 1);
  return {name, startLine, endLine, lines: lines.slice(startLine - 1, endLine)};
}

/** 1-based line numbers, within the excerpt, of the lines that match any of `patterns`. */
export function matchingLines(excerpt: SourceExcerpt, patterns: readonly RegExp[]): number[] {
  return excerpt.lines.flatMap((line, i) => (patterns.some((pattern) => pattern.test(line)) ? [i + 1] : []));
}
