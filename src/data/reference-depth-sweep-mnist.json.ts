/** Data loader → reference-depth-sweep-mnist.json: data/depth-sweep-mnist.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("depth-sweep-mnist");
