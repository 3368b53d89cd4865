/**
 * The backend a session trains on, said in words for readers — where the numbers are computed and how fast that is
 * likely to be — with the technical account (kernel names, renderer strings, every skipped backend) kept for a
 * disclosure. Pure: no DOM.
 */
import type {BackendPreference, BackendReport} from "../workers/protocol.js";

/** A backend's name for readers. */
export function backendName(backend: BackendPreference): string {
  switch (backend) {
    case "wasm":
      return "WebAssembly";
    case "webgl":
      return "the graphics card (WebGL)";
    case "cpu":
      return "plain JavaScript";
    case "auto":
      return "the fastest available backend";
  }
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
export function oneThreadReason(isolation: IsolationState | undefined): string | null {
  switch (isolation) {
    case "frame":
      return "It uses one thread because this page is shown inside another page, which cannot let it share memory between threads.";
    case "unsupported":
    case "blocked":
    case "gave-up":
      return "It uses one thread because this website's host does not allow sharing memory between threads, and this browser did not let the site turn that on itself.";
    case "pending":
    case "reloading":
      return "It uses one thread until the page is reloaded: the site can turn on several threads from the next visit.";
    default:
      return null;
  }
}

/** E.g. "Computed in this browser with WebAssembly (fast instructions, 2 threads)." — with, on one thread, why. */
export function backendSummary(report: BackendReport, isolation?: IsolationState): string {
  const summary = computedWith(report);
  const why = report.backend === "wasm" && report.facts?.kernelThreads === 1 ? oneThreadReason(isolation) : null;
  return why ? `${summary} ${why}` : summary;
}

function computedWith(report: BackendReport): string {
  const facts = report.facts;
  switch (report.backend) {
    case "wasm": {
      const parts = [facts?.simd ? "fast vector instructions" : "", facts?.kernelThreads ? `${facts.kernelThreads} thread${facts.kernelThreads === 1 ? "" : "s"}` : ""].filter(Boolean);
      return `Computed in this browser with WebAssembly${parts.length ? ` (${parts.join(", ")})` : ""}.`;
    }
    case "webgl":
      return "Computed on this computer's graphics card (WebGL).";
    case "cpu":
      return "Computed in this browser in plain JavaScript — slow for the conv nets.";
  }
}

/** What a backend report means for the reader: null when the choice was the expected one, else a warning in words. */
export function backendWarningFor(report: BackendReport, preference: BackendPreference): string | null {
  if (preference !== "auto" && report.backend !== preference) {
    return `${capitalise(backendName(preference))} was requested but cannot be used here, so training runs on ${backendName(report.backend)} instead.`;
  }
  if (/ failed: /.test(report.reason)) return `A faster way to compute failed here, so training runs on ${backendName(report.backend)}.`;
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
