/** Data loader → reference-depth-sweep.json: data/depth-sweep.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("depth-sweep");
