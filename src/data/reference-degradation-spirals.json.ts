/** Data loader → reference-degradation-spirals.json: data/degradation-spirals.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("degradation-spirals");
