// AssemblyScript: register-blocked SIMD matrix products on row-major f32 matrices (pointers are byte
// offsets, leading dimensions are in floats). Blocks are 4 rows × 8 columns held in eight f32x4 registers;
// with relaxed SIMD each multiply-add is one fused instruction.

import {madd, storeRow} from "./lanes";

/**
 * C[0..rows, 0..n) = A[0..rows, 0..k) · B[0..k, 0..n), then + bias[0..n) (bias ≠ 0) and max(0, ·) (relu).
 * B's rows (and bias) must be readable up to a multiple of 8 floats: `ldb` ≥ roundUp8(n).
 */
export function gemm(a: usize, lda: i32, b: usize, ldb: i32, c: usize, ldc: i32, rows: i32, k: i32, n: i32, bias: usize, relu: bool): void {
  const aRow = <usize>lda << 2;
  const cRow = <usize>ldc << 2;
  for (let m = 0; m < rows; m += 4) {
    const valid = min(4, rows - m);
    const a0 = a + <usize>m * aRow;
    // Rows past the end repeat the last valid row; their results are not stored.
    const a1 = valid > 1 ? a0 + aRow : a0;
    const a2 = valid > 2 ? a1 + aRow : a1;
    const a3 = valid > 3 ? a2 + aRow : a2;
    for (let j = 0; j < n; j += 8) {
      const biasAt = bias ? bias + (<usize>j << 2) : 0;
      block(a0, a1, a2, a3, b + (<usize>j << 2), <usize>ldb << 2, k, c + <usize>m * cRow + (<usize>j << 2), cRow, valid, n - j, biasAt, relu);
    }
  }
}

/** One 4 × 8 block of `gemm`: rows a0..a3 of A times the 8 columns of B at b. */
function block(
  a0: usize, a1: usize, a2: usize, a3: usize, b: usize, bRow: usize, k: i32,
  c: usize, cRow: usize, rows: i32, cols: i32, bias: usize, relu: bool
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  const end = a0 + (<usize>k << 2);
  while (a0 < end) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let s = v128.load32_splat(a0);
    c00 = madd(s, b0, c00);
    c01 = madd(s, b1, c01);
    s = v128.load32_splat(a1);
    c10 = madd(s, b0, c10);
    c11 = madd(s, b1, c11);
    s = v128.load32_splat(a2);
    c20 = madd(s, b0, c20);
    c21 = madd(s, b1, c21);
    s = v128.load32_splat(a3);
    c30 = madd(s, b0, c30);
    c31 = madd(s, b1, c31);
    a0 += 4;
    a1 += 4;
    a2 += 4;
    a3 += 4;
    b += bRow;
  }
  if (bias) {
    const d0 = v128.load(bias);
    const d1 = v128.load(bias, 16);
    c00 = f32x4.add(c00, d0); c01 = f32x4.add(c01, d1); c10 = f32x4.add(c10, d0); c11 = f32x4.add(c11, d1);
    c20 = f32x4.add(c20, d0); c21 = f32x4.add(c21, d1); c30 = f32x4.add(c30, d0); c31 = f32x4.add(c31, d1);
  }
  if (relu) {
    const z = f32x4.splat(0);
    c00 = f32x4.max(c00, z); c01 = f32x4.max(c01, z); c10 = f32x4.max(c10, z); c11 = f32x4.max(c11, z);
    c20 = f32x4.max(c20, z); c21 = f32x4.max(c21, z); c30 = f32x4.max(c30, z); c31 = f32x4.max(c31, z);
  }
  storeRow(c, c00, c01, cols);
  if (rows > 1) storeRow(c + cRow, c10, c11, cols);
  if (rows > 2) storeRow(c + 2 * cRow, c20, c21, cols);
  if (rows > 3) storeRow(c + 3 * cRow, c30, c31, cols);
}

/**
 * C[0..k, 0..ldc) += A[0..rows, 0..k)^T · B[0..rows, 0..ldc): the reduction over rows of a filter gradient.
 * C and B are padded: `ldc` is a multiple of 8 and B's rows are `ldb` ≥ ldc floats apart.
 */
export function gemmTransposedAAccumulate(a: usize, lda: i32, b: usize, ldb: i32, c: usize, ldc: i32, rows: i32, k: i32): void {
  const cRow = <usize>ldc << 2;
  for (let i = 0; i < k; i += 4) {
    const valid = min(4, k - i);
    // Columns of A past k repeat the last valid one; their sums are not stored.
    const o1: usize = valid > 1 ? 4 : 0;
    const o2: usize = valid > 2 ? 8 : o1;
    const o3: usize = valid > 3 ? 12 : o2;
    for (let j = 0; j < ldc; j += 8) {
      blockTransposedA(a + (<usize>i << 2), <usize>lda << 2, o1, o2, o3, b + (<usize>j << 2), <usize>ldb << 2, rows, c + <usize>i * cRow + (<usize>j << 2), cRow, valid);
    }
  }
}

/** One 4 × 8 block of `gemmTransposedAAccumulate`. */
function blockTransposedA(
  a: usize, aRow: usize, o1: usize, o2: usize, o3: usize, b: usize, bRow: usize, rows: i32,
  c: usize, cRow: usize, valid: i32
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let m = 0; m < rows; m++) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let s = v128.load32_splat(a);
    c00 = madd(s, b0, c00);
    c01 = madd(s, b1, c01);
    s = v128.load32_splat(a + o1);
    c10 = madd(s, b0, c10);
    c11 = madd(s, b1, c11);
    s = v128.load32_splat(a + o2);
    c20 = madd(s, b0, c20);
    c21 = madd(s, b1, c21);
    s = v128.load32_splat(a + o3);
    c30 = madd(s, b0, c30);
    c31 = madd(s, b1, c31);
    a += aRow;
    b += bRow;
  }
  addRow(c, c00, c01);
  if (valid > 1) addRow(c + cRow, c10, c11);
  if (valid > 2) addRow(c + 2 * cRow, c20, c21);
  if (valid > 3) addRow(c + 3 * cRow, c30, c31);
}

@inline function addRow(p: usize, lo: v128, hi: v128): void {
  v128.store(p, f32x4.add(v128.load(p), lo));
  v128.store(p, f32x4.add(v128.load(p, 16), hi), 16);
}
