/**
 * The Overview's hero: a 56-layer plain MLP and its residual twin learn the circles data side by side, live, in the
 * reader's browser — two decision-boundary pictures, their training loss, one sentence on where they stand, and
 * Replay, Pause/Resume and Step buttons. It starts by itself once the page has loaded and the browser is idle, so the text and math come
 * first (the worker, and TF.js inside it, load only then); with `prefers-reduced-motion: reduce` it waits for a
 * click. The first moment the residual net has learned while the plain one has stalled is recorded on the element
 * (`data-contrast-ms`, ms since navigation) and as the performance mark "hero-contrast".
 */
import {LiveFigure} from "../charts/LiveFigure.js";
import {LossChart} from "../charts/ErrorCurves.js";
import {CURVE_TABLE_COLUMNS, curveTable, sessionCurves} from "../charts/curves.js";
import {Legend} from "../charts/legend.js";
import {PLAIN_COLOR, RESIDUAL_COLOR} from "../charts/palette.js";
import {el} from "../dom.js";
import {layoutWidth} from "../layoutWidth.js";
import {Exportable} from "../export/index.js";
import {errorMessages, type SessionRun, type SessionState, type TrainingSession} from "../../session/trainingSession.js";
import {renderPauseAndStep} from "../charts/RunProgress.js";
import type {Snapshot} from "../../engine/train/snapshot.js";
import {boundaryRows, trainingPoints} from "../boundary/boundaryData.js";
import {BoundaryLegend, BoundaryPicture, type BoundaryPictureElement} from "../boundary/BoundaryPicture.js";
import {HERO_RESOLUTION, HERO_STEPS, heroData, heroRuns, heroStatus, showsContrast} from "./heroRuns.js";

/** Options of {@link Hero}. */
export interface HeroOptions {
  width: number;
  seed: number;
  /** Start without a click (default: unless the reader prefers reduced motion). */
  autoStart?: boolean;
  invalidation: Promise<unknown>;
}

/** Training points drawn over each picture (of the 1,000 the nets train on). */
const POINTS_SHOWN = 300;

/** True when the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Resolves after the page's `load` event, when the browser is next idle (at most `timeout` ms later). */
export function afterLoadAndIdle(timeout = 1000): Promise<void> {
  const loaded = document.readyState === "complete" ? Promise.resolve() : new Promise<void>((resolve) => addEventListener("load", () => resolve(), {once: true}));
  return loaded.then(
    () => new Promise<void>((resolve) => ("requestIdleCallback" in window ? requestIdleCallback(() => resolve(), {timeout}) : setTimeout(resolve, 0)))
  );
}

function latest(run: SessionRun | undefined): Snapshot | undefined {
  return run?.snapshots.at(-1);
}

/** One net's card: its name in the net's colour and its picture; `update(run)` shows the run's latest boundary. */
function PictureCard(net: "plain" | "residual", label: string, color: string, picture: BoundaryPictureElement) {
  const name = el("div", {class: "hero__name"});
  const card = el("div", {class: "hero__card", "data-net": net, "data-step": -1}, [name, picture]);
  let shown: Snapshot | undefined;
  const update = (run: SessionRun | undefined) => {
    const snapshot = latest(run);
    const text = `${label}${snapshot ? ` · step ${snapshot.step}` : ""}${run?.phase === "diverged" ? " — diverged" : ""}`;
    if (name.textContent !== text) name.replaceChildren(Legend([{label: text, color, width: 4}]));
    card.dataset.step = String(snapshot?.step ?? -1);
    if (snapshot === shown) return;
    shown = snapshot;
    picture.update(snapshot?.boundary ?? null);
  };
  return {card, update};
}

/** The pictures, the status line, the loss curves and the Replay button, live from `session`. */
export function Hero(session: TrainingSession, {width: pageWidth, seed, autoStart = !prefersReducedMotion(), invalidation}: HeroOptions): HTMLElement {
  const width = layoutWidth(pageWidth);
  const runs = heroRuns(seed);
  const points = trainingPoints(heroData(seed), POINTS_SHOWN);
  const gap = 12;
  const size = Math.floor(Math.min(320, (Math.min(width, 680) - gap) / 2));
  const pictureOptions = {size, points, extent: [-1.2, 1.2] as [number, number], resolution: HERO_RESOLUTION};
  const cards = [
    PictureCard("plain", runs[0].label, PLAIN_COLOR, BoundaryPicture({...pictureOptions, label: `Decision boundary of ${runs[0].label}`})),
    PictureCard("residual", runs[1].label, RESIDUAL_COLOR, BoundaryPicture({...pictureOptions, label: `Decision boundary of ${runs[1].label}`}))
  ];
  const pictures = el("div", {class: "hero__pictures"}, cards.map((card) => card.card));
  const caption = `MLP-56 (27 units of width 16, BatchNorm, pre-activation) without and with shortcuts, on circles (1,000 points); SGD lr 0.1, momentum 0.9, batch 64; seed ${seed}`;
  const picturesFigure = Exportable(el("div", {}, [pictures, BoundaryLegend()]), {
    title: "Decision boundaries: plain vs residual, 56 layers",
    caption,
    filename: `hero-boundaries-seed-${seed}`,
    data: () => session.value.runs.flatMap((run) => {
      const snapshot = latest(run);
      return snapshot?.boundary ? boundaryRows(snapshot.boundary).map((row) => ({net: run.id, step: snapshot.step, ...row})) : [];
    })
  });
  const status = el("p", {class: "hero__status", role: "status", "aria-live": "polite"});
  const alerts = el("div", {class: "hero__alerts", role: "alert"});
  const loss = LiveFigure((state: SessionState) => LossChart(sessionCurves(state), {width: Math.min(width, 680), height: 160, steps: HERO_STEPS, emptyText: "the curves appear as the nets train"}), session.value, {
    title: "Training loss",
    caption,
    filename: `hero-loss-seed-${seed}`,
    rows: (state) => curveTable(sessionCurves(state)),
    columns: CURVE_TABLE_COLUMNS
  });
  const replay = el("button", {type: "button", class: "hero__replay"}, [autoStart ? "Replay" : "Play"]);
  const pause = el("button", {type: "button", class: "hero__pause", "data-rx-action": "pause", disabled: true}, ["Pause"]);
  pause.addEventListener("click", () => (session.value.phase === "paused" ? session.resume() : session.pause()));
  const step = el("button", {type: "button", class: "hero__step", "data-rx-action": "step", disabled: true}, ["Step"]);
  step.addEventListener("click", () => session.step());
  const root = el("div", {class: "hero"}, [picturesFigure, status, alerts, el("div", {class: "hero__actions"}, [replay, pause, step]), loss]);
  let contrastSeen = false;
  const render = (state: SessionState) => {
    const [plain, residual] = ["plain", "residual"].map((id) => state.runs.find((run) => run.id === id));
    cards[0].update(plain);
    cards[1].update(residual);
    status.textContent =
      state.phase === "failed"
        ? "The two networks could not be trained (see why below); press Replay to try again."
        : state.runs.length === 0
          ? autoStart
            ? "Starting the two networks…"
            : "Press Play to train both networks."
          : heroStatus(latest(plain), latest(residual));
    loss.update(state);
    renderPauseAndStep(pause, step, state);
    const messages = [...(state.backendWarning ? [state.backendWarning] : []), ...errorMessages(state)];
    alerts.replaceChildren(...messages.map((message) => el("p", {}, [message])));
    root.dataset.phase = state.phase;
    if (!contrastSeen && showsContrast(latest(plain), latest(residual))) {
      contrastSeen = true;
      root.dataset.contrastMs = String(Math.round(performance.now()));
      root.dataset.contrastStep = String(latest(residual)!.step);
      performance.mark("hero-contrast");
    }
  };
  const start = () => {
    contrastSeen = false;
    delete root.dataset.contrastMs;
    replay.textContent = "Replay";
    session.start(runs);
  };
  replay.addEventListener("click", start);
  const unsubscribe = session.subscribe(render);
  invalidation.then(unsubscribe);
  const current = session.value.runs[0]?.request.config.seed;
  if (current !== undefined && current !== seed) start(); // the reader chose another seed: train it at once
  else if (current === undefined && autoStart) afterLoadAndIdle().then(() => session.value.runs.length === 0 && start());
  else if (current !== undefined) replay.textContent = "Replay";
  return root;
}
