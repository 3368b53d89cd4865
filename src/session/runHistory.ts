/**
 * Finished runs kept in the browser (localStorage), so the reader's degradation curve survives a reload. The
 * stored text is versioned JSON `{version: 1, runs: [...]}`; anything else — unparsable text, another version,
 * entries of the wrong shape — is set aside with a note for the reader instead of breaking the page, and storage
 * that is missing or refuses writes (private windows, quotas, disabled cookies) leaves a history that lives in
 * memory only, again with a note. Clearing removes the stored entry.
 *
 *   const history = openRunHistory("degradation");
 *   history.add({key, data: "circles", steps: 300, seed: 1, depth: 56, isResidual: false, finalTrainError: 0.41, …});
 *   history.runs;        // oldest first
 *   history.clear();
 *
 * The notes are in the page's language (or the `locale` given; ./text.ts, HISTORY_TEXT).
 */
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import {HISTORY_TEXT} from "./text.js";

/** The version of the stored format; bump it when {@link HistoryRun} changes incompatibly. */
export const HISTORY_VERSION = 1;
/** At most this many runs are kept (the oldest are dropped). */
export const MAX_HISTORY_RUNS = 200;
/** Prefix of the storage keys. */
const KEY_PREFIX = "resnet-explorable:runs:";

/** One finished run, as the error-vs-depth chart needs it. */
export interface HistoryRun {
  /** Identifies the settings: a run with the same key gives the same result and replaces the older entry. */
  key: string;
  /** The data set ("circles", "mnist"). */
  data: string;
  steps: number;
  seed: number;
  /** Weighted layers. */
  depth: number;
  isResidual: boolean;
  status: "done" | "diverged";
  /** Final training error (mean over the last 10% of the steps); null when the run diverged. */
  finalTrainError: number | null;
  /** Final training loss, same window; null when the run diverged. */
  finalLoss: number | null;
  /** Last test error, or null. */
  finalTestError: number | null;
  /** The backend it trained on. */
  backend: string;
  /** When it finished (ms since 1970). */
  finishedAt: number;
}

/** The parsed history and, when something had to be set aside, why. */
export interface ParsedHistory {
  runs: HistoryRun[];
  note: string | null;
}

/**
 * The values a stored run may hold, as the degradation lab's controls allow them (its URL table: depth 8–110,
 * 10–5000 steps, seeds 0–999999; test/session/runHistory.test.ts checks the two agree), errors as fractions and
 * losses up to 100 (chance is ln 10 ≈ 2.3). A run outside them — `depth: 1e308`, a negative error — would squash
 * a chart's axis, so it is left out like a damaged one.
 */
export const HISTORY_RANGES = {
  depth: [8, 110],
  steps: [10, 5000],
  seed: [0, 999_999],
  error: [0, 1],
  loss: [0, 100]
} as const satisfies Record<string, readonly [number, number]>;

const isIn = (value: unknown, [min, max]: readonly [number, number], integer = false) =>
  typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
const isInOrNull = (value: unknown, range: readonly [number, number]) => value === null || isIn(value, range);

/** True when `value` has every field of a {@link HistoryRun} with the right type, each within {@link HISTORY_RANGES}. */
export function isHistoryRun(value: unknown): value is HistoryRun {
  if (typeof value !== "object" || value === null) return false;
  const run = value as Record<string, unknown>;
  return (
    typeof run.key === "string" && typeof run.data === "string" && typeof run.backend === "string" &&
    isIn(run.steps, HISTORY_RANGES.steps, true) && isIn(run.seed, HISTORY_RANGES.seed, true) && isIn(run.depth, HISTORY_RANGES.depth, true) &&
    isIn(run.finishedAt, [0, Number.MAX_SAFE_INTEGER]) &&
    typeof run.isResidual === "boolean" && (run.status === "done" || run.status === "diverged") &&
    isInOrNull(run.finalTrainError, HISTORY_RANGES.error) && isInOrNull(run.finalTestError, HISTORY_RANGES.error) && isInOrNull(run.finalLoss, HISTORY_RANGES.loss)
  );
}

/** Reads stored text (null: nothing stored), with notes in `locale`. Never throws. */
export function parseHistory(text: string | null, locale: Locale = pageLocale()): ParsedHistory {
  if (text === null) return {runs: [], note: null};
  const words = localized(HISTORY_TEXT, locale);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {runs: [], note: words.damaged};
  }
  const stored = parsed as {version?: unknown; runs?: unknown};
  if (typeof parsed !== "object" || parsed === null || !Array.isArray(stored.runs)) {
    return {runs: [], note: words.unknownFormat};
  }
  if (stored.version !== HISTORY_VERSION) {
    const note =
      typeof stored.version === "number"
        ? words.otherVersion(stored.version, HISTORY_VERSION)
        : stored.version === undefined
          ? words.noVersion
          : words.unknownVersion(JSON.stringify(stored.version), HISTORY_VERSION);
    return {runs: [], note};
  }
  const valid = stored.runs.filter(isHistoryRun);
  const dropped = stored.runs.length - valid.length;
  const cut = Math.max(0, valid.length - MAX_HISTORY_RUNS);
  const notes = [
    dropped > 0 ? words.dropped(dropped) : "",
    cut > 0 ? words.cut(MAX_HISTORY_RUNS, cut) : ""
  ].filter(Boolean);
  return {runs: valid.slice(-MAX_HISTORY_RUNS), note: notes.length > 0 ? words.join(notes) : null};
}

/** The text stored for a list of runs. */
export function serializeHistory(runs: readonly HistoryRun[]): string {
  return JSON.stringify({version: HISTORY_VERSION, runs});
}

/** The runs with `run` added: an entry with the same key is replaced, and only the newest {@link MAX_HISTORY_RUNS} are kept. */
export function addToHistory(runs: readonly HistoryRun[], run: HistoryRun): HistoryRun[] {
  return [...runs.filter((existing) => existing.key !== run.key), run].slice(-MAX_HISTORY_RUNS);
}

/** A lab's history, loaded from storage. Fires `change` after every add or clear. */
export interface RunHistory extends EventTarget {
  readonly runs: readonly HistoryRun[];
  /** Why the stored history was set aside or is not saved, for the reader; null when all is well. */
  readonly note: string | null;
  /** False when the browser refused storage: runs then last until the page is closed. */
  readonly isPersistent: boolean;
  /** Adds one run, or several at once (one save, one `change`). */
  add(run: HistoryRun | readonly HistoryRun[]): void;
  clear(): void;
}

/** The part of the Storage API the history uses (localStorage, or a stand-in in tests). */
export type HistoryStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function defaultStorage(): HistoryStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // reading localStorage itself throws when storage is disabled
  }
}

/** Opens the history of a lab (storage key "resnet-explorable:runs:<lab>"); its notes are in `locale`. */
export function openRunHistory(lab: string, storage: HistoryStorage | null = defaultStorage(), locale: Locale = pageLocale()): RunHistory {
  const key = KEY_PREFIX + lab;
  const target = new EventTarget();
  let isPersistent = storage !== null;
  let read: ParsedHistory;
  try {
    read = parseHistory(storage ? storage.getItem(key) : null, locale);
  } catch {
    read = {runs: [], note: null};
    isPersistent = false;
  }
  let runs = read.runs;
  let note = read.note;
  const unsaved = localized(HISTORY_TEXT, locale).unsaved;
  if (!isPersistent) note = unsaved;
  const save = () => {
    if (!storage || !isPersistent) return;
    try {
      if (runs.length === 0) storage.removeItem(key);
      else storage.setItem(key, serializeHistory(runs));
    } catch {
      isPersistent = false;
      note = unsaved;
    }
  };
  const changed = () => target.dispatchEvent(new Event("change"));
  Object.defineProperties(target, {
    runs: {get: () => runs},
    note: {get: () => note},
    isPersistent: {get: () => isPersistent},
    add: {
      value: (added: HistoryRun | readonly HistoryRun[]) => {
        for (const run of Array.isArray(added) ? added : [added as HistoryRun]) runs = addToHistory(runs, run);
        save();
        changed();
      }
    },
    clear: {
      value: () => {
        runs = [];
        if (isPersistent) note = null;
        save();
        changed();
      }
    }
  });
  return target as RunHistory;
}
