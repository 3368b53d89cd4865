/**
 * The shape of a built model: what the trainer, the gradient probes and the tests see. Every network — the conv
 * family, the ImageNet ResNets, VGG, the MLPs — is built into this one interface by `buildModel`.
 */
import type * as tf from "@tensorflow/tfjs-core";
import type {ModelSpec} from "../spec.js";
import type {ForwardContext} from "./layers.js";
import type {Param} from "./params.js";

/** What one unit computes from its input x_l (the notation of He et al. 2016, "Identity Mappings"). */
export interface UnitOutput {
  /** y_l = h(x_l) + F(x_l) for a residual unit, F(x_l) for a plain one. */
  sum: tf.Tensor;
  /** x_{l+1} = f(y_l): ReLU(y_l) for original units, y_l itself for pre-activation units. */
  output: tf.Tensor;
}

/** One unit of a network (a residual unit, its plain twin, or one VGG layer). */
export interface Unit {
  /** e.g. "stage2.unit0". */
  name: string;
  /** Stage index, 0-based. */
  stage: number;
  /** Per-example shape of x_l: `[height, width, channels]` or `[features]`. */
  inputShape: number[];
  /** Per-example shape of x_{l+1}. */
  outputShape: number[];
  /** True when y_l = x_l + F(x_l): a residual unit whose shortcut is the identity (shapes equal, option A or B). */
  hasIdentityShortcut: boolean;
  /** The residual function F(x_l), `[batch, ...inputShape]` → `[batch, ...outputShape]`. */
  residual(x: tf.Tensor, ctx: ForwardContext): tf.Tensor;
  /** The shortcut h(x_l) of a residual unit (identity, zero-padding or projection); null for a plain unit. */
  shortcut: ((x: tf.Tensor, ctx: ForwardContext) => tf.Tensor) | null;
  /** y_l and x_{l+1}. */
  apply(x: tf.Tensor, ctx: ForwardContext): UnitOutput;
}

/** Options of a forward pass. */
export interface ForwardOptions {
  /** Training mode (BatchNorm uses batch statistics). Default false. */
  training?: boolean;
  /** In training mode, update BatchNorm running statistics. Default: same as `training`. */
  updateStats?: boolean;
  /**
   * Training mode only: set every BatchNorm's running statistics to this batch's mean and biased variance (instead of
   * moving them by the momentum), so that an evaluation-mode pass that follows normalises each example exactly as this
   * pass did, with the statistics held constant — the per-example input gradient of the shattered-gradients lab.
   */
  setStatistics?: boolean;
  /**
   * Gradient probes: zero tensors added to x_l at the input of every unit l (`probes[l]`, shape
   * `[batch, ...units[l].inputShape]`) and to x_L at the input of the head (`probes[units.length]`). The gradient
   * of the loss with respect to `probes[l]` is ∂L/∂x_l. Omit for an ordinary pass.
   */
  probes?: readonly tf.Tensor[];
  /**
   * No gradient will be taken of this pass (evaluation, decision boundaries): each unit's intermediate tensors are
   * freed as soon as its output exists, so memory holds about two feature maps instead of every layer's — a
   * 110-layer, width-32 net evaluating 500 digits at once took gigabytes otherwise. Default false; never with probes.
   */
  isInferenceOnly?: boolean;
  /**
   * Called with each layer response of He et al. 2015, Fig. 7 — the output of every convolution after its BatchNorm,
   * before the ReLU and before the addition — in order: the stem's, then each unit's. Conv nets with the original
   * unit (and plain ones) only: a pre-activation unit has no BatchNorm after its convolutions. The tensor belongs to
   * the pass (keep what you compute from it with tf.keep when `isInferenceOnly`).
   */
  onResponse?: (response: tf.Tensor) => void;
  /**
   * A lesion (Veit et al. 2016): the indices of the units deleted from this pass, without retraining. A deleted residual
   * unit keeps its shortcut and loses its branch, x_{l+1} = f(h(x_l)); a deleted plain unit is replaced by the identity,
   * x_{l+1} = x_l, which only a unit that keeps the shape allows (`isDeletable`; the pass throws otherwise).
   */
  lesioned?: ReadonlySet<number>;
  /**
   * Called with each unit's input x_l (l = 0 … U−1) and the head's input x_U, in order: the path-gradient measurement
   * reads them. The tensors belong to the pass (tf.keep what should outlive it).
   */
  onUnitInput?: (index: number, x: tf.Tensor) => void;
}

/** A built, trainable network. Dispose it when done. */
export interface Model {
  readonly spec: ModelSpec;
  /** Trainable parameters in creation order. */
  readonly params: readonly Param[];
  /** Non-trainable state: BatchNorm running means and variances. */
  readonly state: readonly tf.Variable[];
  readonly units: readonly Unit[];
  /** Per-example input shape the model expects, e.g. `[14, 14, 1]` or `[2]`. */
  readonly inputShape: number[];
  /** Logits `[batch, classes]` for an input `[batch, ...inputShape]`. */
  forward(x: tf.Tensor, options?: ForwardOptions): tf.Tensor2D;
  /** Per-example shapes of the probe points: x_0 … x_{U−1} (unit inputs) and x_U (the head's input). */
  probeShapes(): number[][];
  /** Trainable scalars: weights, biases, BatchNorm scale and shift — not the running statistics. */
  countParams(): number;
  /** Releases every tensor of the model. */
  dispose(): void;
}
