/**
 * The Lab page's settings as the engine's model spec (src/engine/spec.ts), and as one sentence a reader can
 * check before training. MNIST (14×14×1, 10 classes) trains the CIFAR-style conv family of He et al. 2015,
 * §4.2; the 2-D toy sets (2 classes) train the MLP family.
 */
import {depthOf, mlpSpec, mnistConvSpec, type ModelSpec} from "../../engine/spec.js";
import {choiceLabel} from "./paramTypes.js";
import {backendName} from "../../session/backendText.js";
import {DATASET, type LabValues} from "./parameters.js";

/** The network the Lab page's settings describe. */
export function labSpec(values: LabValues<"lab">): ModelSpec {
  const common = {isResidual: values.residual, preActivation: values.unit === "preact", batchNorm: values.batchNorm};
  if (values.dataset === "mnist14") return mnistConvSpec({depth: values.depth, width: values.width, shortcut: values.shortcut, ...common});
  return mlpSpec({units: values.units, width: values.hidden, inputDim: 2, classes: 2, ...common});
}

/** What a run with these settings trains, in words, e.g. "ResNet-20: a conv net of 3 stages × 3 units, …". */
export function describeLabRun(values: LabValues<"lab">): string {
  const spec = labSpec(values);
  const unit = spec.preActivation ? "pre-activation units" : "original units";
  const norm = spec.batchNorm ? "BatchNorm" : "no BatchNorm";
  const network =
    spec.family === "conv"
      ? `a conv net of ${spec.stages.length} stages × ${spec.stages[0].units} units, widths ${spec.stages.map((s) => s.width).join("/")}, ` +
        `${spec.isResidual ? `shortcut option ${spec.shortcut}, ` : "no shortcuts, "}${unit}, ${norm}`
      : `an MLP of ${spec.units} units of width ${spec.width}, ${spec.isResidual ? "with shortcuts" : "no shortcuts"}, ${unit}, ${norm}`;
  return (
    `${spec.name} (${depthOf(spec)} weighted layers): ${network}; data: ${choiceLabel(DATASET, values.dataset)}. ` +
    `${values.steps} SGD steps of ${values.batchSize} examples, learning rate ${values.learningRate}, ` +
    `momentum ${values.momentum}, weight decay ${values.weightDecay}; seed ${values.seed}; computed with ${backendName(values.backend)}.`
  );
}
