/**
 * Numbers that say whether a loss landscape (`landscape.ts`) looks smooth and convex around the trained weights, or
 * chaotic — the contrast Li et al. 2018 draw between ResNet-56 and its no-shortcut twin (Fig. 1). Pure functions of
 * the grid; the verdict (`verdict.ts`) reads them.
 *
 * - **Roughness** R: the mean absolute second difference of ln L over the grid, along α (within each row) and along
 *   β (within each column), all interior points of both directions pooled:
 *     R = mean |ln L[i−1] − 2 ln L[i] + ln L[i+1]|.
 *   On the log scale because a deep plain net's loss spans ten orders of magnitude a step away from θ; the log also
 *   makes R blind to a constant factor on the loss. A smooth bowl has small, even second differences; a chaotic
 *   surface has large ones of both signs. A loss that is not a finite positive number counts as 1e30 (or 1e-12 below).
 * - **Central basin** share: the fraction of grid cells in the 4-connected region around the centre cell (θ itself)
 *   where L ≤ ℓ, with the level ℓ = L(θ) + ln C — at most the chance loss ln C (uniform guessing among C classes)
 *   above the trained point. Both nets get the same allowance in nats, whatever their own loss; the share is 0 when
 *   the centre is not in it (it always is). Li et al. recall Hochreiter & Schmidhuber's flatness — the size of the
 *   connected region around a minimum where the training loss stays low — which this counts on the grid.
 * - **Strict local minima**: grid cells lower than all their 8 neighbours (fewer at the border), and points of the
 *   1-D slice lower than both neighbours (one at the ends). A convex-looking surface has one, at or near θ.
 */

/** Stand-ins for a loss that ln cannot take: above and below. */
const LOG_CEILING = 1e30;
const LOG_FLOOR = 1e-12;

/** The figures of one landscape. */
export interface LandscapeMetrics {
  /** Mean |second difference| of ln L along both grid axes. */
  roughness: number;
  /** Share of grid cells in the central basin, 0–1. */
  basinShare: number;
  /** The basin's level ℓ = L(θ) + ln C. */
  basinLevel: number;
  /** Strict local minima of the grid (8 neighbours). */
  gridMinima: number;
  /** Strict local minima of the 1-D slice. */
  sliceMinima: number;
}

function safeLog(value: number): number {
  return Math.log(Number.isFinite(value) ? Math.max(value, LOG_FLOOR) : LOG_CEILING);
}

/** A value that compares like the loss, with NaN above everything. */
function comparable(value: number): number {
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}

/** R: mean |Δ² ln L| along rows and columns of a `resolution`×`resolution` grid (row-major). */
export function logRoughness(grid: readonly number[], resolution: number): number {
  const logs = grid.map(safeLog);
  let sum = 0;
  let count = 0;
  for (let r = 0; r < resolution; r++) {
    for (let c = 1; c < resolution - 1; c++) {
      const at = (rr: number, cc: number) => logs[rr * resolution + cc];
      sum += Math.abs(at(r, c - 1) - 2 * at(r, c) + at(r, c + 1)) + Math.abs(at(c - 1, r) - 2 * at(c, r) + at(c + 1, r));
      count += 2;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** The share of cells in the 4-connected region of cells with L ≤ `level` that holds the centre cell (0 if it is above). */
export function centralBasinShare(grid: readonly number[], resolution: number, level: number): number {
  const centre = ((resolution - 1) / 2) * resolution + (resolution - 1) / 2;
  const isLow = (cell: number) => comparable(grid[cell]) <= level;
  if (!isLow(centre)) return 0;
  const seen = new Uint8Array(grid.length);
  const stack = [centre];
  seen[centre] = 1;
  let size = 0;
  while (stack.length > 0) {
    const cell = stack.pop()!;
    size++;
    const [r, c] = [Math.floor(cell / resolution), cell % resolution];
    for (const [rr, cc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
      const next = rr * resolution + cc;
      if (rr < 0 || rr >= resolution || cc < 0 || cc >= resolution || seen[next] || !isLow(next)) continue;
      seen[next] = 1;
      stack.push(next);
    }
  }
  return size / grid.length;
}

/** Grid cells strictly below all their (up to 8) neighbours. */
export function gridLocalMinima(grid: readonly number[], resolution: number): number {
  let minima = 0;
  for (let r = 0; r < resolution; r++) {
    for (let c = 0; c < resolution; c++) {
      const value = comparable(grid[r * resolution + c]);
      let isMinimum = true;
      for (let dr = -1; dr <= 1 && isMinimum; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const [rr, cc] = [r + dr, c + dc];
          if ((dr === 0 && dc === 0) || rr < 0 || rr >= resolution || cc < 0 || cc >= resolution) continue;
          if (!(value < comparable(grid[rr * resolution + cc]))) {
            isMinimum = false;
            break;
          }
        }
      }
      if (isMinimum) minima++;
    }
  }
  return minima;
}

/** Points of a line strictly below both neighbours (the one neighbour at either end). */
export function lineLocalMinima(line: readonly number[]): number {
  const values = line.map(comparable);
  return values.filter((value, i) => (i === 0 || value < values[i - 1]) && (i === values.length - 1 || value < values[i + 1])).length;
}

/** The basin level ℓ = L(θ) + ln C for a net with `classes` classes. */
export function basinLevel(centre: number, classes: number): number {
  return centre + Math.log(classes);
}

/** Every figure of one landscape (`classes`: the net's classes, for the chance loss). */
export function landscapeMetrics(landscape: {grid: readonly number[]; slice: readonly number[]; resolution: number; centre: number}, classes: number): LandscapeMetrics {
  const level = basinLevel(landscape.centre, classes);
  return {
    roughness: logRoughness(landscape.grid, landscape.resolution),
    basinShare: centralBasinShare(landscape.grid, landscape.resolution, level),
    basinLevel: level,
    gridMinima: gridLocalMinima(landscape.grid, landscape.resolution),
    sliceMinima: lineLocalMinima(landscape.slice)
  };
}
