/** Data loader → reference-degradation-mnist.json: data/degradation-mnist.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("degradation-mnist");
