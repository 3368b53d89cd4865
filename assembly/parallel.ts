// AssemblyScript: one thread's share of a convolution kernel. Every thread (the caller and the helper
// workers, each with its own instance on the same shared memory) calls runTask(ctrl, t) with the same control
// block; threads work on whole images, so the scatter of the backprop-input never has two threads adding
// into the same pixel. Single-threaded callers use T = 1.
//
// Control block, i32 words: 0 generation, 1 done count (both used by the JavaScript side only), 2 op,
// 3 thread count T, 4..16 the geometry (setGeometry's order), 17..28 the op's arguments (ARG_* below),
// 29 the next image to take (dynamic split), 30 1 for a dynamic split, 0 for a static one.
//
// The filter gradient sums over the batch, so the order of that sum must not depend on which thread took which
// images: the batch is cut into the same `filterRanges()` runs of images whatever the thread count, each run's
// gradient goes into a buffer of its own, and the caller adds the buffers in run order (sumPartials). The same seed
// then gives the same weights, bit for bit, on 1, 2 or 4 threads and however the OS schedules them.

import {Geometry as G, setGeometry} from "./geometry";
import {convBackpropFilter, convBackpropInput, convForward, isPointwise, patchWidth} from "./conv";
import {padImage, paddedImageSize, unpadImage, zeroFloats} from "./im2col";

const OP_FORWARD = 1;
const OP_BACKPROP_INPUT = 2;
const OP_BACKPROP_FILTER = 3;

// Argument words. forward: src = x, weights, ldw, out = y, bias, relu. backprop input: src = dY,
// weights = W^T, ldw, out = dX. backprop filter: src = x, weights = dY, ldw = ldy, out = dW (padded,
// [Kt, ldOut]) of the first run of images, ldOut, partials = filterRanges() − 1 more dW buffers, one per other run. All: padded = room for the zero-padded input
// (or input gradient) image, paddedSize floats (unused when pointwise); each thread pads its own images.
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
const ARG_PADDED = 28;

@inline function word(ctrl: usize, i: i32): i32 {
  return load<i32>(ctrl + (<usize>i << 2));
}

/** Runs of images the batch's filter gradient is cut into (at most 8, whatever the thread count). */
const FILTER_RUNS = 8;

/** Images per run of the filter gradient's batch (set by setGeometry). */
function filterRunSize(): i32 {
  return (G.batch + FILTER_RUNS - 1) / FILTER_RUNS;
}

/** How many runs of images, hence dW buffers, the filter gradient of the current geometry uses. */
export function filterRanges(): i32 {
  const size = filterRunSize();
  return (G.batch + size - 1) / size;
}

/**
 * Runs thread t's share of the op described at ctrl. Static split (word 30 = 0): thread t takes images
 * [B·t/T, B·(t+1)/T) (the filter gradient: runs [R·t/T, R·(t+1)/T)). Dynamic split (word 30 = 1, real threads):
 * threads take runs of images from a shared counter (word 29) until none are left, so a thread the OS runs late
 * takes less and never holds the others up.
 */
export function runTask(ctrl: usize, t: i32): void {
  const threads = word(ctrl, 3);
  if (t >= threads) return;
  setGeometry(
    word(ctrl, 4), word(ctrl, 5), word(ctrl, 6), word(ctrl, 7), word(ctrl, 8), word(ctrl, 9), word(ctrl, 10),
    word(ctrl, 11), word(ctrl, 12), word(ctrl, 13), word(ctrl, 14), word(ctrl, 15), word(ctrl, 16)
  );
  const op = word(ctrl, 2);
  const isDynamic = word(ctrl, 30) != 0;
  const counter = ctrl + (29 << 2);
  if (op == OP_BACKPROP_FILTER) {
    const size = filterRunSize();
    const runs = filterRanges();
    if (!isDynamic) {
      for (let r = (runs * t) / threads; r < (runs * (t + 1)) / threads; r++) runFilterRun(ctrl, t, r, size);
      return;
    }
    for (let b0 = atomic.add<i32>(counter, size); b0 < G.batch; b0 = atomic.add<i32>(counter, size)) runFilterRun(ctrl, t, b0 / size, size);
    return;
  }
  if (!isDynamic) {
    runImages(ctrl, t, 0, (G.batch * t) / threads, (G.batch * (t + 1)) / threads);
    return;
  }
  const step = max(1, G.batch / (threads * 4));
  for (let b0 = atomic.add<i32>(counter, step); b0 < G.batch; b0 = atomic.add<i32>(counter, step)) {
    runImages(ctrl, t, 0, b0, min(G.batch, b0 + step));
  }
}

/** Run r of the filter gradient (images [r·size, (r + 1)·size)) into its own buffer: run 0 the output, run r ≥ 1 partial r − 1. */
function runFilterRun(ctrl: usize, t: i32, r: i32, size: i32): void {
  const floats = patchWidth() * word(ctrl, ARG_LD_OUT);
  const target = r == 0 ? <usize>word(ctrl, ARG_OUT) : <usize>word(ctrl, ARG_PARTIALS) + ((<usize>(r - 1) * <usize>floats) << 2);
  zeroFloats(target, floats);
  runImages(ctrl, t, target, r * size, min(G.batch, (r + 1) * size));
}

/** The op on images [b0, b1), on thread t's panel; `target`: where a filter gradient accumulates. */
function runImages(ctrl: usize, t: i32, target: usize, b0: i32, b1: i32): void {
  const perImage = G.outH * G.outW;
  const m0 = b0 * perImage;
  const m1 = b1 * perImage;
  const pointwise = isPointwise();
  const padded = <usize>word(ctrl, ARG_PADDED);
  const src = <usize>word(ctrl, ARG_SRC);
  const weights = <usize>word(ctrl, ARG_WEIGHTS);
  const ldw = word(ctrl, ARG_LDW);
  const out = <usize>word(ctrl, ARG_OUT);
  const panel = <usize>word(ctrl, ARG_PANEL) + <usize>t * <usize>word(ctrl, ARG_PANEL_STRIDE);
  const chunk = word(ctrl, ARG_CHUNK);
  const op = word(ctrl, 2);
  // The zero-padded copy of these images (forward, filter) or their zeroed gradient images (input).
  if (!pointwise && op == OP_BACKPROP_INPUT) {
    zeroFloats(padded + ((<usize>b0 * <usize>paddedImageSize()) << 2), (b1 - b0) * paddedImageSize());
  } else if (!pointwise) {
    padImage(src, padded, b0, b1);
  }
  const patches = pointwise ? src : padded;
  if (op == OP_FORWARD) {
    convForward(patches, weights, ldw, out, <usize>word(ctrl, ARG_BIAS), word(ctrl, ARG_RELU) != 0, panel, chunk, m0, m1);
  } else if (op == OP_BACKPROP_INPUT) {
    convBackpropInput(src, weights, ldw, pointwise ? out : padded, panel, chunk, m0, m1);
    if (!pointwise) unpadImage(padded, out, b0, b1);
  } else if (op == OP_BACKPROP_FILTER) {
    convBackpropFilter(patches, weights, ldw, target, word(ctrl, ARG_LD_OUT), panel, chunk, m0, m1);
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
