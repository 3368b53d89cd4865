/**
 * Node-only helper of the reference-run data loaders (`reference-*.json.ts`): pages cannot attach files outside
 * src/, so each loader re-emits one committed output of the experiment CLI from data/ at build time. The pages then
 * load it with `FileAttachment("data/reference-degradation.json").json()` and show it at once, marked as reference.
 *
 * Framework caches loader output: after regenerating a file in data/, touch its loader (or delete
 * src/.observablehq/cache/data/) so the next build picks it up.
 */
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {readExperimentFile, type ExperimentFile} from "../engine/experiments/experimentFile.js";

/**
 * Writes data/<name>.json to stdout after checking that it is an experiment file of the current version — or, with
 * `summarize`, what it makes of the file (for a file too large to ship to a page whole).
 */
export function printReferenceRun(name: string, summarize?: (file: ExperimentFile<never>) => unknown): void {
  const path = fileURLToPath(new URL(`../../data/${name}.json`, import.meta.url));
  const text = readFileSync(path, "utf8");
  const file = readExperimentFile<never>(JSON.parse(text), path); // throws, naming the file and what is wrong with it
  process.stdout.write(summarize ? JSON.stringify(summarize(file)) : text);
}
