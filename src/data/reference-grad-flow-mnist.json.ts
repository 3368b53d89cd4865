/** Data loader → reference-grad-flow-mnist.json: data/grad-flow-mnist.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("grad-flow-mnist");
