// AssemblyScript: repacking small operands (weights, bias, narrow gradients) into rows padded to a multiple
// of 8 floats, so the 4 × 8 blocks can load whole vectors.

/** dst[r, 0..ld) = src[r, 0..n) followed by zeros, for r < rows (src rows n floats apart). */
export function padRows(src: usize, dst: usize, rows: i32, n: i32, ld: i32): void {
  const srcStride = <usize>n << 2;
  const dstStride = <usize>ld << 2;
  for (let r = 0; r < rows; r++) {
    memory.copy(dst, src, srcStride);
    memory.fill(dst + srcStride, 0, dstStride - srcStride);
    src += srcStride;
    dst += dstStride;
  }
}

/** dst[r, 0..n) = src[r, 0..n) for r < rows (src rows ld floats apart): drops padding. */
export function unpadRows(src: usize, dst: usize, rows: i32, n: i32, ld: i32): void {
  const srcStride = <usize>ld << 2;
  const dstStride = <usize>n << 2;
  for (let r = 0; r < rows; r++) {
    memory.copy(dst, src, dstStride);
    src += srcStride;
    dst += dstStride;
  }
}

/**
 * Transposes each tap's k × n block: dst[t', o, 0..ld) = src[t, 0..k, o] then zeros, with t' = t, or
 * t' = taps − 1 − t when `isFlipped` (a filter rotated by 180°, as a stride-1 backprop-input needs).
 */
export function transposeTaps(src: usize, dst: usize, taps: i32, k: i32, n: i32, ld: i32, isFlipped: bool): void {
  for (let t = 0; t < taps; t++) {
    const s = src + ((<usize>(t * k * n)) << 2);
    const d = dst + ((<usize>((isFlipped ? taps - 1 - t : t) * n * ld)) << 2);
    for (let o = 0; o < n; o++) {
      const row = d + ((<usize>(o * ld)) << 2);
      for (let i = 0; i < k; i++) store<f32>(row + (<usize>i << 2), load<f32>(s + ((<usize>(i * n + o)) << 2)));
      memory.fill(row + (<usize>k << 2), 0, <usize>(ld - k) << 2);
    }
  }
}
