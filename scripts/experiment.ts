/**
 * The experiment CLI: trains a preset's plain and residual nets and prints JSON — the config, and per run its spec,
 * its curve (step, loss, trainError, testError) and its final figures — on stdout or into a file.
 *
 *   npm run experiment -- <preset> [--seed N | --seeds 1-8] [--steps N] [--depth N] [--backend auto|cpu|wasm]
 *                                  [--data spirals|circles|checkerboard|mnist] [--units preact|original] [--out FILE]
 *
 * --depth: the one depth of the lesion and landscape presets (the others train their own depths).
 *
 * Presets: degradation, depth-sweep, grad-flow, responses, shattered, landscape, lesion (src/engine/experiments/presets.ts;
 * responses: conv nets on MNIST only, adds each trained net's layer responses, He et al. 2015 Fig. 7; shattered: trains
 * nothing, measures untrained MLPs' input gradients along a line, Balduzzi et al. 2017; landscape: the loss on a grid
 * around each trained net along filter-normalised directions, Li et al. 2018; lesion: deletes units of trained twins,
 * Veit et al. 2016); default data: circles (MLPs);
 * --data mnist trains the CIFAR-style conv family on MNIST 14×14 instead. A progress bar goes to stderr.
 * With --seeds the preset runs once per seed and the file holds every result plus a per-seed summary. The file is
 * written through src/engine/experiments/experimentFile.ts (its type, version and 6-significant-digit numbers).
 */
import {writeFileSync} from "node:fs";
import {initBackend, type BackendPreference, type BackendReport} from "../src/engine/backend.js";
import {loadData} from "../src/engine/data/request.js";
import {TOY_DATASETS} from "../src/engine/data/toy2d.js";
import {PRESET_NAMES, presetExperiment, type PresetName, type PresetOptions} from "../src/engine/experiments/presets.js";
import {runExperiment, type ExperimentProgress, type ExperimentResult} from "../src/engine/experiments/runExperiment.js";
import {experimentFile, serializeExperimentFile, type SeedResult} from "../src/engine/experiments/experimentFile.js";
import {loadMnistSubset} from "../src/data/mnistFiles.js";
import type {LandscapeVerdict} from "../src/engine/landscape/verdict.js";

const USAGE = `usage: npm run experiment -- <${PRESET_NAMES.join("|")}> [--seed N | --seeds 1,2,5-8] [--steps N] [--depth N]
       [--backend auto|cpu|wasm] [--data ${[...TOY_DATASETS, "mnist"].join("|")}] [--units preact|original] [--out FILE]`;

interface Arguments {
  preset: PresetName;
  seeds: number[];
  steps?: number;
  depth?: number;
  backend: BackendPreference;
  data?: PresetOptions["data"];
  preActivation?: boolean;
  out?: string;
}

function fail(message: string): never {
  process.stderr.write(`experiment: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseInteger(flag: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < min) fail(`${flag} needs an integer ≥ ${min}, got ${text ?? "nothing"}`);
  return value;
}

function parseSeeds(text: string | undefined): number[] {
  if (!text) fail("--seeds needs a list such as 1,2,5-8");
  return text.split(",").flatMap((part) => {
    const [from, to = from] = part.split("-");
    const [a, b] = [parseInteger("--seeds", from, 0), parseInteger("--seeds", to, 0)];
    return Array.from({length: Math.max(0, b - a + 1)}, (_, i) => a + i);
  });
}

function parseArguments(argv: string[]): Arguments {
  const [preset, ...rest] = argv;
  if (preset === "--help" || preset === "-h") {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!PRESET_NAMES.includes(preset as PresetName)) fail(`unknown preset "${preset ?? ""}"`);
  const args: Arguments = {preset: preset as PresetName, seeds: [1], backend: "auto"};
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (flag === "--seed") args.seeds = [parseInteger(flag, value, 0)];
    else if (flag === "--seeds") args.seeds = parseSeeds(value);
    else if (flag === "--steps") args.steps = parseInteger(flag, value, 1);
    else if (flag === "--depth") args.depth = parseInteger(flag, value, 8);
    else if (flag === "--backend") args.backend = ["auto", "cpu", "wasm"].includes(value) ? (value as BackendPreference) : fail(`--backend must be auto, cpu or wasm, got ${value}`);
    else if (flag === "--data") args.data = [...TOY_DATASETS, "mnist"].includes(value) ? (value as PresetOptions["data"]) : fail(`unknown data set ${value}`);
    else if (flag === "--units") args.preActivation = value === "preact" ? true : value === "original" ? false : fail(`--units must be preact or original, got ${value}`);
    else if (flag === "--out") args.out = value ?? fail("--out needs a file name");
    else fail(`unknown option ${flag}`);
  }
  if (args.depth !== undefined) {
    if (args.preset !== "lesion" && args.preset !== "landscape") fail(`--depth is for the lesion and landscape presets; ${args.preset} trains its own depths`);
    const step = args.data === "mnist" ? 6 : 2;
    if ((args.depth - 2) % step !== 0) fail(`--depth must be ${step}n + 2 for the ${args.data === "mnist" ? "conv nets" : "MLPs"}, got ${args.depth}`);
  }
  return args;
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Draws the progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise). */
function progressBar(label: string): (progress: ExperimentProgress) => void {
  const startedAt = Date.now();
  let lastDecile = -1;
  return ({run, runs, id, snapshot, fraction}) => {
    const width = 24;
    const filled = Math.round(fraction * width);
    const eta = fraction > 0 ? ((Date.now() - startedAt) * (1 - fraction)) / fraction : 0;
    const line = `${label} [${"=".repeat(filled)}${" ".repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  run ${run + 1}/${runs} ${id}  step ${snapshot.step}  loss ${snapshot.loss.toFixed(3)}  ${Math.round(snapshot.imagesPerSecond)} img/s  ETA ${formatDuration(eta)}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(process.stderr.columns ?? 120).slice(0, (process.stderr.columns ?? 120) - 1)}`);
    else if (Math.floor(fraction * 10) !== lastDecile || snapshot.status !== "running") process.stderr.write(`${line}\n`);
    lastDecile = Math.floor(fraction * 10);
  };
}

function unitsLabel(args: Arguments): string {
  return (args.preActivation ?? args.data !== "mnist") ? "preact" : "original";
}

/** The landscape verdict's numbers in one phrase: roughness of ln L, its ratio, the central basins. */
function landscapeFigures(verdict: LandscapeVerdict): string {
  const {plain, residual} = verdict;
  const percent = (share: number) => `${(100 * share).toFixed(0)}%`;
  return `landscape at ${verdict.depth} layers: roughness plain ${plain.roughness.toFixed(3)}, residual ${residual.roughness.toFixed(3)} (×${verdict.roughnessRatio.toFixed(1)}), central basin plain ${percent(plain.basinShare)}, residual ${percent(residual.basinShare)}`;
}

async function runSeed(args: Arguments, seed: number, backend: BackendReport): Promise<SeedResult> {
  const experiment = presetExperiment(args.preset, {seed, steps: args.steps, depth: args.depth, data: args.data, preActivation: args.preActivation});
  const dataset = experiment.data.kind === "line" ? null : await loadData(experiment.data, async () => loadMnistSubset());
  const measured = (done: number, total: number) => process.stderr.write(`${args.preset} seed ${seed}: net ${done} of ${total} measured\n`);
  const result: ExperimentResult = await runExperiment(experiment, dataset, progressBar(`${args.preset} seed ${seed}`), measured);
  if (process.stderr.isTTY) process.stderr.write("\n");
  const verdict = result.verdict;
  const losses = result.runs.map((run) => `${run.id} ${run.final.loss.toFixed(3)}${run.final.status === "done" ? "" : ` (${run.final.status})`}`);
  const figures =
    verdict?.kind === "shattered"
      ? `lag-1 autocorrelation at ${verdict.depth} layers: plain ${verdict.plainLag1.toFixed(3)}, residual ${verdict.residualLag1.toFixed(3)}`
      : verdict?.kind === "landscape"
        ? `final training loss ${losses.join(", ")}; ${landscapeFigures(verdict)}`
        : verdict?.kind === "lesion"
          ? `median test error with one unit deleted: plain ${verdict.plainMedianError.toFixed(3)} (intact ${verdict.plainBase.toFixed(3)}), residual ${verdict.residualMedianError.toFixed(3)} (intact ${verdict.residualBase.toFixed(3)})`
          : `final training loss ${losses.join(", ")}`;
  process.stderr.write(`seed ${seed}: ${figures}${verdict ? ` — ${verdict.kind} verdict: ${verdict.grade}${verdict.holds ? "" : " (does not hold)"}` : ""}\n`);
  return {seed, description: experiment.description, data: experiment.data, backend, runs: result.runs, verdict, ...(result.analysis ? {analysis: result.analysis} : {})};
}

const args = parseArguments(process.argv.slice(2));
const family = args.data === "mnist" ? "conv" : "mlp";
const backend = await initBackend({preference: args.backend, family});
process.stderr.write(`backend: ${backend.reason}\n`);
const command = `npm run experiment -- ${process.argv.slice(2).join(" ")}`;
const results: SeedResult[] = [];
for (const seed of args.seeds) results.push(await runSeed(args, seed, backend));
const options = {steps: args.steps ?? null, ...(args.depth !== undefined ? {depth: args.depth} : {}), data: args.preset === "shattered" ? "line" : (args.data ?? "circles"), units: unitsLabel(args), backend: args.backend};
const config = results.length === 1 ? {seed: args.seeds[0], ...options} : {seeds: args.seeds, ...options};
const json = serializeExperimentFile(experimentFile({preset: args.preset, command, createdAt: new Date().toISOString(), config}, results));
if (args.out) writeFileSync(args.out, json);
else process.stdout.write(json);
