/** Data loader → reference-grad-flow.json: data/grad-flow.json, made by the experiment CLI (command in data/README.md). */
import {printReferenceRun} from "./referenceRuns.js";

printReferenceRun("grad-flow");
