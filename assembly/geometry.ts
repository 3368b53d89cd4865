// AssemblyScript: the geometry of the convolution being computed (NHWC), set by `setGeometry` before each
// kernel call. Static fields compile to wasm globals, so the module keeps no data in memory.

export class Geometry {
  static batch: i32 = 0;
  static inH: i32 = 0;
  static inW: i32 = 0;
  static inC: i32 = 0;
  static outH: i32 = 0;
  static outW: i32 = 0;
  static outC: i32 = 0;
  /** Filter height and width. */
  static fh: i32 = 0;
  static fw: i32 = 0;
  /** Strides. */
  static sh: i32 = 0;
  static sw: i32 = 0;
  /** Padding before the first row and column. */
  static padTop: i32 = 0;
  static padLeft: i32 = 0;
}

/** Sets the geometry: x [b, ih, iw, ic], y [b, oh, ow, oc], filter [kh, kw, ic, oc], strides, top/left pads. */
export function setGeometry(
  b: i32, ih: i32, iw: i32, ic: i32, oh: i32, ow: i32, oc: i32,
  kh: i32, kw: i32, strideH: i32, strideW: i32, top: i32, left: i32
): void {
  Geometry.batch = b;
  Geometry.inH = ih;
  Geometry.inW = iw;
  Geometry.inC = ic;
  Geometry.outH = oh;
  Geometry.outW = ow;
  Geometry.outC = oc;
  Geometry.fh = kh;
  Geometry.fw = kw;
  Geometry.sh = strideH;
  Geometry.sw = strideW;
  Geometry.padTop = top;
  Geometry.padLeft = left;
}
