/**
 * "ResNet-50, built in your browser": a button that asks the training worker to build a network with the
 * engine's TF.js builder (no training, no weights downloaded), then shows the parameter count it measured
 * beside the architecture arithmetic and torchvision's figure, how long the build took, how much memory the
 * weights held, and the worker's tensor count before the build and after the model was disposed.
 * TF.js runs inside the worker only; this component talks to it through the client (../../workers/client.ts).
 */
import {el} from "../dom.js";
import {Exportable} from "../export/index.js";
import type {BuildReport, ModelSpec, TrainingClient} from "../../workers/client.js";

/** What the build is compared with. */
export interface Resnet50BuildOptions {
  /** The network to build (e.g. `imagenetSpec({depth: 50})`). */
  spec: ModelSpec;
  /** Its parameters as counted by the architecture arithmetic (src/engine/arch). */
  arithmetic: number;
  /** A published count, e.g. torchvision's 25,557,032, with where it comes from. */
  published: {value: number; source: string};
  /** Starts (or returns) the training worker; called on the first click, so nothing loads before. */
  connect: () => TrainingClient;
}

/** What one build measured, as shown and exported. */
export interface BuildResult {
  report: BuildReport;
  /** Milliseconds to build the same net with zero weights (allocation only, no random draws). */
  allocationMs: number;
  tensorsBefore: number;
  tensorsAfter: number;
  bytesAfter: number;
}

const integer = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The rows of the comparison table for one build. */
export function buildRows(result: BuildResult, {arithmetic, published}: Pick<Resnet50BuildOptions, "arithmetic" | "published">) {
  const {report} = result;
  const agree = (value: number) => (value === report.params ? "equal" : `differs by ${integer(report.params - value)}`);
  return [
    {quantity: "parameters, built by TF.js in this browser", value: integer(report.params), comparison: "measured: model.countParams()"},
    {quantity: "parameters, architecture arithmetic", value: integer(arithmetic), comparison: agree(arithmetic)},
    {quantity: `parameters, ${published.source}`, value: integer(published.value), comparison: agree(published.value)},
    {quantity: "build time", value: `${Math.round(report.buildMs).toLocaleString("en-US")} ms`, comparison: `backend ${report.backend}; weights drawn from the seed (He normal)`},
    {quantity: "build time, zero weights", value: `${Math.round(result.allocationMs).toLocaleString("en-US")} ms`, comparison: "the same net, only allocated: the rest is drawing random numbers"},
    {quantity: "weights in memory", value: megabytes(report.bytes), comparison: `${integer(report.tensors)} tensors (BatchNorm running statistics included)`},
    {
      quantity: "worker tensors before → after dispose",
      value: `${integer(result.tensorsBefore)} → ${integer(result.tensorsAfter)}`,
      comparison: result.tensorsAfter === result.tensorsBefore ? "back at its start: nothing leaked" : "NOT back at its start"
    }
  ];
}

function resultTable(rows: ReturnType<typeof buildRows>): HTMLElement {
  const head = el("tr", {}, ["", "value", "check"].map((text) => el("th", {scope: "col"}, [text])));
  const body = rows.map((row) =>
    el("tr", {"data-quantity": row.quantity}, [
      el("th", {scope: "row"}, [row.quantity]),
      el("td", {class: "num"}, [row.value]),
      el("td", {}, [row.comparison])
    ])
  );
  const table = el("table", {class: "paper-table rx-r50-table"}, [el("thead", {}, [head]), el("tbody", {}, body)]);
  return el("div", {class: "table-scroll"}, [table]);
}

/** Resolves with `request`'s answer, or rejects when the worker reports a failure of its own first. */
function answer<T>(client: TrainingClient, request: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe((message) => {
      if (message.type === "error" && message.id === null) {
        stop();
        reject(new Error(message.message));
      }
    });
    request().then(
      (value) => (stop(), resolve(value)),
      (error) => (stop(), reject(error))
    );
  });
}

/**
 * Builds the spec in the worker twice: first with zero weights (only allocating them; this also starts the
 * worker's backend), then — between two readings of the worker's tensor count — with the weights drawn from
 * the seed as for training.
 */
export async function buildOnce(client: TrainingClient, spec: ModelSpec): Promise<BuildResult> {
  const allocation = await answer(client, () => client.build(spec, {init: "zeros", seed: 1}));
  const before = await answer(client, () => client.stats());
  const report = await answer(client, () => client.build(spec, {init: "he", seed: 1}));
  const after = await answer(client, () => client.stats());
  return {report, allocationMs: allocation.buildMs, tensorsBefore: before.numTensors, tensorsAfter: after.numTensors, bytesAfter: after.numBytes};
}

/** The button, its status line and, after a build, the table (exportable as SVG, PNG and CSV). */
export function Resnet50Build(options: Resnet50BuildOptions): HTMLElement {
  const {spec, connect} = options;
  const name = spec.name;
  const button = el("button", {type: "button", class: "rx-r50-button"}, [`Build ${name} in this browser`]);
  const status = el("p", {class: "rx-r50-status", role: "status", "aria-live": "polite"}, [
    `Nothing is built until you press the button. Building draws ${integer(options.arithmetic)} weights (about ${megabytes(options.arithmetic * 4)}).`
  ]);
  const output = el("div", {class: "rx-r50-output"});
  let client: TrainingClient | null = null;
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = `Building ${name} in the training worker…`;
    try {
      client ??= connect();
      const result = await buildOnce(client, spec);
      const rows = buildRows(result, options);
      const caption = `${name} (He-normal weights from seed 1), built by the engine's buildModel in a Web Worker on the ${result.report.backend} backend, then disposed. Measured ${new Date().toISOString().slice(0, 10)}.`;
      output.replaceChildren(Exportable(resultTable(rows), {title: `${name}, built in your browser`, caption, data: rows, filename: `${name}-built-in-browser`}));
      status.textContent = `Built ${name}: ${integer(result.report.params)} parameters in ${Math.round(result.report.buildMs)} ms; disposed.`;
    } catch (error) {
      status.textContent = `Building failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
      button.textContent = `Build ${name} again`;
    }
  });
  return el("div", {class: "rx-r50"}, [button, status, output]);
}
