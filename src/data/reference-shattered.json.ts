/** Data loader → reference-shattered.json: data/shattered.json (made by the experiment CLI, command in data/README.md), summarised per seed and depth. */
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {readExperimentFile} from "../engine/experiments/experimentFile.js";
import type {ShatteredAnalysis} from "../engine/shattered/setup.js";
import {shatteredSummary} from "../engine/shattered/summary.js";

const path = fileURLToPath(new URL("../../data/shattered.json", import.meta.url));
process.stdout.write(JSON.stringify(shatteredSummary(readExperimentFile<ShatteredAnalysis>(JSON.parse(readFileSync(path, "utf8")), path))));
