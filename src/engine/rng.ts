/**
 * Seeded pseudo-random numbers: the only source of randomness in the engine, so that the same seed gives the
 * same weights, the same data and the same batches on every machine and backend.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, 128-bit state); seeds are
 * expanded with splitmix32. Independent streams ("init", "shortcut", "shuffle", "data") are derived from one
 * run seed by hashing the stream's label, so adding draws to one stream never shifts another.
 */

/** A stream of seeded random numbers. */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  uniform(): number;
  /** Standard normal N(0, 1) (Box–Muller, both values of each pair used). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Fills `out` with N(0, std²) draws — the same values as `out.length` calls of `normal()`, only faster. */
  fillNormal(out: Float32Array | Float64Array, std: number): void;
}

/** splitmix32: turns any 32-bit seed into well-mixed 32-bit words. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The seed of the named stream of a run: `streamSeed(7, "init")` differs from `streamSeed(7, "shuffle")`. */
export function streamSeed(seed: number, stream: string): number {
  return hashString(`${seed >>> 0}/${stream}`);
}

/** A generator seeded with `seed` (an integer; only its low 32 bits are used), or with a named stream of it. */
export function createRng(seed: number, stream?: string): Rng {
  const mix = splitmix32(stream === undefined ? seed : streamSeed(seed, stream));
  let a = mix(), b = mix(), c = mix(), d = mix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | null = null;
  const uniform = () => next() / 4294967296;
  return {
    uniform,
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      let u = uniform();
      while (u === 0) u = uniform();
      const radius = Math.sqrt(-2 * Math.log(u));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    int: (n) => Math.floor(uniform() * n),
    fillNormal(out, std) {
      let i = 0;
      if (spare !== null && out.length > 0) {
        out[i++] = spare * std;
        spare = null;
      }
      for (; i + 1 < out.length; i += 2) {
        let u = next() / 4294967296;
        while (u === 0) u = next() / 4294967296;
        const radius = Math.sqrt(-2 * Math.log(u));
        const angle = 2 * Math.PI * (next() / 4294967296);
        out[i] = radius * Math.cos(angle) * std;
        out[i + 1] = radius * Math.sin(angle) * std;
      }
      if (i < out.length) out[i] = this.normal() * std;
    }
  };
}

/** Fills `out` with N(0, std²) draws from `rng`; returns `out`. */
export function fillNormal<T extends Float32Array | Float64Array>(rng: Rng, out: T, std: number): T {
  rng.fillNormal(out, std);
  return out;
}

/** A uniformly random permutation of 0 … n−1 (Fisher–Yates). */
export function permutation(rng: Rng, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}
