/** Data loader → reference-landscape.json: data/landscape.json (made by the experiment CLI, command in data/README.md), summarised per seed, with the first seed's surfaces. */
import {printReferenceRun} from "./referenceRuns.js";
import {landscapeSummary} from "../engine/experiments/landscapeSummary.js";

printReferenceRun("landscape", landscapeSummary);
