// AssemblyScript: moving between images (NHWC) and patch matrices. Row m of a patch matrix is output pixel
// m = (b, y, x) of the convolution; its Kt = fh·fw·inC columns are the input pixels under the filter's taps,
// tap by tap. Patches are read from (and scattered back to) a zero-padded copy of the image, [batch, Hp, Wp,
// inC], in which each filter row's taps are one contiguous span of fw·inC floats: no bounds checks.

import {Geometry as G} from "./geometry";

/** Padded height and width: room for every tap of every output pixel, and for the whole image. */
export function paddedHeight(): i32 {
  return max(G.inH + G.padTop, (G.outH - 1) * G.sh + G.fh);
}

export function paddedWidth(): i32 {
  return max(G.inW + G.padLeft, (G.outW - 1) * G.sw + G.fw);
}

/** Images [b0, b1) of dst = x zero-padded to [batch, paddedHeight, paddedWidth, inC] (top/left pads from the geometry). */
export function padImage(x: usize, dst: usize, b0: i32, b1: i32): void {
  const hp = paddedHeight();
  const wp = paddedWidth();
  const c = G.inC;
  const left = G.padLeft * c;
  const right = (wp - G.padLeft - G.inW) * c;
  const inner = G.inW * c;
  let out = dst + ((<usize>b0 * <usize>(hp * wp * c)) << 2);
  for (let b = b0; b < b1; b++) {
    for (let yp = 0; yp < hp; yp++) {
      const iy = yp - G.padTop;
      if (<u32>iy >= <u32>G.inH) {
        zeroFloats(out, wp * c);
      } else {
        zeroFloats(out, left);
        copyFloats(out + (<usize>left << 2), x + (<usize>((b * G.inH + iy) * inner) << 2), inner);
        zeroFloats(out + (<usize>(left + inner) << 2), right);
      }
      out += <usize>(wp * c) << 2;
    }
  }
}

/** Images [b0, b1) of dx = the interior of the padded gradient image `padded` (padImage's placement). */
export function unpadImage(padded: usize, dx: usize, b0: i32, b1: i32): void {
  const hp = paddedHeight();
  const wp = paddedWidth();
  const c = G.inC;
  const inner = G.inW * c;
  for (let b = b0; b < b1; b++) {
    for (let iy = 0; iy < G.inH; iy++) {
      const src = padded + (<usize>(((b * hp + iy + G.padTop) * wp + G.padLeft) * c) << 2);
      copyFloats(dx + (<usize>((b * G.inH + iy) * inner) << 2), src, inner);
    }
  }
}

/** Writes patch rows [m0, m0 + rows) of the padded image into `panel` (rows Kt floats apart). */
export function im2col(padded: usize, panel: usize, m0: i32, rows: i32): void {
  const hp = paddedHeight();
  const wp = paddedWidth();
  const span = G.fw * G.inC;
  const rowBytes = <usize>(wp * G.inC) << 2;
  let ox = m0 % G.outW;
  let t = m0 / G.outW;
  let oy = t % G.outH;
  let b = t / G.outH;
  let out = panel;
  for (let i = 0; i < rows; i++) {
    let src = padded + (<usize>(((b * hp + oy * G.sh) * wp + ox * G.sw) * G.inC) << 2);
    for (let r = 0; r < G.fh; r++) {
      copyFloats(out, src, span);
      out += <usize>span << 2;
      src += rowBytes;
    }
    if (++ox == G.outW) {
      ox = 0;
      if (++oy == G.outH) {
        oy = 0;
        b++;
      }
    }
  }
}

/** Adds patch rows [m0, m0 + rows) held in `panel` back into the padded gradient image, tap by tap. */
export function col2im(panel: usize, padded: usize, m0: i32, rows: i32): void {
  const hp = paddedHeight();
  const wp = paddedWidth();
  const span = G.fw * G.inC;
  const rowBytes = <usize>(wp * G.inC) << 2;
  let ox = m0 % G.outW;
  let t = m0 / G.outW;
  let oy = t % G.outH;
  let b = t / G.outH;
  let src = panel;
  for (let i = 0; i < rows; i++) {
    let dst = padded + (<usize>(((b * hp + oy * G.sh) * wp + ox * G.sw) * G.inC) << 2);
    for (let r = 0; r < G.fh; r++) {
      addFloats(dst, src, span);
      src += <usize>span << 2;
      dst += rowBytes;
    }
    if (++ox == G.outW) {
      ox = 0;
      if (++oy == G.outH) {
        oy = 0;
        b++;
      }
    }
  }
}

/** Floats of one padded image. */
export function paddedImageSize(): i32 {
  return paddedHeight() * paddedWidth() * G.inC;
}

/** dst[0..n) = src[0..n). */
@inline export function copyFloats(dst: usize, src: usize, n: i32): void {
  const end = dst + (<usize>n << 2);
  while (dst + 16 <= end) {
    v128.store(dst, v128.load(src));
    dst += 16;
    src += 16;
  }
  while (dst < end) {
    store<f32>(dst, load<f32>(src));
    dst += 4;
    src += 4;
  }
}

/** dst[0..n) = 0. */
@inline export function zeroFloats(dst: usize, n: i32): void {
  const end = dst + (<usize>n << 2);
  const zero = f32x4.splat(0);
  while (dst + 16 <= end) {
    v128.store(dst, zero);
    dst += 16;
  }
  while (dst < end) {
    store<f32>(dst, 0);
    dst += 4;
  }
}

/** dst[0..n) += src[0..n). */
@inline function addFloats(dst: usize, src: usize, n: i32): void {
  const end = dst + (<usize>n << 2);
  while (dst + 16 <= end) {
    v128.store(dst, f32x4.add(v128.load(dst), v128.load(src)));
    dst += 16;
    src += 16;
  }
  while (dst < end) {
    store<f32>(dst, load<f32>(dst) + load<f32>(src));
    dst += 4;
    src += 4;
  }
}
