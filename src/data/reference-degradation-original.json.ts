/** Data loader → reference-degradation-original.json: data/degradation-original.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("degradation-original");
