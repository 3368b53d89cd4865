/**
 * The numbers the Results page's prose quotes about our reference runs, computed from the files (never typed
 * into the page): per-depth training errors of the depth sweep, how often degradation was reproduced, the
 * seeds where it was not and why, sizes, budgets and run times — and the paper's Table 6 range beside them.
 */
import type {PublishedTable} from "../../data/papers/types.js";
import {seedResults, type ExperimentFile} from "../../engine/experiments/experimentFile.js";
import {summarizeFile, type NetSummary, type SettingSummary} from "./summarize.js";
import type {DegradationVerdict} from "../../engine/experiments/verdict.js";
import {formatNumber, localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {FACTS_TEXT, NAMES_TEXT} from "./text.js";
import {MNIST_SUBSET} from "../../engine/data/mnist.js";

/** The reference files the page loads, by their name in data/. */
export interface ReferenceFiles {
  "degradation.json": ExperimentFile;
  "degradation-original.json": ExperimentFile;
  "degradation-spirals.json": ExperimentFile;
  "depth-sweep.json": ExperimentFile;
}

/** The conv nets' reference files (MNIST 14×14). */
export interface ConvReferenceFiles {
  "degradation-mnist.json": ExperimentFile;
  "depth-sweep-mnist.json": ExperimentFile;
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
/** "2.1% and 3.4%": the smallest and largest of some fractions. */
const percentRange = (fractions: number[], locale: Locale) =>
  localized(FACTS_TEXT, locale).between(percent(Math.min(...fractions)), percent(Math.max(...fractions)));
/** "4.2–21": the shortest and longest run of some nets, in seconds. */
const secondsRange = (nets: readonly NetSummary[]) =>
  `${seconds(Math.min(...nets.map((net) => net.elapsedMs.min)))}–${seconds(Math.max(...nets.map((net) => net.elapsedMs.max)))}`;

/** The net of a setting with this id (e.g. "plain-56"); throws naming the file when there is none. */
function netById(setting: SettingSummary, id: string): NetSummary {
  const found = setting.nets.find((net) => net.id === id);
  if (!found) throw new Error(`${setting.command} has no ${id}`);
  return found;
}

/** Why the seeds whose degradation verdict failed failed, in a sentence ("" when none did). */
export function describeMisses(file: ExperimentFile, locale: Locale = pageLocale()): string {
  const misses = seedResults(file).filter((seed) => seed.verdict?.kind === "degradation" && !seed.verdict.holds);
  if (misses.length === 0) return "";
  const text = localized(FACTS_TEXT, locale);
  const verdicts = misses.map((seed) => seed.verdict as DegradationVerdict);
  const {deepDepth, shallowDepth} = verdicts[0];
  return text.misses({
    seeds: text.list(misses.map((seed) => seed.seed)),
    deepDepth,
    shallowDepth,
    deepLosses: text.list(verdicts.map((v) => v.losses.deepResidual.toFixed(3))),
    shallowLosses: text.list(verdicts.map((v) => v.losses.shallowPlain.toFixed(3)))
  });
}

/** Everything the prose needs, its words in `locale` (default: the page's language; English outside a page). */
export function reproductionFacts(files: ReferenceFiles, table6: PublishedTable, locale: Locale = pageLocale()) {
  const text = localized(FACTS_TEXT, locale);
  const names = localized(NAMES_TEXT, locale);
  const integer = (n: number) => formatNumber(n, locale);
  const settings: SettingSummary[] = (["degradation.json", "degradation-original.json", "degradation-spirals.json"] as const).map((name) => summarizeFile(files[name]));
  const [circles, circlesOriginal, spirals] = settings;
  const sweep = summarizeFile(files["depth-sweep.json"]);
  const nets: NetSummary[] = [...settings, sweep].flatMap((setting) => setting.nets);
  const sweepError = (id: string) => percent(netById(sweep, id).trainError.mean);
  const params = nets.map((net) => net.params ?? 0);
  const paper = table6.rows.filter((row) => row.method === "ResNet" && Number(row.layers) <= 110);
  const seeds = circles.nets[0].seeds;
  return {
    settings,
    circles,
    circlesOriginal,
    spirals,
    sweep,
    /** Final training error of a net of the depth sweep, e.g. sweepError("plain-56") → "40.3%". */
    sweepError,
    residualRange: percentRange(sweep.nets.filter((net) => net.isResidual).map((net) => net.trainError.mean), locale),
    seedRange: `${seeds[0]}–${seeds.at(-1)}`,
    seedCount: seeds.length,
    originalMisses: describeMisses(files["degradation-original.json"], locale),
    /** Mean final loss of the deepest residual net over seeds, pre-activation vs original units. */
    deepResidualLoss: {
      preActivation: deepestResidual(circles).loss.mean.toFixed(3),
      original: deepestResidual(circlesOriginal).loss.mean.toFixed(3)
    },
    layers: {min: Math.min(...nets.map((net) => net.layers)), max: Math.max(...nets.map((net) => net.layers))},
    params: text.span(integer(Math.min(...params)), integer(Math.max(...params))),
    paperParams: text.span(String(paper[0].params), String(paper.at(-1)!.params)),
    examplesSeen: integer(sweep.steps * sweep.batchSize),
    runSeconds: secondsRange(nets),
    /** The depth sweep's kind of unit and its training backend, named in this language ("pre-activation", "wasm"). */
    sweepUnits: names.units(sweep.units),
    backend: names.backend(sweep.backend)
  };
}

function deepestResidual(setting: SettingSummary): NetSummary {
  return setting.nets.filter((net) => net.isResidual).sort((a, b) => b.layers - a.layers)[0];
}

/** What the prose quotes about the conv nets on MNIST: errors by depth, seeds reproduced, budget and run times. */
export function convFacts(files: ConvReferenceFiles, locale: Locale = pageLocale()) {
  const text = localized(FACTS_TEXT, locale);
  const sweep = summarizeFile(files["depth-sweep-mnist.json"]);
  const degradation = summarizeFile(files["degradation-mnist.json"]);
  const residual = sweep.nets.filter((n) => n.isResidual);
  const degradationConfig = seedResults(files["degradation-mnist.json"])[0].runs[0].config;
  const warmup = seedResults(files["depth-sweep-mnist.json"])[0].runs[0].config.warmup;
  return {
    sweep,
    degradation,
    depths: sweep.nets.filter((n) => !n.isResidual).map((n) => n.layers),
    trainError: (id: string) => percent(netById(sweep, id).trainError.mean),
    testError: (id: string) => percent(netById(sweep, id).testError!.mean),
    residualRange: percentRange(residual.map((n) => n.trainError.mean), locale),
    warmup: warmup ? text.warmup(warmup.steps, warmup.lr) : text.noWarmup,
    runSeconds: secondsRange(degradation.nets),
    /** Test digits the degradation runs' test error was measured on, e.g. "500" (0 in a config: the whole test split). */
    testDigits: formatNumber(degradationConfig.evalSize || 10 * MNIST_SUBSET.testPerClass, locale),
    /** The depth sweep's training backend, named in this language. */
    backend: localized(NAMES_TEXT, locale).backend(sweep.backend)
  };
}
