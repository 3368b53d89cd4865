// AssemblyScript: one thread's share of a convolution kernel. Every thread (the caller and the helper
// workers, each with its own instance on the same shared memory) calls runTask(ctrl, t) with the same control
// block; thread t of T takes the images [batch·t/T, batch·(t+1)/T) — whole images, so the scatter of the
// backprop-input never has two threads adding into the same pixel. Single-threaded callers use T = 1.
//
// Control block, i32 words: 0 generation, 1 done count (both used by the JavaScript side only), 2 op,
// 3 thread count T, 4..16 the geometry (setGeometry's order), 17.. the op's arguments (ARG_* below).

import {Geometry as G, setGeometry} from "./geometry";
import {convBackpropFilter, convBackpropInput, convForward, patchWidth} from "./conv";
import {zeroFloats} from "./im2col";

const OP_FORWARD = 1;
const OP_BACKPROP_INPUT = 2;
const OP_BACKPROP_FILTER = 3;

// Argument words. forward: src = padded input, weights, ldw, out = y, bias, relu.
// backprop input: src = dY, weights = W^T, ldw, out = padded dX. backprop filter: src = padded input,
// weights = dY, ldw = ldy, out = dW (padded, [Kt, ldOut]), ldOut, partials = (T − 1) more dW buffers.
const ARG_SRC = 17;
const ARG_WEIGHTS = 18;
const ARG_LDW = 19;
const ARG_OUT = 20;
const ARG_BIAS = 21;
const ARG_RELU = 22;
const ARG_PANEL = 23;
const ARG_PANEL_STRIDE = 24;
const ARG_CHUNK = 25;
const ARG_LD_OUT = 26;
const ARG_PARTIALS = 27;

@inline function word(ctrl: usize, i: i32): i32 {
  return load<i32>(ctrl + (<usize>i << 2));
}

/** Runs thread t's share of the op described at ctrl. */
export function runTask(ctrl: usize, t: i32): void {
  const threads = word(ctrl, 3);
  if (t >= threads) return;
  setGeometry(
    word(ctrl, 4), word(ctrl, 5), word(ctrl, 6), word(ctrl, 7), word(ctrl, 8), word(ctrl, 9), word(ctrl, 10),
    word(ctrl, 11), word(ctrl, 12), word(ctrl, 13), word(ctrl, 14), word(ctrl, 15), word(ctrl, 16)
  );
  const perImage = G.outH * G.outW;
  const m0 = ((G.batch * t) / threads) * perImage;
  const m1 = ((G.batch * (t + 1)) / threads) * perImage;
  const src = <usize>word(ctrl, ARG_SRC);
  const weights = <usize>word(ctrl, ARG_WEIGHTS);
  const ldw = word(ctrl, ARG_LDW);
  const out = <usize>word(ctrl, ARG_OUT);
  const panel = <usize>word(ctrl, ARG_PANEL) + <usize>t * <usize>word(ctrl, ARG_PANEL_STRIDE);
  const chunk = word(ctrl, ARG_CHUNK);
  const op = word(ctrl, 2);
  if (op == OP_FORWARD) {
    convForward(src, weights, ldw, out, <usize>word(ctrl, ARG_BIAS), word(ctrl, ARG_RELU) != 0, panel, chunk, m0, m1);
  } else if (op == OP_BACKPROP_INPUT) {
    convBackpropInput(src, weights, ldw, out, panel, chunk, m0, m1);
  } else if (op == OP_BACKPROP_FILTER) {
    const ldOut = word(ctrl, ARG_LD_OUT);
    const size = patchWidth() * ldOut;
    const target = t == 0 ? out : <usize>word(ctrl, ARG_PARTIALS) + ((<usize>(t - 1) * <usize>size) << 2);
    zeroFloats(target, size);
    convBackpropFilter(src, weights, ldw, target, ldOut, panel, chunk, m0, m1);
  }
}

/** dst[0..n) += Σ_{i < count} partials[i·n .. (i + 1)·n): the other threads' filter gradients. */
export function sumPartials(dst: usize, partials: usize, count: i32, n: i32): void {
  for (let i = 0; i < count; i++) {
    const src = partials + ((<usize>i * <usize>n) << 2);
    for (let j = 0; j < n; j += 4) {
      const at = <usize>j << 2;
      if (j + 4 <= n) v128.store(dst + at, f32x4.add(v128.load(dst + at), v128.load(src + at)));
      else for (let k = j; k < n; k++) store<f32>(dst + (<usize>k << 2), load<f32>(dst + (<usize>k << 2)) + load<f32>(src + (<usize>k << 2)));
    }
  }
}
