/**
 * The figures in data/README.md, computed from the reference runs beside it. Each block between
 * `<!-- generated: KIND FILE -->` and `<!-- /generated -->` is rewritten from data/FILE.json:
 *
 * - `degradation`: per seed the four final training losses and whether the degradation verdict holds;
 * - `depth-sweep`: final training loss (and test error) per depth, plain and residual;
 * - `grad-flow`: how ‖∂L/∂x‖ grows from the head's input back to the first unit, at initialisation and at the end;
 * - `responses`: per net the mean std of its layer responses and its largest (He et al. 2015, Fig. 7);
 * - `shattered`: per seed the lag-1 autocorrelations at the verdict's depth and whether it holds; r₁ by depth, averaged;
 * - `landscape`: per seed the roughness of ln L and the central basins of the plain and residual nets, and the verdict;
 * - `lesion`: per seed the intact and the median single-deletion test errors and whether the verdict holds; the mean
 *   errors by number of deleted units and the gradient's mean path length.
 *
 * `npm run reference-readme` rewrites the file; `--check` exits 1 when it is out of date (a unit test does the same),
 * so the numbers a maintainer reads are always the files' own.
 */
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {depthOf, type ModelSpec} from "../src/engine/spec.ts";
import type {GradientPoint, RunResult} from "../src/engine/experiments/summary.ts";
import {readExperimentFile, type ExperimentFile} from "../src/engine/experiments/experimentFile.ts";
import {netResponses} from "../src/engine/experiments/responses.ts";
import type {ResponsesAnalysis} from "../src/engine/experiments/runExperiment.ts";
import type {ShatteredAnalysis} from "../src/engine/shattered/shattered.ts";
import {shatteredSummary} from "../src/engine/experiments/shatteredSummary.ts";
import type {LandscapeAnalysis} from "../src/engine/landscape/analysis.ts";
import {landscapeSummary} from "../src/engine/experiments/landscapeSummary.ts";
import {lesionSummary} from "../src/engine/experiments/lesionSummary.ts";
import type {LesionAnalysis} from "../src/engine/lesion/setup.ts";

const DATA = fileURLToPath(new URL("../data/", import.meta.url));
const BLOCK = /<!-- generated: ([\w-]+) ([\w-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

interface DegradationFile {
  summary: {seed: number; holds: boolean; losses: Record<string, number>}[];
}
interface RunsFile {
  runs: RunResult[];
}

const loss = (value: number) => value.toFixed(3);
const percent = (value: number | null) => (value === null ? "—" : `${(100 * value).toFixed(1)}%`);
const times = (value: number) => (value >= 1000 ? `×${Math.round(value).toLocaleString("en-US")}` : value >= 10 ? `×${value.toFixed(0)}` : `×${value.toFixed(1)}`);
const isResidual = (spec: ModelSpec) => spec.isResidual;
const norm = (value: number) => (value >= 1000 ? Math.round(value).toLocaleString("en-US") : value >= 0.01 ? value.toPrecision(2) : value.toExponential(1));

function degradationBlock(file: DegradationFile): string {
  const names = Object.keys(file.summary[0].losses);
  const rows = file.summary.map(({seed, holds, losses}) => `| ${seed} | ${names.map((name) => loss(losses[name])).join(" | ")} | ${holds ? "yes" : "**no**"} |`);
  const held = file.summary.filter((row) => row.holds).length;
  return [
    `| seed | ${names.join(" | ")} | degradation reproduced |`,
    `|---:|${names.map(() => "---:|").join("")}:---:|`,
    ...rows,
    "",
    `Reproduced for ${held} of ${file.summary.length} seeds.`
  ].join("\n");
}

function depthSweepBlock(file: RunsFile): string {
  const side = (residual: boolean) => file.runs.filter((run) => isResidual(run.spec) === residual).sort((a, b) => depthOf(a.spec) - depthOf(b.spec));
  const depths = side(false).map((run) => depthOf(run.spec));
  const list = (residual: boolean, figure: (run: RunResult) => string) => side(residual).map(figure).join(", ");
  return [
    `Depths ${depths.join(", ")}. Final training loss, plain: ${list(false, (r) => loss(r.final.loss))}; residual: ${list(true, (r) => loss(r.final.loss))}.`,
    `Test error, plain: ${list(false, (r) => percent(r.final.testError))}; residual: ${list(true, (r) => percent(r.final.testError))}.`
  ].join("\n");
}

/** Growth of the gradient norm from the head's input (last entry) back to the first unit's input (first entry). */
function growth(point: GradientPoint): {head: number; first: number} {
  return {head: point.gradNorms.at(-1)!, first: point.gradNorms[0]};
}

function gradFlowBlock(file: RunsFile): string {
  const sentence = (run: RunResult) => {
    const start = growth(run.gradients![0]);
    const end = growth(run.gradients!.at(-1)!);
    return (
      `${run.spec.name}: at step 0 ${norm(start.head)} at the head's input → ${norm(start.first)} at the first unit ` +
      `(${times(start.first / start.head)}); at step ${run.gradients!.at(-1)!.step} ${norm(end.head)} → ${norm(end.first)} ` +
      `(${times(end.first / end.head)}); final training loss ${loss(run.final.loss)}.`
    );
  };
  return `‖∂L/∂x‖ from the head's input back to the first unit —\n${file.runs.map((run) => `- ${sentence(run)}`).join("\n")}`;
}

function responsesBlock(file: ExperimentFile<ResponsesAnalysis>): string {
  const nets = netResponses(file);
  const line = (net: (typeof nets)[number]) => `- ${net.id}: mean std ${net.mean.toFixed(3)} over its ${net.byLayer.length} layers, largest ${net.ranked[0].toFixed(3)}.`;
  return `Std of each layer's response on 500 test digits, averaged over ${nets[0].seeds} seeds —\n${nets.map(line).join("\n")}`;
}

function shatteredBlock(file: ExperimentFile<ShatteredAnalysis>): string {
  const summary = shatteredSummary(file);
  const two = (value: number) => value.toFixed(3);
  const rows = summary.seeds.map((seed) => `| ${seed.seed} | ${two(seed.plainLag1)} | ${two(seed.residualLag1)} | ${seed.holds ? "yes" : `**no** (${seed.grade})`} |`);
  const failing = summary.failing.length === 0 ? "" : ` It does not hold for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}.`;
  return [
    `| seed | plain r₁ at ${summary.verdictDepth} layers | residual r₁ | verdict holds |`,
    "|---:|---:|---:|:---:|",
    ...rows,
    "",
    `The verdict holds for ${summary.held} of ${summary.seeds.length} seeds.${failing}`,
    `Mean r₁ by depth — plain: ${summary.sweep.map((row) => `${row.depth} ${row.plain.toFixed(2)}`).join(", ")}; residual: ${summary.sweep.map((row) => `${row.depth} ${row.residual.toFixed(2)}`).join(", ")}.`
  ].join("\n");
}

function landscapeBlock(file: ExperimentFile<LandscapeAnalysis>): string {
  const summary = landscapeSummary(file);
  const three = (value: number) => value.toFixed(3);
  const share = (value: number) => `${(100 * value).toFixed(0)}%`;
  const rows = summary.seeds.map(
    (seed) =>
      `| ${seed.seed} | ${three(seed.plain.centre)} | ${three(seed.residual.centre)} | ${three(seed.plain.roughness)} | ${three(seed.residual.roughness)} | ×${seed.roughnessRatio.toFixed(1)} | ` +
      `${share(seed.plain.basinShare)} | ${share(seed.residual.basinShare)} | ${seed.plain.gridMinima} / ${seed.residual.gridMinima} | ${seed.holds ? "yes" : `**no** (${seed.grade})`} |`
  );
  const failing = summary.failing.length === 0 ? "" : ` It does not hold for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}.`;
  const means = summary.means.map((net) => `${net.id} roughness ${three(net.roughness)}, basin ${share(net.basinShare)}, ${net.gridMinima.toFixed(1)} grid minima, ${net.sliceMinima.toFixed(1)} slice minima`);
  return [
    `| seed | plain L(θ) | residual L(θ) | plain roughness | residual roughness | ratio | plain basin | residual basin | grid minima (plain / residual) | verdict holds |`,
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ...rows,
    "",
    `The verdict (at ${summary.verdictDepth} layers) holds for ${summary.held} of ${summary.seeds.length} seeds.${failing}`,
    `Means over the seeds — ${means.join("; ")}.`
  ].join("\n");
}

function lesionBlock(file: ExperimentFile<LesionAnalysis>): string {
  const summary = lesionSummary(file);
  const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
  const rows = summary.seeds.map((seed) => `| ${seed.seed} | ${pct(seed.plainBase)} | ${pct(seed.plainMedianError)} | ${pct(seed.residualBase)} | ${pct(seed.residualMedianError)} | ${seed.holds ? "yes" : `**no** (${seed.grade})`} |`);
  const failing = summary.failing.length === 0 ? "" : ` It does not hold for seed${summary.failing.length === 1 ? "" : "s"} ${summary.failing.join(", ")}.`;
  const byK = (family: typeof summary.plain) => family.random.map((row) => `${row.k} ${pct(row.error)}`).join(", ");
  return [
    "| seed | plain, intact | plain, one unit deleted (median) | residual, intact | residual, one unit deleted (median) | verdict holds |",
    "|---:|---:|---:|---:|---:|:---:|",
    ...rows,
    "",
    `The verdict holds for ${summary.held} of ${summary.seeds.length} seeds.${failing}`,
    `Mean test error with k random units deleted — plain: ${byK(summary.plain)}; residual: ${byK(summary.residual)}.`,
    `Gradient by path length (residual net, ${summary.units} units): mean length ${summary.gradientMeanLength.toFixed(2)} units, against ${summary.pathMeanLength.toFixed(1)} for all 2^${summary.units} paths.`
  ].join("\n");
}

const GENERATORS: Record<string, (file: never) => string> = {
  degradation: degradationBlock,
  "depth-sweep": depthSweepBlock,
  "grad-flow": gradFlowBlock,
  responses: responsesBlock,
  shattered: shatteredBlock,
  landscape: landscapeBlock,
  lesion: lesionBlock
};

/** data/README.md with every generated block recomputed from its file. */
export function regenerateReadme(readme: string, read: (name: string) => unknown = (name) => readExperimentFile(JSON.parse(readFileSync(`${DATA}${name}.json`, "utf8")), `data/${name}.json`)): string {
  return readme.replace(BLOCK, (_, kind: string, name: string) => {
    const generate = GENERATORS[kind];
    if (!generate) throw new Error(`data/README.md: unknown generated block "${kind}"`);
    return `<!-- generated: ${kind} ${name} -->\n${generate(read(name) as never)}\n<!-- /generated -->`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = `${DATA}README.md`;
  const readme = readFileSync(path, "utf8");
  const next = regenerateReadme(readme);
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      console.error("data/README.md is out of date with data/*.json: run npm run reference-readme");
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
    console.error(next === readme ? "data/README.md: up to date" : "data/README.md: figures rewritten from data/*.json");
  }
}
