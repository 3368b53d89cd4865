/**
 * docs/url-parameters.md, generated from the declared table so the two cannot drift (a unit test compares
 * them; `npx vitest run test/components/controls/parameterDocs.test.ts -u` rewrites the file). Pure: no DOM.
 */
import {formatValue} from "./coerce.js";
import {LESSON_PARAMETERS, URL_PARAMETERS, type LabId} from "./parameters.js";
import {choiceLabel, defaultCondition, stepOf, type Param} from "./paramTypes.js";

/** Escapes a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function allowed(param: Param): string {
  if (param.type === "boolean") return "`true`, `false`";
  if (param.type === "choice") return param.choices.map((choice) => `\`${choice}\` (${choiceLabel(param, choice)})`).join(", ");
  const range = `${formatValue(param, param.min)} … ${formatValue(param, param.max)}`;
  const step = stepOf(param);
  const grid = step === 1 && param.type === "int" ? "whole numbers" : `step ${formatValue(param, step)} from ${formatValue(param, param.min)}`;
  return `${range}, ${grid}${param.scale === "log" ? " (log slider)" : ""}`;
}

function shownWhen(param: Param, params: readonly Param[]): string {
  const declared = new Set(params.map((other) => other.name));
  const conditions = Object.entries(param.shownWhen ?? {}).filter(([name]) => declared.has(name)).map(([name, values]) => `${name} ∈ {${values.join(", ")}}`);
  return conditions.length ? ` Shown when ${conditions.join(" and ")}.` : "";
}

/** The default, and the others a `defaultWhen` gives, e.g. "`300`; `100` when data = mnist". */
function defaults(param: Param, params: readonly Param[]): string {
  const plain = `\`${formatValue(param, param.default)}\``;
  const condition = defaultCondition(param);
  if (!condition || !params.some((other) => other.name === condition.param)) return plain;
  return [plain, ...Object.entries(condition.values).map(([value, otherDefault]) => `\`${formatValue(param, otherDefault)}\` when ${condition.param} = ${value}`)].join("; ");
}

function labSection(lab: LabId): string[] {
  const {path, params} = URL_PARAMETERS[lab];
  return [
    `## \`${lab}\` — page \`${path}\``,
    "",
    "| name | type | default | allowed | meaning |",
    "|---|---|---|---|---|",
    ...params.map((param) =>
      `| \`${param.name}\` | ${param.type} | ${defaults(param, params)} | ${cell(allowed(param))} | ${cell(param.label + ": " + param.description + shownWhen(param, params))} |`
    ),
    ""
  ];
}

/** The page-wide lesson parameters every lab reads (see docs/teaching.md). */
function lessonSection(): string[] {
  return [
    "## Lesson parameters — every lab page",
    "",
    "A teacher's link can hide or lock a lab's controls. Names are the lab's parameter names below; an unknown",
    "name is ignored with a note, like any other bad parameter. A control named in both lists is hidden.",
    "",
    "| name | meaning |",
    "|---|---|",
    ...LESSON_PARAMETERS.map((param) => `| \`${param.name}\` | ${cell(param.description)} |`),
    ""
  ];
}

/** The Markdown of docs/url-parameters.md. */
export function renderParameterDocs(): string {
  return [
    "# URL parameters",
    "",
    "<!-- Generated from src/components/controls/parameters.ts by test/components/controls/parameterDocs.test.ts; do not edit.",
    "     Regenerate: npx vitest run test/components/controls/parameterDocs.test.ts -u -->",
    "",
    "Every control of every lab is read from, and written to, its page's URL through one declared table",
    "(`src/components/controls/parameters.ts`). Links such as `/lab?depth=56&residual=false&seed=3` reproduce a",
    "setup exactly. Only values that differ from the default are written. Numbers are plain decimals; real",
    "numbers may also use exponent notation (`learningRate=1e-3`).",
    "",
    "Values the page cannot use are never used as written: a number outside its range is clamped, a number off",
    "its grid is moved to the nearest step, an integer written as a decimal is rounded, anything unreadable (text,",
    "`NaN`, `Infinity`, hex, an empty value) gives the default, a choice in the wrong case is matched, a repeated",
    "key uses its first value, an unknown key is ignored — and each of these shows a note on the page naming the",
    "parameter and what was done, e.g. \"depth=999 is above the maximum 110; using 110\". The controls enforce the",
    "same limits, so the URL can never ask for more than the UI allows.",
    "",
    ...lessonSection(),
    ...(Object.keys(URL_PARAMETERS) as LabId[]).flatMap(labSection)
  ].join("\n");
}
