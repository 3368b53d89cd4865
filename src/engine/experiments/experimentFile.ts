/**
 * The experiment file: what `npm run experiment` writes (the reference runs in data/) and what every reader reads —
 * the pages (through the reference-*.json data loaders), the Results summaries and data/README.md's generator.
 * One type, one writer, one reader. A file holds one seed's results at its top level, or, made with `--seeds`, one
 * entry per seed in `experiments` with a per-seed `summary`. `version` says which format it is in; a file of
 * another version (or none) is refused with a message that says what to do.
 */
import type {DataRequest} from "../data/request.js";
import type {RunResult} from "./summary.js";

/** The format written today. Bump it when a field changes meaning or shape, and regenerate data/. */
export const EXPERIMENT_FILE_VERSION = 1;

/** Every verdict stored in a file has a kind and says whether the effect the preset looks for was seen. */
export interface StoredVerdict {
  kind: string;
  holds: boolean;
}

/** The backend a file's runs trained on, and why it was chosen. */
export interface BackendInfo {
  backend: string;
  reason: string;
}

/** One seed's results. `analysis` holds what a preset measures besides training curves (e.g. a lesion study). */
export interface SeedResult<Analysis = unknown> {
  seed: number;
  description: string;
  data: DataRequest;
  backend: BackendInfo;
  runs: RunResult[];
  verdict: StoredVerdict | null;
  analysis?: Analysis;
}

/** The CLI's options as the file records them. */
export interface FileConfig {
  /** One seed (`--seed`), or the seeds of `--seeds`. */
  seed?: number;
  seeds?: number[];
  /** `--steps`, or null for the preset's own. */
  steps: number | null;
  data: string;
  units: string;
  backend: string;
}

/** Per seed in a multi-seed file: whether its verdict holds and each run's final training loss. */
export interface SeedSummary {
  seed: number;
  holds: boolean | null;
  losses: Record<string, number>;
}

/** What every file starts with. */
export interface FileHeader {
  version: number;
  preset: string;
  /** The command that made the file (data/README.md lists it too). */
  command: string;
  createdAt: string;
  config: FileConfig;
}

/** A file of several seeds. */
export type MultiSeedFile<Analysis = unknown> = FileHeader & {summary: SeedSummary[]; experiments: SeedResult<Analysis>[]};
/** A file of one seed. */
export type SingleSeedFile<Analysis = unknown> = FileHeader & SeedResult<Analysis>;
/** An experiment file. */
export type ExperimentFile<Analysis = unknown> = MultiSeedFile<Analysis> | SingleSeedFile<Analysis>;

/** The file for a run of the CLI: one seed's results at the top level, several under `experiments`. */
export function experimentFile<Analysis>(header: Omit<FileHeader, "version">, results: readonly SeedResult<Analysis>[]): ExperimentFile<Analysis> {
  if (results.length === 0) throw new RangeError("an experiment file needs the results of at least one seed");
  const head = {version: EXPERIMENT_FILE_VERSION, ...header};
  if (results.length === 1) return {...head, ...results[0]};
  const summary = results.map(({seed, verdict, runs}) => ({seed, holds: verdict?.holds ?? null, losses: Object.fromEntries(runs.map((run) => [run.id, run.final.loss]))}));
  return {...head, summary, experiments: [...results]};
}

/** The file as JSON text, numbers to 6 significant digits (plenty for charts; keeps data/ small), one trailing newline. */
export function serializeExperimentFile(file: ExperimentFile): string {
  return `${JSON.stringify(file, (_, value) => (typeof value === "number" && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value))}\n`;
}

/** A file that cannot be read, with what is wrong and what to do. */
export class ExperimentFileError extends Error {
  override name = "ExperimentFileError";
}

/**
 * Checks parsed JSON (`source` names it in messages) and returns it as an experiment file. Throws an
 * {@link ExperimentFileError} for anything that is not one, or is one of another version.
 */
export function readExperimentFile<Analysis = unknown>(value: unknown, source = "the experiment file"): ExperimentFile<Analysis> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ExperimentFileError(`${source} is not an experiment file (not a JSON object).`);
  const file = value as Partial<FileHeader> & {experiments?: unknown; runs?: unknown};
  if (typeof file.preset !== "string" || typeof file.command !== "string") throw new ExperimentFileError(`${source} is not an output of the experiment CLI (no preset or command).`);
  if (file.version !== EXPERIMENT_FILE_VERSION) {
    const found = file.version === undefined ? "has no version" : `is of version ${JSON.stringify(file.version)}`;
    throw new ExperimentFileError(`${source} ${found}; this code reads version ${EXPERIMENT_FILE_VERSION}. Make it again with its command: ${file.command}`);
  }
  const seeds = Array.isArray(file.experiments) ? file.experiments : [file];
  for (const seed of seeds as Array<Partial<SeedResult>>) {
    if (!Array.isArray(seed.runs) || typeof seed.data !== "object" || seed.data === null) throw new ExperimentFileError(`${source}: a seed's results have no runs or no data.`);
  }
  return value as ExperimentFile<Analysis>;
}

/** Every seed's results in a file, in file order. */
export function seedResults<Analysis>(file: ExperimentFile<Analysis>): SeedResult<Analysis>[] {
  return "experiments" in file ? file.experiments : [file];
}
