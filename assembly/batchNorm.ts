// AssemblyScript: training-mode BatchNorm over the rows of an [rows, C] matrix (every axis but the channel
// axis flattened), optionally followed by ReLU, and its gradient — each in a few passes over the data instead
// of the dozen element-wise ops (and transposing reductions) TF.js runs for it.
//   forward:  μ = mean(x), σ² = mean((x − μ)²), y = γ·(x − μ)/√(σ² + ε) + β   (then max(0, y) if relu)
//   backward: g = dy (masked by y > 0 if relu), dβ = Σ g, dγ = Σ g·x̂ with x̂ = (x − μ)/√(σ² + ε),
//             dx = γ/√(σ² + ε) · (g − dβ/N − x̂·dγ/N)
// Channels go 4 at a time in SIMD lanes; a channel count that is not a multiple of 4 finishes with scalars.
// `work` is caller scratch of 4·C floats.

/** mean[c] = Σ_rows x[·, c] / rows. */
function channelMeans(x: usize, rows: i32, C: i32, mean: usize): void {
  const row = <usize>C << 2;
  let c = 0;
  for (; c + 4 <= C; c += 4) {
    let s0 = f32x4.splat(0), s1 = f32x4.splat(0);
    let p = x + (<usize>c << 2);
    let m = 0;
    for (; m + 2 <= rows; m += 2) {
      s0 = f32x4.add(s0, v128.load(p));
      s1 = f32x4.add(s1, v128.load(p + row));
      p += row << 1;
    }
    if (m < rows) s0 = f32x4.add(s0, v128.load(p));
    v128.store(mean + (<usize>c << 2), f32x4.div(f32x4.add(s0, s1), f32x4.splat(<f32>rows)));
  }
  for (; c < C; c++) {
    let s: f32 = 0;
    for (let m = 0; m < rows; m++) s += load<f32>(x + ((<usize>m * C + c) << 2));
    store<f32>(mean + (<usize>c << 2), s / <f32>rows);
  }
}

/** variance[c] = Σ_rows (x[·, c] − mean[c])² / rows. */
function channelVariances(x: usize, rows: i32, C: i32, mean: usize, variance: usize): void {
  const row = <usize>C << 2;
  let c = 0;
  for (; c + 4 <= C; c += 4) {
    const mu = v128.load(mean + (<usize>c << 2));
    let s0 = f32x4.splat(0), s1 = f32x4.splat(0);
    let p = x + (<usize>c << 2);
    let m = 0;
    for (; m + 2 <= rows; m += 2) {
      const d0 = f32x4.sub(v128.load(p), mu);
      const d1 = f32x4.sub(v128.load(p + row), mu);
      s0 = f32x4.add(s0, f32x4.mul(d0, d0));
      s1 = f32x4.add(s1, f32x4.mul(d1, d1));
      p += row << 1;
    }
    if (m < rows) {
      const d0 = f32x4.sub(v128.load(p), mu);
      s0 = f32x4.add(s0, f32x4.mul(d0, d0));
    }
    v128.store(variance + (<usize>c << 2), f32x4.div(f32x4.add(s0, s1), f32x4.splat(<f32>rows)));
  }
  for (; c < C; c++) {
    const mu = load<f32>(mean + (<usize>c << 2));
    let s: f32 = 0;
    for (let m = 0; m < rows; m++) {
      const d = load<f32>(x + ((<usize>m * C + c) << 2)) - mu;
      s += d * d;
    }
    store<f32>(variance + (<usize>c << 2), s / <f32>rows);
  }
}

/** out[m, c] = a[c]·x[m, c] + b[c] (then max(0, ·) if relu), for every row. */
function affineRows(x: usize, rows: i32, C: i32, a: usize, b: usize, relu: bool, out: usize): void {
  const zero = f32x4.splat(0);
  let p = x;
  let q = out;
  for (let m = 0; m < rows; m++) {
    let c = 0;
    for (; c + 4 <= C; c += 4) {
      const o = <usize>c << 2;
      let v = f32x4.add(f32x4.mul(v128.load(p + o), v128.load(a + o)), v128.load(b + o));
      if (relu) v = f32x4.max(v, zero);
      v128.store(q + o, v);
    }
    for (; c < C; c++) {
      const o = <usize>c << 2;
      let v = load<f32>(p + o) * load<f32>(a + o) + load<f32>(b + o);
      if (relu && v < 0) v = 0;
      store<f32>(q + o, v);
    }
    p += <usize>C << 2;
    q += <usize>C << 2;
  }
}

/** Forward pass: writes y ([rows, C]), mean and variance ([C], biased). */
export function batchNormForward(
  x: usize, rows: i32, C: i32, gamma: usize, beta: usize, epsilon: f32, relu: bool,
  y: usize, mean: usize, variance: usize, work: usize
): void {
  channelMeans(x, rows, C, mean);
  channelVariances(x, rows, C, mean, variance);
  const scale = work;
  const shift = work + (<usize>C << 2);
  for (let c = 0; c < C; c++) {
    const o = <usize>c << 2;
    const s = load<f32>(gamma + o) / Mathf.sqrt(load<f32>(variance + o) + epsilon);
    store<f32>(scale + o, s);
    store<f32>(shift + o, load<f32>(beta + o) - load<f32>(mean + o) * s);
  }
  affineRows(x, rows, C, scale, shift, relu, y);
}

/** Σ g and Σ g·(x − μ) per channel, g = dy masked by y > 0 when relu. */
function gradientSums(x: usize, y: usize, dy: usize, rows: i32, C: i32, mean: usize, relu: bool, sumG: usize, sumGX: usize): void {
  const zero = f32x4.splat(0);
  const row = <usize>C << 2;
  let c = 0;
  for (; c + 4 <= C; c += 4) {
    const o = <usize>c << 2;
    const mu = v128.load(mean + o);
    let sg = f32x4.splat(0), sgx = f32x4.splat(0);
    for (let m = 0; m < rows; m++) {
      const at = <usize>m * row + o;
      let g = v128.load(dy + at);
      if (relu) g = v128.and(g, f32x4.gt(v128.load(y + at), zero));
      sg = f32x4.add(sg, g);
      sgx = f32x4.add(sgx, f32x4.mul(g, f32x4.sub(v128.load(x + at), mu)));
    }
    v128.store(sumG + o, sg);
    v128.store(sumGX + o, sgx);
  }
  for (; c < C; c++) {
    const o = <usize>c << 2;
    const mu = load<f32>(mean + o);
    let sg: f32 = 0, sgx: f32 = 0;
    for (let m = 0; m < rows; m++) {
      const at = <usize>m * row + o;
      let g = load<f32>(dy + at);
      if (relu && !(load<f32>(y + at) > 0)) g = 0;
      sg += g;
      sgx += g * (load<f32>(x + at) - mu);
    }
    store<f32>(sumG + o, sg);
    store<f32>(sumGX + o, sgx);
  }
}

/** dx[m, c] = k1[c]·g[m, c] + k2[c]·(x[m, c] − μ[c]) + k3[c]. */
function inputGradient(x: usize, y: usize, dy: usize, rows: i32, C: i32, mean: usize, relu: bool, k1: usize, k2: usize, k3: usize, dx: usize): void {
  const zero = f32x4.splat(0);
  const row = <usize>C << 2;
  for (let m = 0; m < rows; m++) {
    const base = <usize>m * row;
    let c = 0;
    for (; c + 4 <= C; c += 4) {
      const o = <usize>c << 2;
      let g = v128.load(dy + base + o);
      if (relu) g = v128.and(g, f32x4.gt(v128.load(y + base + o), zero));
      const d = f32x4.sub(v128.load(x + base + o), v128.load(mean + o));
      const v = f32x4.add(f32x4.add(f32x4.mul(v128.load(k1 + o), g), f32x4.mul(v128.load(k2 + o), d)), v128.load(k3 + o));
      v128.store(dx + base + o, v);
    }
    for (; c < C; c++) {
      const o = <usize>c << 2;
      let g = load<f32>(dy + base + o);
      if (relu && !(load<f32>(y + base + o) > 0)) g = 0;
      const d = load<f32>(x + base + o) - load<f32>(mean + o);
      store<f32>(dx + base + o, load<f32>(k1 + o) * g + load<f32>(k2 + o) * d + load<f32>(k3 + o));
    }
  }
}

/** Backward pass: writes dx ([rows, C]), dgamma and dbeta ([C]). */
export function batchNormBackward(
  x: usize, y: usize, dy: usize, rows: i32, C: i32, gamma: usize, mean: usize, variance: usize,
  epsilon: f32, relu: bool, dx: usize, dgamma: usize, dbeta: usize, work: usize
): void {
  const sumGX = work;
  gradientSums(x, y, dy, rows, C, mean, relu, dbeta, sumGX);
  const k1 = work + (<usize>C << 2);
  const k2 = work + (<usize>C << 3);
  const k3 = work + (<usize>(3 * C) << 2);
  const n = <f32>rows;
  for (let c = 0; c < C; c++) {
    const o = <usize>c << 2;
    const rstd: f32 = <f32>1 / Mathf.sqrt(load<f32>(variance + o) + epsilon);
    const dg = load<f32>(sumGX + o) * rstd;
    const a = load<f32>(gamma + o) * rstd;
    store<f32>(dgamma + o, dg);
    store<f32>(k1 + o, a);
    store<f32>(k2 + o, -a * rstd * dg / n);
    store<f32>(k3 + o, -a * load<f32>(dbeta + o) / n);
  }
  inputGradient(x, y, dy, rows, C, mean, relu, k1, k2, k3, dx);
}
