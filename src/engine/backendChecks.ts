/**
 * Two checks a GPU backend passes before a run trusts it (issue 17):
 * - the gradient check: one gradient of a tiny convolutional net computed on the backend equals the same gradient on
 *   the cpu backend (reported driver bugs include all-zero gradients); a backend that computes wrong numbers is
 *   rejected, whatever its speed;
 * - the timed probe: of the backends that pass, the one whose training step of the run's own net is fastest wins.
 */
import * as tf from "@tensorflow/tfjs-core";

/** Largest difference allowed between a gradient on the backend and on cpu, relative to the gradient's largest entry. */
export const GRADIENT_TOLERANCE = 1e-3;

/** A fixed, non-trivial tensor: entries sin(1.7 i + phase), no random numbers needed. */
function fixed(shape: number[], phase: number): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(Float32Array.from({length: size}, (_, i) => Math.sin(1.7 * i + phase)), shape);
}

/**
 * ∂L/∂w and ∂L/∂x of L = mean(relu(conv(x, w, stride 1, same) + b)²) for x [2, 5, 5, 3], w [3, 3, 3, 4], on the
 * active backend: a convolution's forward and both its backward kernels, an addition, a ReLU and a reduction.
 */
export async function probeGradients(): Promise<Float32Array> {
  const result = tf.tidy(() => {
    const x = fixed([2, 5, 5, 3], 0.3);
    const w = tf.mul(fixed([3, 3, 3, 4], 1.1), 0.4);
    const b = tf.mul(fixed([4], 2.0), 0.1);
    const loss = (xs: tf.Tensor, ws: tf.Tensor) => tf.mean(tf.square(tf.relu(tf.add(tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, 1, "same"), b))));
    const [dx, dw] = tf.grads(loss)([x, w]);
    return tf.concat([tf.reshape(dw, [-1]), tf.reshape(dx, [-1])]);
  });
  const values = (await result.data()) as Float32Array;
  result.dispose();
  return values;
}

/** Why `values` (from a backend) is not `reference` (from cpu), or null when they agree within {@link GRADIENT_TOLERANCE}. */
export function gradientMismatch(values: Float32Array, reference: Float32Array): string | null {
  const scale = reference.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  if (values.every((v) => v === 0)) return "its gradients are all zero";
  let worst = 0;
  for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(values[i] - reference[i]));
  if (!(worst <= GRADIENT_TOLERANCE * scale)) return `its gradients differ from the CPU's by up to ${(worst / scale).toExponential(1)} of their size`;
  return null;
}

/** Runs the gradient check of `backend` (already registered): null when it passes, else why it failed. Leaves `backend` active. */
export async function checkGradients(backend: string): Promise<string | null> {
  await tf.setBackend("cpu");
  const reference = await probeGradients();
  await tf.setBackend(backend);
  return gradientMismatch(await probeGradients(), reference);
}

/** The backend with the shortest step, first on a tie; null for no timings. */
export function fastest<B extends string>(timings: ReadonlyArray<{backend: B; msPerStep: number}>): B | null {
  let best: {backend: B; msPerStep: number} | null = null;
  for (const timing of timings) if (Number.isFinite(timing.msPerStep) && (!best || timing.msPerStep < best.msPerStep)) best = timing;
  return best?.backend ?? null;
}
