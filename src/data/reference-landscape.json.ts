/** Data loader → reference-landscape.json: data/landscape.json (made by the experiment CLI, command in data/README.md), as the loss-landscape page reads it — the summary and each seed's surfaces, without the training curves. */
import {printReferenceRun} from "./referenceRuns.js";
import {landscapeReference} from "../engine/experiments/landscapeSummary.js";

printReferenceRun("landscape", landscapeReference);
