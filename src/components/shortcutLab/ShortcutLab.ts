/**
 * The shortcut-options lab of the residual-units page: "Train A, B and C" trains the same small conv net with
 * each shortcut option (./shortcutRuns.ts) through the page's training session; once it has trained, every
 * change of a setting (depth, width, original or pre-activation unit, steps, seed, backend) retrains all three
 * with it. The results show the three curves and a table of each option's parameters (architecture arithmetic)
 * beside its final errors.
 */
import {el} from "../dom.js";
import {LiveFigure, type LiveFigureElement} from "../charts/LiveFigure.js";
import {CURVE_TABLE_COLUMNS, curveTable, sessionCurves, type RunCurve} from "../charts/curves.js";
import type {SessionState} from "../../session/sessionState.js";
import {defaultMaxWorkers, type TrainingSession} from "../../session/trainingSession.js";
import {admission, describeEstimate, roughDuration, type KeyValueStore} from "../../session/estimate.js";
import {AdmissionGate} from "../admissionGate.js";
import {describeRequest} from "../../session/runCaption.js";
import {SpeedMemory} from "../../session/speedMemory.js";
import type {UrlState} from "../controls/urlState.js";
import {countNetwork} from "../../engine/arch/index.js";
import {OPTION_TEXT, shortcutCounts, shortcutRunRequests, shortcutVerdict, SHORTCUT_OPTIONS} from "./shortcutRuns.js";
import {ShortcutCurves} from "./ShortcutCurves.js";

/** Wait this long after the last change of a setting before retraining (a slider drag is many changes). */
const RETRAIN_DELAY_MS = 300;

/** The button, the estimate and the retrain-on-change rule. */
export function ShortcutLabPanel(
  state: UrlState<"shortcuts">,
  session: TrainingSession,
  {mnistUrl, invalidation, storage}: {mnistUrl: string; invalidation: Promise<unknown>; storage?: KeyValueStore | null}
): HTMLElement {
  const cores = globalThis.navigator?.hardwareConcurrency || 1;
  const button = el("button", {type: "button", class: "rx-lab-train"}, ["Train A, B and C"]);
  const estimate = el("p", {class: "rx-lab-estimate", role: "status", "aria-live": "polite"});
  const runs = () => shortcutRunRequests(state.values, mnistUrl);
  const start = () => session.start(runs(), {backend: state.values.backend});
  const gate = AdmissionGate();
  const render = () => {
    const backend = session.value.backend?.backend ?? (state.values.backend === "auto" ? "wasm" : state.values.backend);
    const requests = runs();
    const {text, ms, isSlow} = describeEstimate(requests, {backend, calibration: speed.calibration, cores});
    gate.update(admission(requests, ms, {workers: defaultMaxWorkers(), canChangeBatch: false}));
    const retrains = session.value.generation > 0 && gate.isAutomatic;
    estimate.textContent = retrains ? `${text} Changing a setting retrains all three.` : text;
    button.disabled = gate.isRefused;
    button.textContent = isSlow ? `Train A, B and C (${roughDuration(ms)})` : "Train A, B and C";
  };
  const speed = SpeedMemory(session, {storage, onChange: () => render()});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    render();
    clearTimeout(timer);
    // After a first run, a change retrains at once — but never into settings that must be refused or confirmed.
    if (session.value.generation === 0 || !gate.isAutomatic) return;
    timer = setTimeout(start, RETRAIN_DELAY_MS);
  };
  button.addEventListener("click", () => {
    clearTimeout(timer);
    gate.request(start);
  });
  state.addEventListener("change", onChange);
  invalidation.then(() => {
    clearTimeout(timer);
    state.removeEventListener("change", onChange);
    speed.stop();
  });
  render();
  return el("div", {class: "rx-lab-run rx-shortcut-lab"}, [button, estimate, gate.root]);
}

const percent = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? "–" : `${(100 * value).toFixed(1)}%`);

/** Each option's parameters (of the nets drawn, else of the settings on screen) beside its last errors. */
export function shortcutTableRows(state: SessionState, fallback: ReturnType<typeof shortcutCounts>) {
  return SHORTCUT_OPTIONS.map((option, i) => {
    const run = state.runs.find((candidate) => candidate.id === option);
    const params = run && run.request.spec.family === "conv" ? countNetwork(run.request.spec).params : fallback[i].params;
    const last = run?.snapshots.at(-1);
    // Mini-batch training error is noisy: average the snapshots of the last 10% of the steps, as the reference runs do.
    const tail = run?.snapshots.filter((snapshot) => snapshot.step > 0 && last && snapshot.step >= 0.9 * last.step) ?? [];
    const lastTest = run?.snapshots.filter((snapshot) => snapshot.testError !== null).at(-1);
    return {
      option,
      shortcut: OPTION_TEXT[option],
      parameters: params,
      status: run?.phase ?? "not trained",
      step: last?.step ?? 0,
      training_error: tail.length ? tail.reduce((sum, snapshot) => sum + snapshot.trainError, 0) / tail.length : null,
      test_error: lastTest?.testError ?? null
    };
  });
}

function countsTable(rows: ReturnType<typeof shortcutTableRows>): HTMLElement {
  const base = rows[0].parameters;
  const head = el("tr", {}, ["option", "shortcut", "parameters", "vs A", "status", "training error (last 10% of steps)", "test error (at the end)"].map((text) => el("th", {scope: "col"}, [text])));
  const body = rows.map((row) =>
    el("tr", {"data-option": row.option}, [
      el("th", {scope: "row"}, [row.option]),
      el("td", {}, [row.shortcut]),
      el("td", {class: "num"}, [row.parameters.toLocaleString("en-US")]),
      el("td", {class: "num"}, [row.parameters === base ? "±0" : `+${(row.parameters - base).toLocaleString("en-US")}`]),
      el("td", {}, [row.status === "not trained" ? row.status : `${row.status}, step ${row.step}`]),
      el("td", {class: "num"}, [percent(row.training_error)]),
      el("td", {class: "num"}, [percent(row.test_error)])
    ])
  );
  return el("div", {class: "table-scroll"}, [el("table", {class: "paper-table rx-shortcut-table"}, [el("thead", {}, [head]), el("tbody", {}, body)])]);
}

/** The curves and the table, live from `session`; the table follows the settings until the first run. */
export function ShortcutResults(state: UrlState<"shortcuts">, session: TrainingSession, {width, invalidation}: {width: number; invalidation: Promise<unknown>}): HTMLElement {
  const verdict = el("p", {class: "rx-verdict rx-shortcut-verdict", role: "status", "aria-live": "polite", hidden: true});
  const root = el("div", {class: "rx-shortcut-results"});
  let key = "";
  let curves: LiveFigureElement<RunCurve[]> | null = null;
  let table: LiveFigureElement<ReturnType<typeof shortcutTableRows>> | null = null;
  const render = () => {
    const sessionState = session.value;
    const next = `${sessionState.generation}|${sessionState.backend?.backend ?? ""}`;
    const rows = shortcutTableRows(sessionState, shortcutCounts(state.values));
    if (next !== key || !curves || !table) {
      key = next;
      const requests = sessionState.runs.map((run) => run.request);
      const caption = requests.length ? describeRequest(requests, sessionState.backend?.backend ?? sessionState.preference) : "Not trained yet: parameters of the nets on screen, counted by the architecture arithmetic.";
      const steps = sessionState.runs[0]?.totalSteps ?? state.values.steps;
      curves = LiveFigure((runs: RunCurve[]) => ShortcutCurves(runs, {width, steps}), [] as RunCurve[], {
        title: "Shortcut options A, B and C: training error (thin) and test error (bold)",
        caption,
        filename: "shortcut-options-curves",
        rows: curveTable,
        columns: CURVE_TABLE_COLUMNS
      });
      table = LiveFigure(countsTable, rows, {title: "Shortcut options: parameters and final errors", caption, filename: "shortcut-options-table", rows: (data) => data});
      root.replaceChildren(verdict, curves, table);
    }
    curves.update(sessionCurves(sessionState));
    table.update(rows);
    const sentence = shortcutVerdict(rows.map((row) => ({option: row.option, testError: row.test_error, isDone: row.status === "done"})));
    verdict.textContent = sentence ?? "";
    verdict.hidden = sentence === null;
  };
  const stop = session.subscribe(render);
  state.addEventListener("change", render);
  invalidation.then(() => {
    stop();
    state.removeEventListener("change", render);
  });
  return root;
}
