/**
 * The backend a session trains on, said in words for readers — where the numbers are computed and how fast that is
 * likely to be — with the technical account (kernel names, renderer strings, every skipped backend) kept for a
 * disclosure. The words are ./text.ts's (BACKEND_TEXT), in `locale` (default the page's language). Pure: no DOM.
 */
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import type {BackendPreference, BackendReport} from "../workers/protocol.js";
import {BACKEND_TEXT} from "./text.js";

/** A backend's name for readers. */
export function backendName(backend: BackendPreference, locale: Locale = pageLocale()): string {
  return localized(BACKEND_TEXT, locale).names[backend];
}

/**
 * Whether the page may share memory between threads (cross-origin isolation), as the site-wide script records it on
 * `<html data-isolation>`: "isolated"; "frame" (inside another page's frame, which cannot be isolated); "pending" (the
 * offline helper has not taken over yet); "reloading"; "gave-up" (the helper could not add the headers); "unsupported"
 * (no service workers in this browser); "blocked" (this browser refused the helper).
 */
export type IsolationState = "isolated" | "frame" | "pending" | "reloading" | "gave-up" | "unsupported" | "blocked";

/** The event the site-wide script dispatches on `document` when `data-isolation` changes. */
export const ISOLATION_EVENT = "resnet-explorable:isolation";

/** Why the labs compute on one thread per worker, in words, or null when that is not the page's state. */
export function oneThreadReason(isolation: IsolationState | undefined, locale: Locale = pageLocale()): string | null {
  const text = localized(BACKEND_TEXT, locale);
  switch (isolation) {
    case "frame":
      return text.oneThreadFrame;
    case "unsupported":
    case "blocked":
    case "gave-up":
      return text.oneThreadHost;
    case "pending":
    case "reloading":
      return text.oneThreadUntilReload;
    default:
      return null;
  }
}

/** E.g. "Computed in this browser with WebAssembly (fast instructions, 2 threads)." — with, on one thread, why. */
export function backendSummary(report: BackendReport, isolation?: IsolationState, locale: Locale = pageLocale()): string {
  const summary = computedWith(report, locale);
  const why = report.backend === "wasm" && report.facts?.kernelThreads === 1 ? oneThreadReason(isolation, locale) : null;
  return why ? localized(BACKEND_TEXT, locale).withReason(summary, why) : summary;
}

function computedWith(report: BackendReport, locale: Locale): string {
  const text = localized(BACKEND_TEXT, locale);
  const facts = report.facts;
  switch (report.backend) {
    case "wasm": {
      const parts = [facts?.simd ? text.fastInstructions : "", facts?.kernelThreads ? text.threads(facts.kernelThreads) : ""].filter(Boolean);
      return text.wasm(parts);
    }
    case "webgl":
      return text.webgl;
    case "webgpu":
      return text.webgpu(facts?.probeMs !== undefined);
    case "cpu":
      return text.cpu;
  }
}

/** What a backend report means for the reader: null when the choice was the expected one, else a warning in words. */
export function backendWarningFor(report: BackendReport, preference: BackendPreference, locale: Locale = pageLocale()): string | null {
  const text = localized(BACKEND_TEXT, locale);
  if (preference !== "auto" && report.backend !== preference) {
    return text.notUsable(backendName(preference, locale), backendName(report.backend, locale));
  }
  if (/ failed: /.test(report.reason)) return text.fasterFailed(backendName(report.backend, locale));
  return null;
}
