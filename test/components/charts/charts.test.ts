// @vitest-environment jsdom
/**
 * The shared training charts, drawn in a DOM (jsdom): paper-style curves (thin training, bold test, dashed
 * reference), a diverged run marked "diverged" on an intact chart, the error-vs-depth chart's points and means, the
 * progress panel's text and buttons, and a live figure that redraws inside one stable export wrapper.
 */
import {describe, expect, it} from "vitest";
import {
  curveFromReference,
  curveRows,
  curveTable,
  depthMeans,
  depthTable,
  ErrorCurves,
  ErrorVsDepthChart,
  formatDuration,
  LiveFigure,
  LossChart,
  progressText,
  RunProgress,
  updateCurves,
  type RunCurve
} from "../../../src/components/charts/index.ts";
import {createTrainingSession} from "../../../src/session/trainingSession.ts";
import {beginGeneration, initialSessionState, sessionProgress} from "../../../src/session/sessionState.ts";
import {mlpSpec} from "../../../src/engine/spec.ts";
import type {TrainingClient} from "../../../src/workers/client.ts";
import type {WorkerMessage} from "../../../src/workers/protocol.ts";

function curve(id: string, isResidual: boolean, depth: number, {isReference = false, phase = "running" as RunCurve["phase"], diverge = false} = {}): RunCurve {
  const points = Array.from({length: 11}, (_, k) => ({
    step: k * 10,
    loss: diverge && k > 6 ? Number.NaN : 0.7 - 0.05 * k,
    trainError: diverge && k > 6 ? Number.NaN : 0.5 - 0.04 * k,
    testError: k % 5 === 0 ? (diverge && k > 6 ? Number.NaN : 0.5 - 0.03 * k) : null
  }));
  return {id, label: id, isResidual, depth, isReference, phase, totalSteps: 100, points};
}

describe("curve data", () => {
  it("flattens runs into training and test rows, leaving out what is not a finite number", () => {
    const rows = curveRows([curve("plain-56", false, 56, {diverge: true})]);
    expect(rows.filter((row) => row.series === "train").length).toBe(7);
    expect(rows.filter((row) => row.series === "test").map((row) => row.step)).toEqual([0, 50]);
    expect(rows.every((row) => Number.isFinite(row.value))).toBe(true);
    expect(curveRows([curve("a", true, 20)], "loss").every((row) => row.series === "train")).toBe(true);
    const table = curveTable([curve("plain-56", false, 56, {diverge: true})]);
    expect(table.length).toBe(11);
    expect(table[10]).toMatchObject({run: "plain-56", source: "live", net: "plain", depth: 56, step: 100, train_error: null});
  });

  it("labels a run from data/ as a reference", () => {
    const spec = mlpSpec({units: 27, isResidual: false, batchNorm: true, preActivation: true});
    const reference = curveFromReference({id: "plain-56", spec, config: {steps: 300}, curve: [{step: 0, loss: 0.8, trainError: 0.5, testError: 0.5}], final: {status: "done"}});
    expect(reference).toMatchObject({id: "ref:plain-56", label: "plain-56 (reference)", isReference: true, depth: 56, totalSteps: 300, phase: "done"});
  });
});

describe("ErrorCurves / LossChart", () => {
  it("draws thin training and bold test lines per net, one panel per depth, references dashed, with a legend", () => {
    const runs = [curve("plain-20", false, 20), curve("residual-20", true, 20), curve("plain-56", false, 56), curve("residual-56", true, 56), curve("ref:plain-56", false, 56, {isReference: true})];
    const chart = ErrorCurves(runs, {width: 800, facetByDepth: true});
    const svg = chart.querySelector("svg[role=img]")!;
    // With facets Plot puts a mark's attributes on one group per panel, inside the mark's group.
    const widths = [...svg.querySelectorAll("g[aria-label=line] [stroke-width]")].map((group) => group.getAttribute("stroke-width"));
    expect(widths).toContain("1.2");
    expect(widths).toContain("2.6");
    expect(svg.querySelectorAll("g[aria-label=line] [stroke-dasharray] path").length).toBe(2); // the reference's two lines
    expect(svg.querySelectorAll("g[aria-label=line] path").length).toBe(2 * 5);
    expect(svg.textContent).toContain("20 layers");
    expect(svg.textContent).toContain("56 layers");
    expect(chart.querySelector(".rx-legend")!.textContent).toMatch(/plain.*residual.*thin: training error.*bold: test error.*reference/);
    expect(svg.getAttribute("aria-label")).toMatch(/plain-56: step 100, training error 10%/);
    // The y axis is in percent and every line stays inside the plot (a domain in the wrong unit would clip them).
    expect([...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((text) => text.textContent)).toEqual(["0", "10", "20", "30", "40", "50", "60"]);
    const ys = [...svg.querySelectorAll("g[aria-label=line] path")].flatMap((path) => [...path.getAttribute("d")!.matchAll(/[ML][\d.]+,([\d.-]+)/g)].map((m) => Number(m[1])));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(240);
  });

  it("marks a diverged run as diverged and keeps the axes finite", () => {
    const chart = ErrorCurves([curve("plain-56", false, 56, {phase: "diverged", diverge: true})], {width: 375});
    const svg = chart.querySelector("svg[role=img]")!;
    expect(svg.textContent).toContain("plain-56 diverged");
    expect(svg.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(chart.querySelector(".rx-legend")!.textContent).toContain("diverged");
  });

  it("shows a waiting note before the first snapshot, and plots training loss for LossChart", () => {
    expect(ErrorCurves([], {width: 400}).textContent).toContain("waiting for the first snapshot");
    const loss = LossChart([curve("residual-20", true, 20)], {width: 400});
    expect(loss.dataset.metric).toBe("loss");
    expect(loss.querySelector("svg[role=img]")!.textContent).toContain("training loss");
  });
});

describe("updateCurves", () => {
  const livePaths = (chart: Element) => [...chart.querySelectorAll("g[data-live] path")].map((path) => path.getAttribute("d"));
  const grow = (run: RunCurve, n: number): RunCurve => ({...run, points: run.points.slice(0, n)});

  it("redraws only the live lines in place, exactly as a fresh chart would draw them", () => {
    const options = {width: 700, facetByDepth: true, metric: "error" as const};
    const full = [curve("plain-20", false, 20), curve("residual-56", true, 56), curve("ref:plain-56", false, 56, {isReference: true})];
    const early = full.map((run) => (run.isReference ? run : grow(run, 4)));
    const chart = ErrorCurves(early, options);
    const svg = chart.querySelector("svg[role=img]");
    expect(updateCurves(chart, full, options)).toBe(true);
    expect(chart.querySelector("svg[role=img]")).toBe(svg); // the same figure, not a new one
    expect(livePaths(chart)).toEqual(livePaths(ErrorCurves(full, options)));
    expect(svg!.getAttribute("aria-label")).toContain("plain-20: step 100");
  });

  it("declines when more than the live points changed: a new run, a divergence, another width", () => {
    const options = {width: 700, facetByDepth: true, metric: "error" as const};
    const runs = [curve("plain-20", false, 20), curve("plain-56", false, 56)];
    const chart = ErrorCurves(runs, options);
    expect(updateCurves(chart, [...runs, curve("residual-56", true, 56)], options)).toBe(false);
    expect(updateCurves(chart, [runs[0], {...runs[1], phase: "diverged"}], options)).toBe(false);
    expect(updateCurves(chart, runs, {...options, width: 500})).toBe(false);
    expect(updateCurves(document.createElement("div"), runs, options)).toBe(false);
  });
});

describe("ErrorVsDepthChart", () => {
  it("averages each family's final errors per depth, separately for the reader's runs and the references", () => {
    const points = [
      {depth: 20, isResidual: false, value: 0.1, isReference: false},
      {depth: 20, isResidual: false, value: 0.3, isReference: false},
      {depth: 20, isResidual: false, value: 0.05, isReference: true},
      {depth: 56, isResidual: false, value: Number.NaN, isReference: false}
    ];
    expect(depthMeans(points)).toEqual([
      {depth: 20, net: "plain", source: "live", value: 0.2, count: 2},
      {depth: 20, net: "plain", source: "reference", value: 0.05, count: 1}
    ]);
    const chart = ErrorVsDepthChart(points, {width: 600});
    const dots = [...chart.querySelectorAll("svg[role=img] g[aria-label=dot] circle")];
    expect(dots.length).toBe(3);
    const top = Number(chart.querySelector("svg[role=img] g[aria-label='y-grid'] line:last-child")!.getAttribute("y1"));
    expect(dots.every((dot) => Number(dot.getAttribute("cy")) >= top - 1)).toBe(true); // inside the plot, not clipped above it
    expect(chart.querySelector(".rx-legend")!.textContent).toMatch(/your runs.*reference runs.*diverged/);
    expect(depthTable(points).at(-1)).toMatchObject({depth: 56, final_train_error: null, status: "diverged"});
    expect(ErrorVsDepthChart([], {width: 375}).textContent).toContain("no finished run yet");
  });
});

describe("RunProgress", () => {
  it("says how far training is and how long is left", () => {
    const state = beginGeneration(initialSessionState(), [], 0);
    expect(progressText(state, sessionProgress(state, 0))).toBe("Nothing is training.");
    expect(formatDuration(8_400)).toBe("8 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatDuration(13 * 60_000)).toBe("13 min");
  });

  it("updates in place from the session: bar, status, run chips, backend; buttons pause, step, resume, stop and retrain", async () => {
    const listeners = new Set<(message: WorkerMessage) => void>();
    const sent: string[] = [];
    const client = {
      start: () => sent.push("start"), cancel: () => sent.push("cancel"), cancelAll: () => sent.push("cancelAll"), pause: () => sent.push("pause"), resume: () => sent.push("resume"), step: (to: number) => sent.push(`step to ${to}`),
      subscribe: (listener: (message: WorkerMessage) => void) => (listeners.add(listener), () => listeners.delete(listener)),
      stats: async () => ({}), build: async () => ({}), backend: null, terminate: () => sent.push("terminate")
    } as unknown as TrainingClient;
    const emit = (message: WorkerMessage) => listeners.forEach((listener) => listener(message));
    const session = createTrainingSession({clients: [client], throttleMs: 0});
    let invalidate!: () => void;
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const panel = RunProgress(session, {retrain: true, invalidation});
    const spec = mlpSpec({units: 3, isResidual: false});
    session.start([{id: "plain", label: "plain-8", spec, data: {kind: "toy", name: "circles", seed: 1}, config: {steps: 100}}]);
    emit({type: "backend", report: {backend: "cpu", reason: "cpu (plain JavaScript), fallback; wasm failed: no wasm"}});
    emit({type: "progress", id: "1:plain", snapshot: {step: 50, epoch: 0, loss: 1, trainError: 0.5, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status: "running", boundary: null}});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((panel.querySelector("progress") as HTMLProgressElement).value).toBe(0.5);
    expect(panel.querySelector(".rx-progress__text")!.textContent).toMatch(/^Training 1 net · step 50 of 100 · about \d+ s left$/);
    expect(panel.querySelector(".rx-progress__run")!.textContent).toBe("plain-8: running");
    expect((panel.querySelector(".rx-progress__backend") as HTMLElement).dataset.backend).toBe("cpu");
    expect(panel.querySelector(".rx-progress__backend-text")!.textContent).toBe("Computed in this browser in plain JavaScript — slow for the conv nets.");
    expect(panel.querySelector(".rx-progress__backend-reason")!.textContent).toBe("cpu (plain JavaScript), fallback; wasm failed: no wasm");
    expect((panel.querySelector(".rx-progress__warning") as HTMLElement).hidden).toBe(false);
    const buttons = Object.fromEntries([...panel.querySelectorAll("button")].map((button) => [button.textContent, button]));
    buttons.Pause.click();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(buttons.Pause.textContent).toBe("Resume");
    expect(panel.querySelector(".rx-progress__text")!.textContent).toBe("Paused at step 50 of 100.");
    // Step: a twentieth of the run on snapshot steps (every 10 by default), the number on the button.
    const step = buttons["Step 10"];
    expect(step.title).toBe("Train 10 more steps, then pause");
    step.click();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(panel.querySelector(".rx-progress__text")!.textContent).toBe("Stepping to step 60 of 100…");
    expect(step.disabled).toBe(true);
    emit({type: "progress", id: "1:plain", snapshot: {step: 60, epoch: 0, loss: 1, trainError: 0.5, testError: null, testLoss: null, gradNorms: null, identity: null, lr: 0.1, imagesPerSecond: 1, elapsedMs: 1, status: "running", boundary: null}});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(panel.querySelector(".rx-progress__text")!.textContent).toBe("Paused at step 60 of 100.");
    expect(step.disabled).toBe(false);
    buttons.Pause.click();
    buttons.Stop.click();
    buttons.Retrain.click();
    expect(sent).toEqual(["start", "pause", "step to 60", "resume", "cancel", "start"]);
    emit({type: "done", id: "2:plain", status: "diverged", snapshot: null});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(panel.querySelector(".rx-progress__run")!.textContent).toBe("plain-8: diverged");
    // Once its cell is invalidated the panel lets go of the session: later changes no longer reach it.
    invalidate();
    await invalidation;
    session.start([{id: "plain", label: "plain-8", spec, data: {kind: "toy", name: "circles", seed: 1}, config: {steps: 100}}]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(panel.querySelector(".rx-progress__run")!.textContent).toBe("plain-8: diverged");
    session.dispose();
  });
});

describe("LiveFigure", () => {
  it("lets a drawing update itself in place when it can", () => {
    let drawn = 0;
    const figure = LiveFigure<number>((n) => (drawn++, Object.assign(document.createElement("div"), {textContent: `drawn ${n}`})), 1, {
      title: "T",
      redraw: (drawing, n) => n % 2 === 1 && ((drawing.textContent = `updated ${n}`), true)
    });
    figure.update(3);
    expect([drawn, figure.querySelector(".rx-live-figure")!.textContent]).toEqual([1, "updated 3"]);
    figure.update(4);
    expect([drawn, figure.querySelector(".rx-live-figure")!.textContent]).toEqual([2, "drawn 4"]);
  });

  it("redraws inside one export wrapper and exports the data now drawn", () => {
    const figure = LiveFigure<number>((n) => Object.assign(document.createElement("div"), {textContent: `drawn ${n}`}), 1, {title: "T", caption: "C", rows: (n) => [{n}]});
    const buttons = figure.querySelectorAll("button");
    figure.update(2);
    expect(figure.querySelector(".rx-live-figure")!.textContent).toBe("drawn 2");
    expect(figure.querySelectorAll("button")[0]).toBe(buttons[0]);
    expect(figure.data).toBe(2);
    expect([...buttons].map((button) => button.textContent)).toEqual(["SVG", "PNG", "CSV"]);
  });
});
