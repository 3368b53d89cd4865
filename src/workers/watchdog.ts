/**
 * When a training worker counts as gone, as plain numbers and pure functions (the client applies them; tests drive
 * them directly). A worker posts a heartbeat every {@link HEARTBEAT_MS} while its event loop is free — between two
 * training steps — so a long step is a gap in its messages, not a sign of death. A worker that has work and has been
 * silent for longer than {@link silenceLimit} (at least {@link MIN_SILENCE_MS}, and four times the longest gap it has
 * ever left) is gone: closed, crashed or killed for memory. A cancel it has not answered within {@link CANCEL_MS}
 * means it is stuck inside a step; the client then terminates it, so Stop works within a second at every setting.
 */

/** Interval of the worker's heartbeat, ms. */
export const HEARTBEAT_MS = 1000;
/** Least silence, ms, after which a busy worker counts as gone. */
export const MIN_SILENCE_MS = 20_000;
/** How long a cancel may wait for its answer before the worker is terminated, ms (with the client's 200 ms check: Stop acts within a second). */
export const CANCEL_MS = 600;

/** The silence after which a busy worker counts as gone, given the longest gap between its messages so far. */
export function silenceLimit(longestGapMs: number): number {
  return Math.max(MIN_SILENCE_MS, 4 * longestGapMs);
}

/** What the watchdog concludes at `now`. */
export type WatchdogVerdict = "alive" | "silent" | "stuck";

/** Whether a worker with work is alive, silent (gone) or stuck on a cancel it does not answer. */
export function watch({now, lastHeardAt, longestGapMs, isBusy, cancelDeadlines}: {now: number; lastHeardAt: number; longestGapMs: number; isBusy: boolean; cancelDeadlines: Iterable<number>}): WatchdogVerdict {
  for (const deadline of cancelDeadlines) if (now >= deadline) return "stuck";
  if (isBusy && now - lastHeardAt > silenceLimit(longestGapMs)) return "silent";
  return "alive";
}
