/**
 * The shortcut-options lab of the residual-units page: "Train A, B and C" trains the same small conv net with
 * each shortcut option (./shortcutRuns.ts) through the page's training session; once it has trained, every
 * change of a setting (depth, width, original or pre-activation unit, steps, seed, backend) retrains all three
 * with it. The results show the three curves and a table of each option's parameters (architecture arithmetic)
 * beside its final errors.
 */
import {CSV_TEXT} from "../charts/text.js";
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
import {optionText, shortcutCounts, shortcutRunRequests, shortcutVerdict, SHORTCUT_OPTIONS} from "./shortcutRuns.js";
import {ShortcutCurves} from "./ShortcutCurves.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {SHORTCUT_LAB_TEXT} from "./text.js";

type Text = (typeof SHORTCUT_LAB_TEXT)["en"];

/** Wait this long after the last change of a setting before retraining (a slider drag is many changes). */
const RETRAIN_DELAY_MS = 300;

/** The button, the estimate and the retrain-on-change rule. */
export function ShortcutLabPanel(
  state: UrlState<"shortcuts">,
  session: TrainingSession,
  {mnistUrl, invalidation, storage}: {mnistUrl: string; invalidation: Promise<unknown>; storage?: KeyValueStore | null}
): HTMLElement {
  const text = localized(SHORTCUT_LAB_TEXT);
  const cores = globalThis.navigator?.hardwareConcurrency || 1;
  const button = el("button", {type: "button", class: "rx-lab-train"}, [text.train]);
  const estimate = el("p", {class: "rx-lab-estimate", role: "status", "aria-live": "polite"});
  const runs = () => shortcutRunRequests(state.values, mnistUrl);
  const start = () => session.start(runs(), {backend: state.values.backend});
  const gate = AdmissionGate();
  const render = () => {
    const backend = session.value.backend?.backend ?? (state.values.backend === "auto" ? "wasm" : state.values.backend);
    const requests = runs();
    const {text: estimateText, ms, isSlow} = describeEstimate(requests, {backend, calibration: speed.calibration, cores});
    gate.update(admission(requests, ms, {workers: defaultMaxWorkers(), canChangeBatch: false}));
    const retrains = session.value.generation > 0 && gate.isAutomatic;
    estimate.textContent = retrains ? `${estimateText} ${text.retrainsNote}` : estimateText;
    button.disabled = gate.isRefused;
    button.textContent = isSlow ? text.trainTakes(roughDuration(ms)) : text.train;
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

/**
 * Each option's parameters (of the nets drawn, else of the settings on screen) beside its last errors; `status` is
 * the run's phase or "not trained" (the table shows it in the page's language), `shortcut` is in `locale`.
 */
export function shortcutTableRows(state: SessionState, fallback: ReturnType<typeof shortcutCounts>, locale: Locale = pageLocale()) {
  return SHORTCUT_OPTIONS.map((option, i) => {
    const run = state.runs.find((candidate) => candidate.id === option);
    const params = run && run.request.spec.family === "conv" ? countNetwork(run.request.spec).params : fallback[i].params;
    const last = run?.snapshots.at(-1);
    // Mini-batch training error is noisy: average the snapshots of the last 10% of the steps, as the reference runs do.
    const tail = run?.snapshots.filter((snapshot) => snapshot.step > 0 && last && snapshot.step >= 0.9 * last.step) ?? [];
    const lastTest = run?.snapshots.filter((snapshot) => snapshot.testError !== null).at(-1);
    return {
      option,
      shortcut: optionText(option, locale),
      parameters: params,
      status: run?.phase ?? ("not trained" as const),
      step: last?.step ?? 0,
      training_error: tail.length ? tail.reduce((sum, snapshot) => sum + snapshot.trainError, 0) / tail.length : null,
      test_error: lastTest?.testError ?? null
    };
  });
}

type TableRow = ReturnType<typeof shortcutTableRows>[number];

/** The table's rows as CSV records, with column names and statuses in the page's language. */
function csvRecords(rows: readonly TableRow[], text: Text) {
  const {csv} = text;
  return rows.map((row) => ({
    [csv.option]: row.option,
    [csv.shortcut]: row.shortcut,
    [csv.parameters]: row.parameters,
    [csv.status]: text.status[row.status],
    [csv.step]: row.step,
    [csv.training_error]: row.training_error,
    [csv.test_error]: row.test_error
  }));
}

function countsTable(rows: readonly TableRow[], text: Text): HTMLElement {
  const base = rows[0].parameters;
  const {headers} = text;
  const titles = [headers.option, headers.shortcut, headers.parameters, headers.versusA, headers.status, headers.trainingError, headers.testError];
  const head = el("tr", {}, titles.map((title) => el("th", {scope: "col"}, [title])));
  const body = rows.map((row) =>
    el("tr", {"data-option": row.option}, [
      el("th", {scope: "row"}, [row.option]),
      el("td", {}, [row.shortcut]),
      el("td", {class: "num"}, [row.parameters.toLocaleString("en-US")]),
      el("td", {class: "num"}, [row.parameters === base ? "±0" : `+${(row.parameters - base).toLocaleString("en-US")}`]),
      el("td", {}, [row.status === "not trained" ? text.status[row.status] : text.statusAtStep(text.status[row.status], row.step)]),
      el("td", {class: "num"}, [percent(row.training_error)]),
      el("td", {class: "num"}, [percent(row.test_error)])
    ])
  );
  return el("div", {class: "table-scroll"}, [el("table", {class: "paper-table rx-shortcut-table"}, [el("thead", {}, [head]), el("tbody", {}, body)])]);
}

/** The curves and the table, live from `session`; the table follows the settings until the first run. */
export function ShortcutResults(state: UrlState<"shortcuts">, session: TrainingSession, {width, invalidation}: {width: number; invalidation: Promise<unknown>}): HTMLElement {
  const text = localized(SHORTCUT_LAB_TEXT);
  const verdict = el("p", {class: "rx-verdict rx-shortcut-verdict", role: "status", "aria-live": "polite", hidden: true});
  const root = el("div", {class: "rx-shortcut-results"});
  let key = "";
  let curves: LiveFigureElement<RunCurve[]> | null = null;
  let table: LiveFigureElement<TableRow[]> | null = null;
  const render = () => {
    const sessionState = session.value;
    const next = `${sessionState.generation}|${sessionState.backend?.backend ?? ""}`;
    const rows = shortcutTableRows(sessionState, shortcutCounts(state.values));
    if (next !== key || !curves || !table) {
      key = next;
      const requests = sessionState.runs.map((run) => run.request);
      const caption = requests.length ? describeRequest(requests, sessionState.backend?.backend ?? sessionState.preference) : text.notTrainedCaption;
      const steps = sessionState.runs[0]?.totalSteps ?? state.values.steps;
      curves = LiveFigure((runs: RunCurve[]) => ShortcutCurves(runs, {width, steps}), [] as RunCurve[], {
        title: text.curvesTitle,
        caption,
        filename: text.curvesFilename,
        rows: curveTable,
        columns: CURVE_TABLE_COLUMNS,
        columnNames: localized(CSV_TEXT).curveColumns
      });
      table = LiveFigure((data: TableRow[]) => countsTable(data, text), rows, {title: text.tableTitle, caption, filename: text.tableFilename, rows: (data) => csvRecords(data, text)});
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
