/**
 * The unravelled view of Veit et al. 2016: a residual net of n units, x_{l+1} = x_l + F_l(x_l), expands into 2ⁿ paths
 * from input to output — each either enters or skips each unit — and C(n, k) of them pass through exactly k residual
 * branches. Pure arithmetic on the counts and on measured path gradients (./paths.ts measures them); no TF.js, so the
 * pages can import it.
 */

/** C(n, k) for k = 0 … n (exact as doubles up to n ≈ 50; the nets here have at most 27 units). */
export function pathCounts(n: number): number[] {
  const counts = [1];
  for (let k = 1; k <= n; k++) counts.push((counts[k - 1] * (n - k + 1)) / k);
  return counts;
}

/** Share of all 2ⁿ paths that have each length k. */
export function pathLengthShares(n: number): number[] {
  const total = 2 ** n;
  return pathCounts(n).map((count) => count / total);
}

/**
 * Share of the total gradient carried by paths of each length: C(n, k) · (mean gradient through one path of length k),
 * normalised to sum to 1 — the paper's Fig. 6(b) as shares.
 */
export function gradientShares(perPath: readonly number[]): number[] {
  const counts = pathCounts(perPath.length - 1);
  const totals = perPath.map((g, k) => counts[k] * g);
  const sum = totals.reduce((a, b) => a + b, 0);
  return totals.map((t) => t / sum);
}

/** Mean of k under the shares (a distribution over k = 0 … n). */
export function meanLength(shares: readonly number[]): number {
  return shares.reduce((sum, share, k) => sum + share * k, 0);
}

/**
 * The shortest run of consecutive lengths [from, to] that holds at least `mass` of the shares, grown greedily from the
 * most-weighted length towards the heavier neighbour — how the paper's "most of the gradient comes from paths of 10–34
 * layers" reads a distribution.
 */
export function effectiveRange(shares: readonly number[], mass = 0.9): {from: number; to: number; share: number} {
  let from = shares.indexOf(Math.max(...shares));
  let to = from;
  let share = shares[from];
  while (share < mass && (from > 0 || to < shares.length - 1)) {
    const left = from > 0 ? shares[from - 1] : -1;
    const right = to < shares.length - 1 ? shares[to + 1] : -1;
    if (right >= left) share += shares[++to];
    else share += shares[--from];
  }
  return {from, to, share};
}
