/**
 * THE declared table of parameters: every control of every lab, and its key in that page's URL. Parsing,
 * clamping and serialising (../urlState.ts), the controls (./Control.ts) and docs/url-parameters.md all read
 * it, so the URL can never exceed the limits of the UI. Each lab lives on its own page and owns its own
 * namespace (its page's query string); a name appears at most once per lab. Shared settings (seed, steps,
 * backend) are declared once below and reused, so they mean the same thing on every page.
 *
 * Limits are chosen for what trains in a browser: the conv nets are the CIFAR family of He et al. 2015, §4.2
 * (depth 6n + 2; the paper's 20, 32, 44, 56 and 110 are all reachable) on 14×14 MNIST; the MLPs are for the
 * 2-D toy sets.
 */
import {CONV_LAB_TRAINING} from "../../engine/experiments/presets.js";
import {booleanParam, choiceParam, floatParam, intParam, type Param, type ValuesOf} from "./paramTypes.js";

const CONV_ONLY = {dataset: ["mnist14"]} as const;
const MLP_ONLY = {dataset: ["spirals", "circles", "checkerboard"]} as const;

/** Shortest conv depth (n = 1) and longest (n = 18): 6n + 2, as in He et al. 2015, §4.2. */
const CONV_DEPTH = {min: 8, max: 110, step: 6, unit: "layers"} as const;

export const DATASET = choiceParam({
  name: "dataset",
  label: "Data set",
  description: "What the network learns: 14×14 handwritten digits (conv net) or a 2-D toy set (MLP).",
  default: "mnist14",
  choices: ["mnist14", "spirals", "circles", "checkerboard"],
  choiceLabels: {mnist14: "MNIST digits, 14×14", spirals: "Two spirals", circles: "Circles", checkerboard: "Checkerboard"}
});

export const DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of the conv net, 6n + 2: three stages of n units of two convolutions.",
  default: 20,
  ...CONV_DEPTH,
  shownWhen: CONV_ONLY
});

export const UNITS = intParam({
  name: "units",
  label: "Units",
  description: "Units of the MLP, each two dense layers (depth 2·units + 2).",
  default: 8,
  min: 1,
  max: 50,
  shownWhen: MLP_ONLY
});

export const WIDTH = intParam({
  name: "width",
  label: "Width",
  description: "Channels of the first stage; the second and third stages have twice and four times as many.",
  default: 8,
  min: 2,
  max: 32,
  step: 2,
  unit: "channels",
  shownWhen: CONV_ONLY
});

export const HIDDEN = intParam({
  name: "hidden",
  label: "Hidden width",
  description: "Neurons in every hidden layer of the MLP.",
  default: 16,
  min: 2,
  max: 64,
  shownWhen: MLP_ONLY
});

export const RESIDUAL = booleanParam({
  name: "residual",
  label: "Shortcuts",
  description: "On: every unit adds its input to its output (a residual net). Off: the plain twin, same weights.",
  default: true
});

export const UNIT = choiceParam({
  name: "unit",
  label: "Unit",
  description: "Original unit (ReLU after the addition) or pre-activation unit (BN and ReLU before each layer).",
  default: "original",
  choices: ["original", "preact"],
  choiceLabels: {original: "Original", preact: "Pre-activation"}
});

export const SHORTCUT = choiceParam({
  name: "shortcut",
  label: "Shortcut",
  description: "Where the shape changes: A zero-pads, B projects, C projects on every shortcut.",
  default: "A",
  choices: ["A", "B", "C"],
  choiceLabels: {A: "A: identity, zero-pad", B: "B: project on change", C: "C: project all"},
  shownWhen: CONV_ONLY
});

export const BATCH_NORM = booleanParam({
  name: "batchNorm",
  label: "BatchNorm",
  description: "Normalise every layer's output over the batch.",
  default: true
});

export const LEARNING_RATE = floatParam({
  name: "learningRate",
  label: "Learning rate",
  description: "Size of each SGD step.",
  default: 0.1,
  min: 0.0001,
  max: 1,
  step: 0.0001,
  scale: "log"
});

export const MOMENTUM = floatParam({
  name: "momentum",
  label: "Momentum",
  description: "How much of the previous step SGD keeps (0: none).",
  default: 0.9,
  min: 0,
  max: 0.99,
  step: 0.01
});

export const WEIGHT_DECAY = floatParam({
  name: "weightDecay",
  label: "Weight decay",
  description: "L2 penalty on the weights (the paper uses 0.0001).",
  default: 0.0001,
  min: 0,
  max: 0.01,
  step: 0.0001
});

export const BATCH_SIZE = intParam({
  name: "batchSize",
  label: "Batch size",
  description: "Examples per SGD step.",
  default: 32,
  min: 8,
  max: 256,
  step: 8
});

export const STEPS = intParam({
  name: "steps",
  label: "Steps",
  description: "SGD steps per run.",
  default: 300,
  min: 10,
  max: 5000,
  step: 10
});

export const SEED = intParam({
  name: "seed",
  label: "Seed",
  description: "Seeds the initial weights, the data and the shuffling: the same seed gives the same run.",
  default: 1,
  min: 0,
  max: 999999,
  control: "number"
});

export const BACKEND = choiceParam({
  name: "backend",
  label: "Backend",
  description:
    "Where TensorFlow.js computes; auto takes the fastest of a real GPU (WebGPU or WebGL) and WebAssembly in a short timed trial, else plain JavaScript, and falls back on failure.",
  default: "auto",
  choices: ["auto", "cpu", "wasm", "webgl", "webgpu"],
  choiceLabels: {auto: "Auto", cpu: "CPU (JavaScript)", wasm: "WebAssembly", webgl: "WebGL", webgpu: "WebGPU"}
});

export const SHALLOW_DEPTH = intParam({
  name: "shallow",
  label: "Shallow depth",
  description: "Depth of the shallower pair of nets (6n + 2).",
  default: 20,
  ...CONV_DEPTH
});

export const DEEP_DEPTH = intParam({
  name: "deep",
  label: "Deep depth",
  description: "Depth of the deeper pair of nets (6n + 2).",
  default: 56,
  ...CONV_DEPTH
});

export const DEGRADATION_DATA = choiceParam({
  name: "data",
  label: "Networks and data",
  description:
    "Conv nets on 14×14 MNIST digits are the paper's kind of network on real images; small MLPs on two circles of points are a toy that trains in half the time.",
  default: "mnist",
  choices: ["mnist", "circles"],
  // Times of the lab's default run in headless Chromium on the project's 2-core machine (docs/performance.md).
  choiceLabels: {mnist: "Conv nets on MNIST 14×14 (the paper's setting: about 20 s)", circles: "MLPs on circles (a toy: about 10 s)"}
});

/** The degradation lab's steps: the MLPs' budget on circles, the conv nets' own (`CONV_LAB_TRAINING`) on MNIST. */
export const DEGRADATION_STEPS = intParam({
  ...STEPS,
  description: "SGD steps per run (each kind of net has its own default: 200 mini-batches of 32 digits for the conv nets, 300 of 64 points for the MLPs).",
  defaultWhen: {param: "data", values: {mnist: CONV_LAB_TRAINING.steps!}}
});

export const TWIN = booleanParam({
  name: "twin",
  label: "Train its twin too",
  description: "Also train the same net with shortcuts switched (residual ↔ plain), from the same seed: the comparison the site is about.",
  default: true
});

export const SHORTCUT_LAB_DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of the conv nets compared, 6n + 2 (8: one unit per stage, so three units in all).",
  default: 8,
  ...CONV_DEPTH
});

export const SHORTCUT_LAB_WIDTH = intParam({
  name: "width",
  label: "Width",
  description: "Channels of the first stage; the second and third stages have twice and four times as many.",
  default: 4,
  min: 2,
  max: 32,
  step: 2,
  unit: "channels"
});

export const SHORTCUT_LAB_STEPS = intParam({
  name: "steps",
  label: "Steps",
  description: "SGD steps per run (each option trains this many).",
  default: 300,
  min: 10,
  max: 5000,
  step: 10
});

export const BRANCH_SCALE = floatParam({
  name: "scale",
  label: "Residual branch scale",
  description: "Multiplies F(x): at 0 the unit outputs its input unchanged.",
  default: 1,
  min: 0,
  max: 1,
  step: 0.01
});

export const BRANCH_UNIT = choiceParam({
  name: "unit",
  label: "Unit",
  description: "Original: ReLU after the addition. Pre-activation: ReLU before the first layer, nothing after the addition.",
  default: "original",
  choices: ["original", "preact"],
  choiceLabels: {original: "Original", preact: "Pre-activation"}
});

export const FLOW_DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of each MLP, 2·units + 2 (56: 27 units of two dense layers).",
  default: 56,
  ...CONV_DEPTH
});

export const FLOW_UNIT = choiceParam({
  name: "unit",
  label: "Unit",
  description: "Pre-activation units (nothing after the addition: the identity's split is exact) or original units (a ReLU after it: approximate).",
  default: "preact",
  choices: ["preact", "original"],
  choiceLabels: {preact: "Pre-activation", original: "Original"}
});

export const SHATTER_DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of the two untrained MLPs whose gradients are drawn, 2·units + 2 (every depth of the sweep is measured; this picks the one shown).",
  default: 20,
  min: 2,
  max: 56,
  step: 6,
  unit: "layers"
});

export const LESION_LAB_DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of the plain MLP and its residual twin that are trained and then lesioned, 2·units + 2 (the reference runs are at 20).",
  default: 20,
  min: 8,
  max: 32,
  step: 6,
  unit: "layers"
});

export const LANDSCAPE_LAB_DEPTH = intParam({
  name: "depth",
  label: "Depth",
  description: "Weighted layers of the plain MLP and its residual twin whose loss landscapes are measured, 2·units + 2 (the reference runs are at 56).",
  default: 56,
  min: 20,
  max: 56,
  step: 6,
  unit: "layers"
});

/** A lab: the page it lives on and its parameters, in display order. */
export interface LabDeclaration {
  /** Site path of the page whose query string holds the lab's state. */
  path: string;
  params: readonly Param[];
}

/** Every lab's parameters (issue 4, items 1–5). */
export const URL_PARAMETERS = {
  /** The Lab page: every control in one place. */
  lab: {
    path: "/lab",
    params: [DATASET, DEPTH, UNITS, WIDTH, HIDDEN, RESIDUAL, UNIT, SHORTCUT, BATCH_NORM, LEARNING_RATE, MOMENTUM,
      WEIGHT_DECAY, BATCH_SIZE, STEPS, SEED, BACKEND, TWIN]
  },
  /** The degradation lab: a shallow and a deep pair of plain and residual nets. */
  degradation: {path: "/degradation", params: [SHALLOW_DEPTH, DEEP_DEPTH, DEGRADATION_STEPS, SEED, BACKEND, DEGRADATION_DATA]},
  /** The residual-unit lab: scale F(x) down to see the identity. */
  residualUnit: {path: "/residual-learning", params: [BRANCH_SCALE, BRANCH_UNIT, SEED]},
  /** The gradient-flow lab: ‖∂L/∂x_l‖ per unit, plain vs residual MLPs on circles. */
  gradientFlow: {path: "/gradient-flow", params: [FLOW_DEPTH, FLOW_UNIT, BATCH_NORM, STEPS, SEED, BACKEND]},
  /** The shattered-gradients lab: input gradients of untrained plain and residual MLPs along a line of inputs. */
  shattered: {path: "/shattered-gradients", params: [SHATTER_DEPTH, SEED]},
  /** The lesion lab: plain and residual MLPs trained on circles, then units deleted without retraining. */
  lesion: {path: "/lesion", params: [LESION_LAB_DEPTH, SEED, BACKEND]},
  /** The loss-landscape lab: plain and residual MLPs trained on circles, then the loss on a grid around their weights. */
  landscape: {path: "/loss-landscape", params: [LANDSCAPE_LAB_DEPTH, SEED, BACKEND]},
  /** The shortcut-options lab: the same small conv net trained with shortcut A, B and C. */
  shortcuts: {path: "/residual-units", params: [SHORTCUT_LAB_DEPTH, SHORTCUT_LAB_WIDTH, UNIT, SHORTCUT_LAB_STEPS, SEED, BACKEND]},
  /** The overview's hero demo (a deep plain MLP vs its residual twin on spirals; replay re-runs it). */
  hero: {path: "/", params: [SEED]}
} as const satisfies Record<string, LabDeclaration>;

/** The id of a lab in the table. */
export type LabId = keyof typeof URL_PARAMETERS;

/** The values of one lab, typed from the table: `LabValues<"lab">["dataset"]` is `"mnist14" | "spirals" | …`. */
export type LabValues<L extends LabId> = ValuesOf<(typeof URL_PARAMETERS)[L]["params"]>;

/** The parameters of a lab. */
export function labParams(lab: LabId): readonly Param[] {
  return URL_PARAMETERS[lab].params;
}

/** A page-wide parameter of a teacher's link: a list of a lab's control names, not a control itself. */
export interface LessonParamDeclaration {
  name: "hide" | "lock" | "embed" | "present";
  description: string;
}

/**
 * The lesson parameters every lab page reads besides its own (issue 16, items 2 and 4): `hide=a,b` hides those
 * controls, `lock=a,b` shows them disabled; `all` names every control; `embed=1` shows the lab alone;
 * `present=1` opens presenter mode. The values of hidden and locked controls
 * still come from the URL, through the lab's table above, so a lesson can never set what the controls cannot.
 */
export const LESSON_PARAMETERS: readonly LessonParamDeclaration[] = [
  {name: "hide", description: "Comma-separated controls to hide (their values still come from the URL); `all` hides every control."},
  {name: "lock", description: "Comma-separated controls to show disabled, so students see but cannot change them; `all` locks every control."},
  {name: "embed", description: "`1`: the page shows its lab alone, for an iframe in a course page, and posts its height to the parent (docs/teaching.md)."},
  {name: "present", description: "`1`: presenter mode, the lab alone and sized for a projector; Space pauses or resumes training, → steps, R resets the controls, Esc leaves."}
];
