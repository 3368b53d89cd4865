/**
 * Reference runs: outputs of the experiment CLI kept in data/ (served by src/data/reference-*.json.ts). A reference
 * run is shown next to a live run only when it is the very same configuration — the same model spec, the same
 * resolved training settings (seed included) and the same data — so a dashed "reference" curve is what the live
 * curve will become: exactly for the MLPs; for conv nets up to rounding (the browser's kernels use fused
 * multiply-adds and threads, Node's do not — e.g. plain-20 on MNIST, seed 1: 0.177 in Chromium vs 0.164 in Node
 * after 300 steps, `npm run bench` demo table). Pure: no DOM.
 */
import {readExperimentFile, seedResults, type ExperimentFile} from "../engine/experiments/experimentFile.js";
import type {RunResult} from "../engine/experiments/summary.js";
import type {DataRequest} from "../engine/data/request.js";
import {depthOf} from "../engine/spec.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import type {RunRequest} from "../workers/protocol.js";

/** A reference run with the data and command that made it. */
export interface ReferenceRun extends RunResult {
  data: DataRequest;
  command: string;
}

/** JSON text with object keys sorted, so two equal configurations give equal text whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, field]) => field !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Every run of some experiment files, each with its data request and command. */
export function referenceRuns(files: readonly ExperimentFile[]): ReferenceRun[] {
  return files.flatMap((file) => seedResults(file).flatMap((seed) => seed.runs.map((run) => ({...run, data: seed.data, command: file.command}))));
}

/** Key of a run's whole configuration: spec, resolved training settings and data (browser-only fields such as a URL left out). */
export function configurationKey(run: Pick<RunRequest, "spec" | "config" | "data">): string {
  const data = run.data.kind === "mnist" ? {kind: "mnist"} : run.data;
  return canonical({spec: run.spec, config: resolveTrainConfig(run.config), data});
}

/** For each request, the reference run of exactly the same configuration, or null. */
export function matchingReferences(requests: readonly Pick<RunRequest, "spec" | "config" | "data">[], references: readonly ReferenceRun[]): Array<ReferenceRun | null> {
  const byKey = new Map(references.map((run) => [configurationKey(run), run]));
  return requests.map((request) => byKey.get(configurationKey(request)) ?? null);
}

/**
 * Reference runs comparable with the reader's settings on an error-vs-depth chart: same configuration as
 * `template(depth, isResidual, seed)` would give — any depth, any seed — one per (depth, family, seed).
 */
export function comparableReferences(
  references: readonly ReferenceRun[],
  template: (depth: number, isResidual: boolean, seed: number) => Pick<RunRequest, "spec" | "config" | "data"> | null
): ReferenceRun[] {
  const seen = new Set<string>();
  return references.filter((run) => {
    const depth = depthOf(run.spec);
    const expected = template(depth, run.spec.isResidual, run.config.seed);
    const id = `${depth}|${run.spec.isResidual}|${run.config.seed}`;
    if (!expected || seen.has(id) || configurationKey(expected) !== configurationKey(run)) return false;
    seen.add(id);
    return true;
  });
}

/** Something that yields a file's JSON: a page's `FileAttachment(…)` (Framework's FileAttachment has `.json()`). */
export interface JsonSource {
  json(): Promise<unknown>;
}

/** Reference files as a page could load them: the good ones, and the names of those that failed, with why. */
export interface LoadedReferences {
  files: ExperimentFile[];
  failed: Array<{name: string; reason: string}>;
}

/**
 * Loads a page's reference files, each on its own: one that is missing (HTTP 404, no network) or not an experiment
 * file of this version is left out and named, and the rest still load — reference runs are optional to a live run,
 * so a lab trains without them and says so (components/referenceNote.ts).
 */
export async function loadReferenceFiles(sources: Readonly<Record<string, JsonSource>>): Promise<LoadedReferences> {
  const names = Object.keys(sources);
  const settled = await Promise.allSettled(names.map(async (name) => readExperimentFile(await sources[name].json(), name)));
  const loaded: LoadedReferences = {files: [], failed: []};
  settled.forEach((result, index) => {
    if (result.status === "fulfilled") loaded.files.push(result.value);
    else loaded.failed.push({name: names[index], reason: result.reason instanceof Error ? result.reason.message : String(result.reason)});
  });
  return loaded;
}
