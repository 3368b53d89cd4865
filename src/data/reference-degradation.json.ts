/** Data loader → reference-degradation.json: data/degradation.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("degradation");
