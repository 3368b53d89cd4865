/**
 * Parameters of a functional model: TF.js variables created from the project's own seeded RNG, with names and
 * roles kept beside them (TF.js's global variable names must be unique, so twins could not share them).
 *
 * Two init streams: `main` draws every weight of the network itself, `shortcut` draws only the projection
 * shortcuts (options B and C). A plain net and its residual twin therefore get identical main weights: the
 * twin's extra projections never shift the main stream.
 */
import * as tf from "@tensorflow/tfjs-core";
import {createRng, fillNormal, type Rng} from "../rng.js";

/** What a parameter is, for counting, weight decay and the twin comparison. */
export type ParamRole = "weight" | "bias" | "bnScale" | "bnShift";

/** One trainable tensor of a model. */
export interface Param {
  /** Path in the network, e.g. "stage2.unit0.conv1.weight" or "head.fc.bias". */
  name: string;
  role: ParamRole;
  /** True for the parameters of projection shortcuts (absent in the plain twin). */
  isShortcut: boolean;
  variable: tf.Variable;
}

/** How weights are initialised: He/Kaiming normal from the seed, or all zeros (fast; for counting only). */
export type InitMode = "he" | "zeros";

/** Creates and records a model's parameters and its non-trainable state (BatchNorm running statistics). */
export class ParamFactory {
  readonly params: Param[] = [];
  readonly state: tf.Variable[] = [];
  private readonly streams: {main: Rng; shortcut: Rng};

  constructor(seed: number, private readonly init: InitMode = "he") {
    this.streams = {main: createRng(seed, "init"), shortcut: createRng(seed, "shortcut")};
  }

  /**
   * A weight drawn from N(0, gain / fanIn) — He et al. 2015 ("Delving deep into rectifiers") with gain 2 for
   * layers followed by a ReLU; gain 1 for the classifier.
   */
  normal(name: string, shape: number[], fanIn: number, options: {isShortcut?: boolean; gain?: number} = {}): tf.Variable {
    const {isShortcut = false, gain = 2} = options;
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    if (this.init === "he") fillNormal(isShortcut ? this.streams.shortcut : this.streams.main, values, Math.sqrt(gain / fanIn));
    return this.add(name, "weight", isShortcut, tf.tensor(values, shape, "float32"));
  }

  /** A trainable tensor filled with a constant (biases 0, BatchNorm scale 1 and shift 0). */
  constant(name: string, role: ParamRole, shape: number[], value: number, isShortcut = false): tf.Variable {
    return this.add(name, role, isShortcut, tf.fill(shape, value, "float32"));
  }

  /** A non-trainable state tensor (BatchNorm running mean 0 or running variance 1). */
  stateTensor(shape: number[], value: number): tf.Variable {
    const initial = tf.fill(shape, value, "float32");
    const variable = tf.variable(initial, false);
    initial.dispose();
    this.state.push(variable);
    return variable;
  }

  private add(name: string, role: ParamRole, isShortcut: boolean, initial: tf.Tensor): tf.Variable {
    const variable = tf.variable(initial, true);
    initial.dispose();
    this.params.push({name, role, isShortcut, variable});
    return variable;
  }
}

/** Number of trainable scalars: conv and FC weights and biases, BatchNorm scale and shift (not running statistics). */
export function countParams(params: readonly Param[]): number {
  return params.reduce((sum, param) => sum + param.variable.size, 0);
}
