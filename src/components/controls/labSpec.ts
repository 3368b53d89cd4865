/**
 * The Lab page's settings as the engine's model spec (src/engine/spec.ts), and as one sentence a reader can
 * check before training. MNIST (14×14×1, 10 classes) trains the CIFAR-style conv family of He et al. 2015,
 * §4.2; the 2-D toy sets (2 classes) train the MLP family.
 */
import {depthOf, mlpSpec, mnistConvSpec, type ModelSpec} from "../../engine/spec.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {backendName} from "../../session/backendText.js";
import {localNetName} from "../../session/netName.js";
import {DATASET, type LabValues} from "./parameters.js";
import {paramText} from "./paramText.js";
import {LAB_RUN_TEXT} from "./text.js";

/** The network the Lab page's settings describe. */
export function labSpec(values: LabValues<"lab">): ModelSpec {
  const common = {isResidual: values.residual, preActivation: values.unit === "preact", batchNorm: values.batchNorm};
  if (values.dataset === "mnist14") return mnistConvSpec({depth: values.depth, width: values.width, shortcut: values.shortcut, ...common});
  return mlpSpec({units: values.units, width: values.hidden, inputDim: 2, classes: 2, ...common});
}

/** What a run with these settings trains, in words (in `locale`, default the page's), e.g. "ResNet-20: a conv net of 3 stages × 3 units, …". */
export function describeLabRun(values: LabValues<"lab">, locale: Locale = pageLocale()): string {
  const text = localized(LAB_RUN_TEXT, locale);
  const spec = labSpec(values);
  const unit = spec.preActivation ? text.preActivationUnits : text.originalUnits;
  const norm = spec.batchNorm ? text.batchNorm : text.noBatchNorm;
  const network =
    spec.family === "conv"
      ? text.conv(spec.stages.length, spec.stages[0].units, spec.stages.map((s) => s.width).join("/"), spec.isResidual ? spec.shortcut : null, unit, norm)
      : text.mlp(spec.units, spec.width, spec.isResidual, unit, norm);
  return text.sentence({
    name: localNetName(spec.name, locale),
    depth: depthOf(spec),
    network,
    data: paramText(DATASET, locale).choiceLabel(values.dataset),
    steps: values.steps,
    batchSize: values.batchSize,
    learningRate: values.learningRate,
    momentum: values.momentum,
    weightDecay: values.weightDecay,
    seed: values.seed,
    backend: backendName(values.backend, locale)
  });
}
