/** Data loader → reference-shattered.json: data/shattered.json (made by the experiment CLI, command in data/README.md), summarised per seed and depth (the whole file holds every gradient: too large for a page). */
import {printReferenceRun} from "./referenceRuns.js";
import {shatteredSummary} from "../engine/experiments/shatteredSummary.js";

printReferenceRun("shattered", shatteredSummary);
