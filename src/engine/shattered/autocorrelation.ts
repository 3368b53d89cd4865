/**
 * The autocorrelation function of a sequence — Balduzzi et al. 2017's measure of how "shattered" a gradient is along
 * a line of inputs: near 1 at small lags for brown noise (a random walk), near 0 at every lag ≥ 1 for white noise.
 * Pure arithmetic, no TF.js: the page, the CLI and the tests share it.
 */

/**
 * The sample autocorrelation r_k, k = 0 … maxLag, of g_0 … g_{n−1}:
 *
 *   r_k = Σ_{i=0}^{n−1−k} (g_i − ḡ)(g_{i+k} − ḡ) / Σ_{i=0}^{n−1} (g_i − ḡ)²
 *
 * (the usual biased estimator: r_0 = 1, |r_k| ≤ 1). A constant sequence has no variation to correlate: every r_k
 * is 1 then (it is perfectly smooth). `maxLag` is clamped to n − 1.
 */
export function autocorrelation(values: readonly number[], maxLag: number): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError("the autocorrelation of an empty sequence is undefined");
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const centred = values.map((value) => value - mean);
  const variance = centred.reduce((sum, value) => sum + value * value, 0);
  const lags = Math.max(0, Math.min(maxLag, n - 1));
  return Array.from({length: lags + 1}, (_, k) => {
    if (variance === 0) return 1;
    let sum = 0;
    for (let i = 0; i + k < n; i++) sum += centred[i] * centred[i + k];
    return sum / variance;
  });
}
