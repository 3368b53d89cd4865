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
import {boundaryRows, trainingPoints, type BoundaryRow} from "../boundary/boundaryData.js";
import {BoundaryLegend, BoundaryPicture, type BoundaryPictureElement} from "../boundary/BoundaryPicture.js";
import {HERO_RESOLUTION, HERO_STEPS, heroData, heroRuns, heroStatus, showsContrast} from "./heroRuns.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {HERO_CSV_TEXT, HERO_TEXT} from "./text.js";
import {CSV_TEXT, PROGRESS_TEXT} from "../charts/text.js";
import {NET_TEXT} from "../../session/text.js";

/** Options of {@link Hero}. */
export interface HeroOptions {
  width: number;
  seed: number;
  /** Start without a click (default: unless the reader prefers reduced motion). */
  autoStart?: boolean;
  invalidation: Promise<unknown>;
  /** Language of the hero's words (default: the page's). */
  locale?: Locale;
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

/** One CSV row of the hero's pictures: a grid cell of a net's latest boundary. */
export type HeroBoundaryRow = {net: string; step: number} & BoundaryRow;

/**
 * The CSV rows of the pictures: every cell of each net's latest boundary, the net ("plain"/"residual") named in
 * `locale`; the headers are `localized(HERO_CSV_TEXT, locale).boundaryColumns`.
 */
export function heroBoundaryRows(runs: readonly SessionRun[], locale: Locale = pageLocale()): HeroBoundaryRow[] {
  const nets: Record<string, string> = localized(NET_TEXT, locale);
  return runs.flatMap((run) => {
    const snapshot = latest(run);
    return snapshot?.boundary ? boundaryRows(snapshot.boundary).map((row) => ({net: nets[run.id] ?? run.id, step: snapshot.step, ...row})) : [];
  });
}

/** One net's card: its name in the net's colour and its picture; `update(run)` shows the run's latest boundary. */
function PictureCard(net: "plain" | "residual", label: string, color: string, picture: BoundaryPictureElement, text: (typeof HERO_TEXT)["en"]) {
  const name = el("div", {class: "hero__name"});
  const card = el("div", {class: "hero__card", "data-net": net, "data-step": -1}, [name, picture]);
  let shown: Snapshot | undefined;
  const update = (run: SessionRun | undefined) => {
    const snapshot = latest(run);
    const heading = text.cardName(label, snapshot?.step, run?.phase === "diverged");
    if (name.textContent !== heading) name.replaceChildren(Legend([{label: heading, color, width: 4}]));
    card.dataset.step = String(snapshot?.step ?? -1);
    if (snapshot === shown) return;
    shown = snapshot;
    picture.update(snapshot?.boundary ?? null);
  };
  return {card, update};
}

/** The pictures, the status line, the loss curves and the Replay button, live from `session`. */
export function Hero(session: TrainingSession, {width: pageWidth, seed, autoStart = !prefersReducedMotion(), invalidation, locale = pageLocale()}: HeroOptions): HTMLElement {
  const text = localized(HERO_TEXT, locale);
  const width = layoutWidth(pageWidth);
  const runs = heroRuns(seed, locale);
  const points = trainingPoints(heroData(seed), POINTS_SHOWN);
  const gap = 12;
  const size = Math.floor(Math.min(320, (Math.min(width, 680) - gap) / 2));
  const pictureOptions = {size, points, extent: [-1.2, 1.2] as [number, number], resolution: HERO_RESOLUTION};
  const cards = [
    PictureCard("plain", runs[0].label, PLAIN_COLOR, BoundaryPicture({...pictureOptions, label: text.pictureLabel(runs[0].label)}), text),
    PictureCard("residual", runs[1].label, RESIDUAL_COLOR, BoundaryPicture({...pictureOptions, label: text.pictureLabel(runs[1].label)}), text)
  ];
  const pictures = el("div", {class: "hero__pictures"}, cards.map((card) => card.card));
  const caption = text.caption(seed);
  const picturesFigure = Exportable(el("div", {}, [pictures, BoundaryLegend("circles", locale)]), {
    title: text.boundariesTitle,
    caption,
    filename: text.boundariesFile(seed),
    locale,
    data: () => heroBoundaryRows(session.value.runs, locale),
    columnNames: localized(HERO_CSV_TEXT, locale).boundaryColumns
  });
  const status = el("p", {class: "hero__status", role: "status", "aria-live": "polite"});
  const alerts = el("div", {class: "hero__alerts", role: "alert"});
  const loss = LiveFigure((state: SessionState) => LossChart(sessionCurves(state), {width: Math.min(width, 680), height: 160, steps: HERO_STEPS, emptyText: text.lossEmpty, locale}), session.value, {
    title: text.lossTitle,
    caption,
    filename: text.lossFile(seed),
    locale,
    rows: (state) => curveTable(sessionCurves(state), locale),
    columns: CURVE_TABLE_COLUMNS,
    columnNames: localized(CSV_TEXT, locale).curveColumns
  });
  const replay = el("button", {type: "button", class: "hero__replay"}, [autoStart ? text.replay : text.play]);
  const pause = el("button", {type: "button", class: "hero__pause", "data-rx-action": "pause", disabled: true}, [localized(PROGRESS_TEXT, locale).pause]);
  pause.addEventListener("click", () => (session.value.phase === "paused" ? session.resume() : session.pause()));
  const step = el("button", {type: "button", class: "hero__step", "data-rx-action": "step", disabled: true}, [localized(PROGRESS_TEXT, locale).step]);
  step.addEventListener("click", () => session.step());
  const root = el("div", {class: "hero"}, [picturesFigure, status, alerts, el("div", {class: "hero__actions"}, [replay, pause, step]), loss]);
  let contrastSeen = false;
  const render = (state: SessionState) => {
    const [plain, residual] = ["plain", "residual"].map((id) => state.runs.find((run) => run.id === id));
    cards[0].update(plain);
    cards[1].update(residual);
    status.textContent =
      state.phase === "failed"
        ? text.failed
        : state.runs.length === 0
          ? autoStart
            ? text.starting
            : text.pressPlay
          : heroStatus(latest(plain), latest(residual), locale);
    loss.update(state);
    renderPauseAndStep(pause, step, state, locale);
    const messages = [...(state.backendWarning ? [state.backendWarning] : []), ...errorMessages(state, locale)];
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
    replay.textContent = text.replay;
    session.start(runs);
  };
  replay.addEventListener("click", start);
  const unsubscribe = session.subscribe(render);
  invalidation.then(unsubscribe);
  const current = session.value.runs[0]?.request.config.seed;
  if (current !== undefined && current !== seed) start(); // the reader chose another seed: train it at once
  else if (current === undefined && autoStart) afterLoadAndIdle().then(() => session.value.runs.length === 0 && start());
  else if (current !== undefined) replay.textContent = text.replay;
  return root;
}
