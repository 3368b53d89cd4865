// AssemblyScript: storing the partial rows of a register block.

/** Stores the first `cols` lanes (all 8 when cols ≥ 8) of the row (lo, hi) at p. */
@inline export function storeRow(p: usize, lo: v128, hi: v128, cols: i32): void {
  if (cols >= 8) {
    v128.store(p, lo);
    v128.store(p, hi, 16);
  } else {
    storeLanes(p, lo, cols);
    if (cols > 4) storeLanes(p + 16, hi, cols - 4);
  }
}

/** Stores the first n (≥ 1) lanes of v at p. */
function storeLanes(p: usize, v: v128, n: i32): void {
  if (n >= 4) {
    v128.store(p, v);
    return;
  }
  store<f32>(p, f32x4.extract_lane(v, 0));
  if (n > 1) store<f32>(p, f32x4.extract_lane(v, 1), 4);
  if (n > 2) store<f32>(p, f32x4.extract_lane(v, 2), 8);
}

/** a·b + c: one fused multiply-add where relaxed SIMD is enabled at compile time, else a multiply and an add. */
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}
