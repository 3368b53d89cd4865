/** Data loader → reference-responses-mnist.json: data/responses-mnist.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("responses-mnist");
