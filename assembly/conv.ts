// AssemblyScript: the three products of a 2-D convolution (NHWC) as patch matrices times weights, a chunk of
// rows at a time so the patch panel stays in cache. Kt = fh·fw·inC; W is [Kt, outC] row-major.
//   forward:              Y[m, :]  = P[m, :] · W                       (P = im2col(X), m over output pixels)
//   backprop-input:       dP[m, :] = dY[m, :] · W^T, dX = col2im(dP)   (stride 1: a forward conv instead)
//   backprop-filter:      dW      += P[chunk]^T · dY[chunk]
// A 1×1, stride-1, unpadded convolution needs no patches: P is X itself.

import {Geometry as G} from "./geometry";
import {gemm, gemmTransposedAAccumulate} from "./gemm";
import {col2im, im2col, paddedImageSize, zeroFloats} from "./im2col";

/** A 1×1, stride-1, unpadded convolution: the patches are the input itself. */
export function isPointwise(): bool {
  return G.fh == 1 && G.fw == 1 && G.sh == 1 && G.sw == 1 && G.padTop == 0 && G.padLeft == 0;
}

export function patchWidth(): i32 {
  return G.fh * G.fw * G.inC;
}

/** Floats of the zero-padded image the patches are read from (0 for a pointwise convolution). */
export function paddedSize(): i32 {
  return isPointwise() ? 0 : G.batch * paddedImageSize();
}

/**
 * Y rows [m0, m1) = act(P · W + bias), P read from `padded` (padImage's copy; x itself when pointwise). `w`
 * rows are `ldw` (≥ roundUp8(outC)) floats apart, `bias` likewise padded (or 0); `panel` holds `chunk` rows.
 */
export function convForward(padded: usize, w: usize, ldw: i32, y: usize, bias: usize, relu: bool, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    let a = padded + <usize>m * (<usize>G.inC << 2);
    if (!isPointwise()) {
      im2col(padded, panel, m, rows);
      a = panel;
    }
    gemm(a, kt, w, ldw, y + <usize>m * (<usize>G.outC << 2), G.outC, rows, kt, G.outC, bias, relu);
  }
}

/**
 * The padded gradient image += col2im(dY rows [m0, m1) · W^T) (pointwise: dX rows = dY · W^T directly).
 * `padded` must be zeroed first and its interior copied out after (unpadImage). `wt` is W^T
 * ([outC, Kt], rows `ldwt` ≥ roundUp8(Kt) floats apart); `panel` holds `chunk` rows of Kt floats.
 */
export function convBackpropInput(dy: usize, wt: usize, ldwt: i32, padded: usize, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    const a = dy + <usize>m * (<usize>G.outC << 2);
    if (isPointwise()) {
      gemm(a, G.outC, wt, ldwt, padded + <usize>m * (<usize>G.inC << 2), G.inC, rows, G.outC, G.inC, 0, false);
    } else {
      gemm(a, G.outC, wt, ldwt, panel, kt, rows, G.outC, kt, 0, false);
      col2im(panel, padded, m, rows);
    }
  }
}

/** Sets n floats at p to zero. */
export function zeroFill(p: usize, n: i32): void {
  zeroFloats(p, n);
}

/**
 * dW += P[m0..m1)^T · dY[m0..m1) (P from `padded`) into `dw` ([Kt, ldw], ldw = roundUp8(outC)); `dy` rows are `ldy` ≥ ldw
 * floats apart; `panel` holds `chunk` patch rows.
 */
export function convBackpropFilter(padded: usize, dy: usize, ldy: i32, dw: usize, ldw: i32, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    let a = padded + <usize>m * (<usize>G.inC << 2);
    if (!isPointwise()) {
      im2col(padded, panel, m, rows);
      a = panel;
    }
    gemmTransposedAAccumulate(a, kt, dy + <usize>m * (<usize>ldy << 2), ldy, dw, ldw, rows, kt);
  }
}
