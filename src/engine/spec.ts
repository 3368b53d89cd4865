/**
 * Model specifications as plain data: one type for every network the site talks about, from the tiny nets
 * that train live in the browser to the ImageNet ResNets whose parameters and FLOPs the architecture page
 * computes. The TF.js builder, the architecture arithmetic and the diagrams all read these specs; none of
 * them invents its own description of a network.
 *
 * Tensor layout everywhere: [batch, height, width, channels].
 */

/**
 * The residual function F of one unit.
 * - `basic`: two 3×3 convolutions (ResNet-18/34 and the CIFAR nets; paper Fig. 5 left).
 * - `bottleneck`: 1×1 (reduce to width/4), 3×3, 1×1 (restore to width) (ResNet-50/101/152; Fig. 5 right).
 * - `single`: one 3×3 convolution, never residual (VGG's layers).
 */
export type UnitKind = "basic" | "bottleneck" | "single";

/**
 * How a shortcut crosses a change of shape (He et al. 2015, §3.3 and Table 3).
 * - `A`: identity; where the map halves, subsample with stride 2 and zero-pad the new channels (no parameters).
 * - `B`: 1×1 projection (with BatchNorm) only where the shape changes; identity elsewhere.
 * - `C`: 1×1 projection on every shortcut.
 */
export type ShortcutOption = "A" | "B" | "C";

/** One stage: a run of units at one spatial size and width. */
export interface StageSpec {
  /** Number of units in the stage. */
  units: number;
  /** Output channels of every unit in the stage (for bottleneck units, 4× the hidden width). */
  width: number;
  /** Spatial stride of the stage's first unit: 2 halves the feature map, 1 keeps it. */
  stride: 1 | 2;
}

/** The layers before the first stage. */
export interface StemSpec {
  /** Square kernel size of the stem convolution (7 on ImageNet, 3 on CIFAR). */
  kernel: number;
  /** Stride of the stem convolution. */
  stride: number;
  /** Output channels of the stem convolution. */
  width: number;
  /** Max pooling after the stem (ImageNet: 3×3, stride 2), or null. */
  maxPool: {size: number; stride: number} | null;
}

/** A convolutional network: the CIFAR family (6n+2), the ImageNet family, plain twins and VGG-19. */
export interface ConvNetSpec {
  family: "conv";
  /** Display name, e.g. "ResNet-20" or "plain-56". */
  name: string;
  /** Input image size. */
  input: {height: number; width: number; channels: number};
  /** Number of output classes (size of the softmax layer). */
  classes: number;
  /** Stem, or null when the first stage reads the image directly (VGG). */
  stem: StemSpec | null;
  stages: StageSpec[];
  unit: UnitKind;
  /** True: every unit adds its shortcut (y = F(x) + shortcut(x)); false: the plain twin (y = F(x)). */
  isResidual: boolean;
  /**
   * False: the original unit (conv → BN → ReLU → conv → BN, add, then ReLU).
   * True: the pre-activation unit of He et al. 2016 (BN → ReLU → conv → BN → ReLU → conv, add; nothing after).
   */
  preActivation: boolean;
  shortcut: ShortcutOption;
  /** BatchNorm after every convolution (convolutions then have no bias); false: convolutions with bias. */
  batchNorm: boolean;
  /**
   * Where a bottleneck unit puts its stride 2: on the first 1×1 convolution (the original network and the
   * Caffe/TensorFlow code) or on the 3×3 (torchvision's later "v1.5"). Ignored by other unit kinds.
   */
  bottleneckStride: "1x1" | "3x3";
  /**
   * How a stage halves the map: `stride` (ResNet: a stride-2 convolution at the start of the stage) or
   * `maxpool` (VGG: 2×2 max pooling, stride 2, after the stage).
   */
  downsample: "stride" | "maxpool";
  /** Head: global average pooling then one fully connected layer (ResNet), or flatten (VGG). */
  pool: "gap" | "flatten";
  /** Widths of the hidden fully connected layers before the classifier (VGG-19: [4096, 4096]; ResNet: []). */
  hiddenFc: number[];
}

/** A multilayer perceptron for 2-D toy data: input projection, `units` units of two dense layers, classifier. */
export interface MlpSpec {
  family: "mlp";
  name: string;
  /** Input features (2 for the toy data sets). */
  inputDim: number;
  classes: number;
  /** Width of every hidden layer. */
  width: number;
  /** Number of units (each two dense layers, with a shortcut when residual). */
  units: number;
  isResidual: boolean;
  preActivation: boolean;
  batchNorm: boolean;
}

/** Any network the engine can build or the arithmetic can count. */
export type ModelSpec = ConvNetSpec | MlpSpec;

/** The hidden width of a bottleneck is a quarter of its output width (He et al. 2015, §4.1, "Deeper Bottleneck"). */
export const BOTTLENECK_EXPANSION = 4;

/** Options shared by the spec factories. */
export interface SpecOptions {
  isResidual?: boolean;
  preActivation?: boolean;
  shortcut?: ShortcutOption;
  batchNorm?: boolean;
}

/** Options of the CIFAR-style family. */
export interface CifarOptions extends SpecOptions {
  /** Units per stage; depth = 6n + 2. */
  n: number;
  /** Widths of the three stages (paper: 16, 32, 64; the live demos use smaller ones). */
  widths?: [number, number, number];
  input?: {height: number; width: number; channels: number};
  classes?: number;
}

/** Depth (weighted layers) of a CIFAR-style net with n units per stage: 6n + 2 (He et al. 2015, §4.2). */
export function cifarDepth(n: number): number {
  return 6 * n + 2;
}

/** Units per stage of a CIFAR-style net of the given depth, or throws when depth is not of the form 6n + 2. */
export function cifarUnitsFor(depth: number): number {
  const n = (depth - 2) / 6;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`CIFAR-style depth must be 6n+2 with n ≥ 1, got ${depth}`);
  return n;
}

function netName(isResidual: boolean, depth: number): string {
  return `${isResidual ? "ResNet" : "plain"}-${depth}`;
}

/**
 * The CIFAR-10 family of He et al. 2015, §4.2: a 3×3 stem, three stages of n basic units with widths
 * doubling and maps halving (stride 2 at the start of stages 2 and 3), global average pooling, softmax.
 * Defaults are the paper's (32×32×3 input, widths 16/32/64, option A shortcuts).
 */
export function cifarSpec({
  n,
  widths = [16, 32, 64],
  input = {height: 32, width: 32, channels: 3},
  classes = 10,
  isResidual = true,
  preActivation = false,
  shortcut = "A",
  batchNorm = true
}: CifarOptions): ConvNetSpec {
  return {
    family: "conv",
    name: netName(isResidual, cifarDepth(n)),
    input,
    classes,
    stem: {kernel: 3, stride: 1, width: widths[0], maxPool: null},
    stages: widths.map((width, i) => ({units: n, width, stride: i === 0 ? 1 : 2})),
    unit: "basic",
    isResidual,
    preActivation,
    shortcut,
    batchNorm,
    bottleneckStride: "1x1",
    downsample: "stride",
    pool: "gap",
    hiddenFc: []
  };
}

/** The MNIST subset's images as the conv family reads them: 14×14, one channel (src/engine/data/mnist.ts). */
export const MNIST_INPUT = {height: 14, width: 14, channels: 1} as const;

/** Options of {@link mnistConvSpec}. */
export interface MnistConvOptions extends SpecOptions {
  /** Weighted layers, 6n + 2. */
  depth: number;
  /** Width of the first stage; the next two have 2× and 4× (default 8: widths 8/16/32). */
  width?: number;
}

/**
 * The CIFAR-style conv family (He et al. 2015, §4.2) sized for the MNIST 14×14 subset: 6n + 2 layers, three stages
 * of widths w, 2w, 4w, ten classes. The one definition behind the Lab page, the shortcut lab and the presets.
 */
export function mnistConvSpec({depth, width = 8, ...options}: MnistConvOptions): ConvNetSpec {
  const n = (depth - 2) / 6;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a conv depth must be 6n + 2 with n ≥ 1, got ${depth}`);
  return cifarSpec({n, widths: [width, 2 * width, 4 * width], input: {...MNIST_INPUT}, classes: 10, ...options});
}

/** The depths of He et al. 2015, Table 1, with their units per stage and unit kind. */
export const IMAGENET_DEPTHS = {
  18: {units: [2, 2, 2, 2], unit: "basic"},
  34: {units: [3, 4, 6, 3], unit: "basic"},
  50: {units: [3, 4, 6, 3], unit: "bottleneck"},
  101: {units: [3, 4, 23, 3], unit: "bottleneck"},
  152: {units: [3, 8, 36, 3], unit: "bottleneck"}
} as const satisfies Record<number, {units: readonly number[]; unit: UnitKind}>;

/** A depth listed in Table 1. */
export type ImagenetDepth = keyof typeof IMAGENET_DEPTHS;

/** Options of the ImageNet family. */
export interface ImagenetOptions extends SpecOptions {
  depth: ImagenetDepth;
  bottleneckStride?: "1x1" | "3x3";
  classes?: number;
}

/**
 * The ImageNet family of He et al. 2015, Table 1: a 7×7/2 stem with 3×3/2 max pooling, four stages
 * (conv2_x … conv5_x) at 56, 28, 14, 7, global average pooling and a 1000-way fully connected layer.
 * Basic units have widths 64…512; bottleneck units output 256…2048. Default shortcut: option B.
 */
export function imagenetSpec({
  depth,
  isResidual = true,
  preActivation = false,
  shortcut = "B",
  batchNorm = true,
  bottleneckStride = "1x1",
  classes = 1000
}: ImagenetOptions): ConvNetSpec {
  const {units, unit} = IMAGENET_DEPTHS[depth];
  const expansion = unit === "bottleneck" ? BOTTLENECK_EXPANSION : 1;
  return {
    family: "conv",
    name: netName(isResidual, depth),
    input: {height: 224, width: 224, channels: 3},
    classes,
    stem: {kernel: 7, stride: 2, width: 64, maxPool: {size: 3, stride: 2}},
    stages: units.map((count, i) => ({units: count, width: 64 * 2 ** i * expansion, stride: i === 0 ? 1 : 2})),
    unit,
    isResidual,
    preActivation,
    shortcut,
    batchNorm,
    bottleneckStride,
    downsample: "stride",
    pool: "gap",
    hiddenFc: []
  };
}

/**
 * VGG-19 (Simonyan & Zisserman 2015, configuration E): five stages of 3×3 convolutions with bias
 * (2, 2, 4, 4, 4 layers; widths 64 … 512), each followed by 2×2 max pooling, then fully connected
 * layers 4096, 4096 and the classifier. No BatchNorm, no shortcuts.
 */
export function vgg19Spec(classes = 1000): ConvNetSpec {
  const counts = [2, 2, 4, 4, 4];
  return {
    family: "conv",
    name: "VGG-19",
    input: {height: 224, width: 224, channels: 3},
    classes,
    stem: null,
    stages: counts.map((units, i) => ({units, width: Math.min(64 * 2 ** i, 512), stride: 1})),
    unit: "single",
    isResidual: false,
    preActivation: false,
    shortcut: "A",
    batchNorm: false,
    bottleneckStride: "1x1",
    downsample: "maxpool",
    pool: "flatten",
    hiddenFc: [4096, 4096]
  };
}

/** Options of the MLP family. */
export interface MlpOptions extends Omit<SpecOptions, "shortcut"> {
  units: number;
  width?: number;
  inputDim?: number;
  classes?: number;
}

/** A residual (or plain) MLP for the 2-D toy data sets. Depth in weighted layers = 2·units + 2. */
export function mlpSpec({
  units,
  width = 16,
  inputDim = 2,
  classes = 2,
  isResidual = true,
  preActivation = false,
  batchNorm = false
}: MlpOptions): MlpSpec {
  return {
    family: "mlp",
    name: `${isResidual ? "residual" : "plain"} MLP-${2 * units + 2}`,
    inputDim,
    classes,
    width,
    units,
    isResidual,
    preActivation,
    batchNorm
  };
}

/** Weighted layers (convolutions and fully connected layers on the main path) — the "depth" of the papers. */
export function depthOf(spec: ModelSpec): number {
  if (spec.family === "mlp") return 2 * spec.units + 2;
  const perUnit = spec.unit === "basic" ? 2 : spec.unit === "bottleneck" ? 3 : 1;
  const units = spec.stages.reduce((sum, stage) => sum + stage.units, 0);
  return (spec.stem ? 1 : 0) + perUnit * units + spec.hiddenFc.length + 1;
}

/** The same spec with its shortcuts switched on or off — nothing else changes (the plain/residual twins). */
export function twinOf<S extends ModelSpec>(spec: S, isResidual: boolean): S {
  const depth = depthOf(spec);
  const name = spec.family === "mlp" ? `${isResidual ? "residual" : "plain"} MLP-${depth}` : netName(isResidual, depth);
  return {...spec, isResidual, name};
}
