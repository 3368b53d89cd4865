/** Data loader → reference-lesion.json: data/lesion.json (made by the experiment CLI, command in data/README.md), as the lesion page reads it — the summary and each seed's deletions, without the training curves. */
import {printReferenceRun} from "./referenceRuns.js";
import {lesionReference} from "../engine/experiments/lesionSummary.js";

printReferenceRun("lesion", lesionReference);
