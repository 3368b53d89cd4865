/**
 * One builder for every `ModelSpec`: the conv family (CIFAR-style nets, ImageNet ResNets, plain twins, VGG-19)
 * and the MLPs. The training loop, the gradient probes, the architecture page (which builds ResNet-50 in the
 * reader's browser to count its parameters) and the tests all use it.
 */
import type {ModelSpec} from "../spec.js";
import {buildConvNet} from "./convNet.js";
import {buildMlp} from "./mlp.js";
import {ParamFactory, type InitMode} from "./params.js";
import type {Model} from "./types.js";

export type {Model, Unit, UnitOutput, ForwardOptions} from "./types.js";
export type {Param, ParamRole, InitMode} from "./params.js";

/** Options of `buildModel`. */
export interface BuildOptions {
  /** Seed of the weight init streams ("init" for the network, "shortcut" for projection shortcuts). */
  seed: number;
  /** "he" (default): He-normal weights from the seed; "zeros": all weights zero (fast, for counting only). */
  init?: InitMode;
}

/**
 * Builds `spec` as a functional TF.js model on the current backend. Weights are `tf.Variable`s; call
 * `model.dispose()` when done. Plain and residual twins built from the same seed share every weight they both have.
 */
export function buildModel(spec: ModelSpec, {seed, init = "he"}: BuildOptions): Model {
  const factory = new ParamFactory(seed, init);
  try {
    return spec.family === "mlp" ? buildMlp(spec, factory) : buildConvNet(spec, factory);
  } catch (error) {
    for (const param of factory.params) param.variable.dispose();
    for (const variable of factory.state) variable.dispose();
    throw error;
  }
}
