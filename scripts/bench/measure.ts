/** Timing helpers for the benchmarks: medians of repeated runs (robust to the noise of a shared machine). */

/** The median of `values` (which it sorts). */
export function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/**
 * Median wall time in ms of `fn` over `reps` runs after `warmup` untimed runs. TF.js's cpu and wasm backends
 * compute synchronously, so the wall time of the call is the computation.
 */
export function medianMs(fn: () => void, {reps = 10, warmup = 2}: {reps?: number; warmup?: number} = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
