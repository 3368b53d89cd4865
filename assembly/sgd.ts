// AssemblyScript: one SGD-with-momentum step for one parameter tensor (PyTorch's formulation):
//   d = g + λ·w,   v' = μ·v + d,   w' = w − lr·v'.

export function sgdMomentum(w: usize, v: usize, g: usize, n: i32, lr: f32, momentum: f32, weightDecay: f32, wOut: usize, vOut: usize): void {
  const rate = f32x4.splat(lr);
  const mu = f32x4.splat(momentum);
  const lambda = f32x4.splat(weightDecay);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const at = <usize>i << 2;
    const wi = v128.load(w + at);
    const d = f32x4.add(v128.load(g + at), f32x4.mul(lambda, wi));
    const vi = f32x4.add(f32x4.mul(mu, v128.load(v + at)), d);
    v128.store(vOut + at, vi);
    v128.store(wOut + at, f32x4.sub(wi, f32x4.mul(rate, vi)));
  }
  for (; i < n; i++) {
    const at = <usize>i << 2;
    const wi = load<f32>(w + at);
    const vi = momentum * load<f32>(v + at) + load<f32>(g + at) + weightDecay * wi;
    store<f32>(vOut + at, vi);
    store<f32>(wOut + at, wi - lr * vi);
  }
}
