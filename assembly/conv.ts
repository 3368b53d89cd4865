// AssemblyScript: the three products of a 2-D convolution (NHWC) as patch matrices times weights, a chunk of
// rows at a time so the patch panel stays in cache. Kt = fh·fw·inC; W is [Kt, outC] row-major.
//   forward:              Y[m, :]  = P[m, :] · W                       (P = im2col(X), m over output pixels)
//   backprop-input:       dP[m, :] = dY[m, :] · W^T, dX = col2im(dP)   (stride 1: a forward conv instead)
//   backprop-filter:      dW      += P[chunk]^T · dY[chunk]
// A 1×1, stride-1, unpadded convolution needs no patches: P is X itself.

import {Geometry as G} from "./geometry";
import {gemm, gemmTransposedAAccumulate} from "./gemm";
import {col2im, im2col} from "./im2col";

function isPointwise(): bool {
  return G.fh == 1 && G.fw == 1 && G.sh == 1 && G.sw == 1 && G.padTop == 0 && G.padLeft == 0;
}

function patchWidth(): i32 {
  return G.fh * G.fw * G.inC;
}

/**
 * Y rows [m0, m1) = act(P · W + bias). `w` rows are `ldw` (≥ roundUp8(outC)) floats apart, `bias` likewise
 * padded (or 0); `panel` holds `chunk` patch rows.
 */
export function convForward(x: usize, w: usize, ldw: i32, y: usize, bias: usize, relu: bool, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    let a = x + <usize>m * (<usize>G.inC << 2);
    if (!isPointwise()) {
      im2col(x, panel, m, rows);
      a = panel;
    }
    gemm(a, kt, w, ldw, y + <usize>m * (<usize>G.outC << 2), G.outC, rows, kt, G.outC, bias, relu);
  }
}

/**
 * dX += col2im(dY rows [m0, m1) · W^T); dX must be zeroed first. `wt` is W^T ([outC, Kt], rows `ldwt` ≥
 * roundUp8(Kt) floats apart); `panel` holds `chunk` rows of Kt floats.
 */
export function convBackpropInput(dy: usize, wt: usize, ldwt: i32, dx: usize, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    const a = dy + <usize>m * (<usize>G.outC << 2);
    if (isPointwise()) {
      gemm(a, G.outC, wt, ldwt, dx + <usize>m * (<usize>G.inC << 2), G.inC, rows, G.outC, G.inC, 0, false);
    } else {
      gemm(a, G.outC, wt, ldwt, panel, kt, rows, G.outC, kt, 0, false);
      col2im(panel, dx, m, rows);
    }
  }
}

/**
 * dW += P[m0..m1)^T · dY[m0..m1) into `dw` ([Kt, ldw], ldw = roundUp8(outC)); `dy` rows are `ldy` ≥ ldw
 * floats apart; `panel` holds `chunk` patch rows.
 */
export function convBackpropFilter(x: usize, dy: usize, ldy: i32, dw: usize, ldw: i32, panel: usize, chunk: i32, m0: i32, m1: i32): void {
  const kt = patchWidth();
  for (let m = m0; m < m1; m += chunk) {
    const rows = min(chunk, m1 - m);
    let a = x + <usize>m * (<usize>G.inC << 2);
    if (!isPointwise()) {
      im2col(x, panel, m, rows);
      a = panel;
    }
    gemmTransposedAAccumulate(a, kt, dy + <usize>m * (<usize>ldy << 2), ldy, dw, ldw, rows, kt);
  }
}
