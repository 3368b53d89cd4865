// AssemblyScript: moving between images (NHWC) and patch matrices. Row m of a patch matrix is output pixel
// m = (b, y, x) of the convolution; its Kt = fh·fw·inC columns are the input pixels under the filter's taps,
// tap by tap, zeros where a tap falls in the padding.

import {Geometry as G} from "./geometry";

/** Writes patch rows [m0, m0 + rows) of image x into `panel` (rows Kt floats apart). */
export function im2col(x: usize, panel: usize, m0: i32, rows: i32): void {
  const inC = G.inC;
  const pixel = <usize>inC << 2;
  let out = panel;
  for (let m = m0; m < m0 + rows; m++) {
    const ox = m % G.outW;
    const t = m / G.outW;
    const oy = t % G.outH;
    const b = t / G.outH;
    const y0 = oy * G.sh - G.padTop;
    const x0 = ox * G.sw - G.padLeft;
    for (let r = 0; r < G.fh; r++) {
      const iy = y0 + r;
      const rowInside = <u32>iy < <u32>G.inH;
      const rowBase = x + <usize>((b * G.inH + iy) * G.inW) * pixel;
      for (let c = 0; c < G.fw; c++) {
        const ix = x0 + c;
        if (rowInside && <u32>ix < <u32>G.inW) copyFloats(out, rowBase + <usize>ix * pixel, inC);
        else memory.fill(out, 0, pixel);
        out += pixel;
      }
    }
  }
}

/** Adds patch rows [m0, m0 + rows) held in `panel` (rows Kt floats apart) back into image dx, tap by tap. */
export function col2im(panel: usize, dx: usize, m0: i32, rows: i32): void {
  const inC = G.inC;
  const pixel = <usize>inC << 2;
  let src = panel;
  for (let m = m0; m < m0 + rows; m++) {
    const ox = m % G.outW;
    const t = m / G.outW;
    const oy = t % G.outH;
    const b = t / G.outH;
    const y0 = oy * G.sh - G.padTop;
    const x0 = ox * G.sw - G.padLeft;
    for (let r = 0; r < G.fh; r++) {
      const iy = y0 + r;
      const rowInside = <u32>iy < <u32>G.inH;
      const rowBase = dx + <usize>((b * G.inH + iy) * G.inW) * pixel;
      for (let c = 0; c < G.fw; c++) {
        const ix = x0 + c;
        if (rowInside && <u32>ix < <u32>G.inW) addFloats(rowBase + <usize>ix * pixel, src, inC);
        src += pixel;
      }
    }
  }
}

@inline function copyFloats(dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(dst + (<usize>i << 2), v128.load(src + (<usize>i << 2)));
  for (; i < n; i++) store<f32>(dst + (<usize>i << 2), load<f32>(src + (<usize>i << 2)));
}

@inline function addFloats(dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = dst + (<usize>i << 2);
    v128.store(p, f32x4.add(v128.load(p), v128.load(src + (<usize>i << 2))));
  }
  for (; i < n; i++) {
    const p = dst + (<usize>i << 2);
    store<f32>(p, load<f32>(p) + load<f32>(src + (<usize>i << 2)));
  }
}
