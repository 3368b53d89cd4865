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

/** E.g. "Computed in this browser with WebAssembly (fast instructions, 2 threads)." */
export function backendSummary(report: BackendReport): string {
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
