/**
 * The degradation lab's "Run 5 seeds": the four nets over five seeds in a training session of their own (one progress
 * bar and ETA for the whole batch, pausable and stoppable; the lab's own runs are stopped so the batch has the
 * processor), then per seed the four final training losses and the graded verdict — as a chart and a table, exported
 * together (SVG, PNG, CSV) — and "degradation shown and cured on k of 5 seeds". Every finished run also joins the
 * run history (the page records the batch session like the lab's). Long or large batches go through the admission gate.
 */
import * as Plot from "@observablehq/plot";
import {el} from "../dom.js";
import {AdmissionGate} from "../admissionGate.js";
import {LiveFigure} from "../charts/LiveFigure.js";
import {Legend} from "../charts/legend.js";
import {netColor} from "../charts/palette.js";
import {RunProgress} from "../charts/RunProgress.js";
import {defaultMaxWorkers, type TrainingSession} from "../../session/trainingSession.js";
import {admission, describeEstimate, roughDuration} from "../../session/estimate.js";
import {SpeedMemory} from "../../session/speedMemory.js";
import {formatLoss, gradeLabel} from "../../session/verdictText.js";
import type {DegradationSettings} from "./degradationRuns.js";
import {BATCH_SIZE, batchSeeds, seedBatchRuns, seedBatchSummary, seedRows, type SeedRow} from "./seedBatchRuns.js";
import {localized} from "../../i18n/locale.js";
import {DEGRADATION_RUNS_TEXT, SEED_BATCH_TEXT} from "./text.js";

/** The nets of a row, in the table's column order, with their depth's role. */
const NETS = [
  {key: "shallowPlain", isResidual: false, deep: false},
  {key: "shallowResidual", isResidual: true, deep: false},
  {key: "deepPlain", isResidual: false, deep: true},
  {key: "deepResidual", isResidual: true, deep: true}
] as const;

/** The depths a batch trained (from its runs' rows' verdicts, else the settings). */
type Depths = {shallow: number; deep: number};
const netName = (net: (typeof NETS)[number], depths: Depths) => localized(DEGRADATION_RUNS_TEXT).netName(net.isResidual, net.deep ? depths.deep : depths.shallow);

/** CSV rows: one per seed, the four losses and the verdict. */
export function seedTable(rows: readonly SeedRow[], depths: Depths): Array<Record<string, string | number>> {
  const text = localized(SEED_BATCH_TEXT);
  return rows.map((row) => ({
    [text.seedColumn]: row.seed,
    ...Object.fromEntries(NETS.map((net) => [text.lossColumn(netName(net, depths)), row.losses[net.key] ?? ""])),
    [text.verdictColumn]: row.verdict ? gradeLabel(row.verdict) : text.running
  }));
}

/** Final training loss per seed: rings for the shallow pair, dots for the deep pair, orange plain, blue residual. */
function SeedChart(rows: readonly SeedRow[], depths: Depths, width: number): HTMLElement {
  const text = localized(SEED_BATCH_TEXT);
  const points = rows.flatMap((row) => NETS.flatMap((net) => (row.losses[net.key] === null ? [] : [{seed: String(row.seed), loss: row.losses[net.key]!, net: netName(net, depths), ...net}])));
  type Point = (typeof points)[number];
  const finite = points.filter((point) => Number.isFinite(point.loss));
  const chart = Plot.plot({
    width,
    height: 240,
    marginLeft: 50,
    x: {label: text.seedAxis, domain: rows.map((row) => String(row.seed)), padding: 0.4},
    y: {label: text.lossAxis, grid: true, zero: true, labelArrow: "none"},
    marks: [
      ...[false, true].map((isResidual) =>
        Plot.dot(
          finite.filter((point) => point.isResidual === isResidual),
          {x: "seed", y: "loss", dx: isResidual ? 7 : -7, r: 5, stroke: netColor(isResidual), fill: (point: Point) => (point.deep ? netColor(isResidual) : "none"), strokeWidth: 1.6, title: (point: Point) => text.pointTitle(point.net, point.seed, formatLoss(point.loss))}
        )
      ),
      Plot.text(points.filter((point) => !Number.isFinite(point.loss)), {x: "seed", frameAnchor: "top", text: () => text.diverged, fill: "currentColor", dy: 8})
    ],
    ariaLabel: text.chartLabel(seedBatchSummary(rows))
  });
  const legend = Legend(NETS.map((net) => ({label: netName(net, depths), color: netColor(net.isResidual), symbol: net.deep ? "dot" : "ring"})));
  return el("div", {class: "rx-seed-batch__chart"}, [legend, chart]);
}

/** The table under the chart: seed, four losses, the verdict. */
function SeedTable(rows: readonly SeedRow[], depths: Depths): HTMLElement {
  const text = localized(SEED_BATCH_TEXT);
  const head = el("tr", {}, [el("th", {scope: "col"}, [text.seedColumn]), ...NETS.map((net) => el("th", {scope: "col"}, [netName(net, depths)])), el("th", {scope: "col"}, [text.verdictColumn])]);
  const body = rows.map((row) =>
    el("tr", {"data-seed": row.seed}, [
      el("th", {scope: "row"}, [String(row.seed)]),
      ...NETS.map((net) => el("td", {}, [row.losses[net.key] === null ? "…" : formatLoss(row.losses[net.key]!)])),
      el("td", {class: row.verdict?.grade === "cured" ? "is-cured" : ""}, [row.verdict ? gradeLabel(row.verdict) : text.running])
    ])
  );
  return el("div", {class: "table-scroll"}, [el("table", {class: "rx-seed-batch__table"}, [el("thead", {}, [head]), el("tbody", {}, body)])]);
}

/** The batch's depths, from its first run's settings when it has run, else from the lab's settings. */
function depthsOf(rows: readonly SeedRow[], settings: DegradationSettings): Depths {
  const verdict = rows.find((row) => row.verdict)?.verdict;
  return verdict ? {shallow: verdict.shallowDepth, deep: verdict.deepDepth} : {shallow: settings.shallow, deep: settings.deep};
}

/** The "Run 5 seeds" panel: button, estimate, admission, progress, summary sentence, and the exported chart and table. */
export function SeedBatch(
  settings: DegradationSettings,
  session: TrainingSession,
  {labSession, mnistUrl, width, invalidation}: {labSession: TrainingSession; mnistUrl: string; width: number; invalidation: Promise<unknown>}
): HTMLElement {
  const text = localized(SEED_BATCH_TEXT);
  const family = localized(DEGRADATION_RUNS_TEXT).family(settings.data === "mnist");
  const seeds = batchSeeds(settings.seed);
  const label = text.runButton(BATCH_SIZE, seeds[0], seeds[seeds.length - 1]);
  const button = el("button", {type: "button", class: "rx-lab-train rx-seed-batch__run"}, [label]);
  const estimate = el("p", {class: "rx-lab-estimate", role: "status"});
  const summary = el("p", {class: "rx-seed-batch__summary", role: "status", "aria-live": "polite"});
  const gate = AdmissionGate();
  const requests = seedBatchRuns(settings, {mnistUrl});
  const speed = SpeedMemory([labSession, session], {onChange: () => renderEstimate()}); // the lab's own runs teach the batch's estimate too
  const renderEstimate = () => {
    const backend = session.value.backend?.backend ?? labSession.value.backend?.backend ?? "wasm";
    const {ms, isSlow} = describeEstimate(requests, {backend, calibration: speed.calibration, cores: globalThis.navigator?.hardwareConcurrency || 1});
    gate.update(admission(requests, ms, {workers: defaultMaxWorkers(), canChangeBatch: false}));
    button.disabled = gate.isRefused;
    button.textContent = isSlow ? text.runButtonWithDuration(label, roughDuration(ms)) : label;
    estimate.textContent = text.estimate(text.seedList(seeds), requests.length, roughDuration(ms));
  };
  const rowsNow = () => seedRows(session.value);
  const figure = LiveFigure(
    (rows: SeedRow[]) => {
      const depths = depthsOf(rows, settings);
      return el("div", {class: "rx-seed-batch__figure"}, [SeedChart(rows, depths, width), SeedTable(rows, depths)]);
    },
    rowsNow(),
    {
      title: text.title,
      caption: text.caption(family, settings.steps, text.seedList(seeds)),
      filename: text.filename,
      rows: (rows) => seedTable(rows, depthsOf(rows, settings))
    }
  );
  const results = el("div", {class: "rx-seed-batch__results", hidden: true}, [summary, figure]);
  const unsubscribe = session.subscribe((state) => {
    const rows = seedRows(state);
    results.hidden = rows.length === 0;
    summary.textContent = seedBatchSummary(rows);
    figure.update(rows);
  });
  // The batch's progress panel appears with its first batch (before that the page has one panel: the lab's).
  const progress = el("div", {class: "rx-seed-batch__progress"});
  const showProgress = () => {
    if (!progress.firstChild) progress.append(RunProgress(session, {invalidation}));
  };
  if (session.value.generation > 0) showProgress();
  button.addEventListener("click", () =>
    gate.request(() => {
      labSession.stop(); // the batch gets the processor
      session.start(requests, {backend: "auto"});
      showProgress();
    })
  );
  invalidation.then(() => {
    unsubscribe();
    speed.stop();
  });
  renderEstimate();
  return el("div", {class: "rx-seed-batch"}, [
    el("div", {class: "rx-lab-run"}, [button, estimate, gate.root]),
    progress,
    results
  ]);
}
