/**
 * Which functions of the engine's builder the architecture page shows, and what each corresponds to in the
 * TensorFlow ResNet-50 of the Chinese explainer (see References) (its `ResNet50` class, `_block` and `_bottleneck`, after the Caffe
 * model). The page reads the files themselves as text; these entries only name the functions to cut out and
 * the lines to mark (see ./sourceExcerpt.ts). A unit test checks every name and mark against the files.
 */

/** One function to show. */
export interface BuilderExcerpt {
  /** Path of the file under src/. */
  file: "engine/model/convNet.ts" | "engine/model/convUnit.ts" | "engine/model/shortcut.ts";
  /** Top-level function to cut out. */
  name: string;
  /** The part of the Chinese explainer's TensorFlow code it corresponds to. */
  counterpart: string;
  /** What it does, in one sentence. */
  role: string;
  /** Lines to mark: the ones that make the correspondence. */
  marks: readonly RegExp[];
}

/** The source files the excerpts come from, in the order shown. */
export const BUILDER_FILES = ["engine/model/convNet.ts", "engine/model/convUnit.ts", "engine/model/shortcut.ts"] as const;

/** The builder, top down: network, stage, unit, its three convolutions, its shortcut. */
export const BUILDER_EXCERPTS: readonly BuilderExcerpt[] = [
  {
    file: "engine/model/convNet.ts",
    name: "buildConvNet",
    counterpart: "the ResNet50 class's constructor",
    role: "stem (7×7 convolution, BatchNorm, ReLU, 3×3 max pooling), the stages, then global average pooling and the 1000-way fully connected layer",
    marks: [/createStem\(|createStages\(|createHead\(/]
  },
  {
    file: "engine/model/convNet.ts",
    name: "createStages",
    counterpart: "_block",
    role: "one stage after another: n units of the stage's width; only the first unit of a stage carries its stride",
    marks: [/const stride = /, /createConvUnit\(/]
  },
  {
    file: "engine/model/convUnit.ts",
    name: "unitLayout",
    counterpart: "the three convolutions of _bottleneck",
    role: "a bottleneck's 1×1 down to a quarter of the width, 3×3, 1×1 back up; the stride on the first 1×1, as in the Chinese explainer's TensorFlow code and the original Caffe model",
    marks: [/BOTTLENECK_EXPANSION/, /kernel: 1, outChannels: hidden/, /kernel: 3, outChannels: hidden/, /kernel: 1, outChannels: width, stride: 1/]
  },
  {
    file: "engine/model/convUnit.ts",
    name: "createConvUnit",
    counterpart: "_bottleneck",
    role: "convolution → BatchNorm → ReLU for each layer of the branch (no ReLU after the last), then ReLU(shortcut + branch)",
    marks: [/h = norm\(i, applyConv\(conv, h\), ctx, i < convs\.length - 1\)/, /tf\.add\(residual, shortcut\.apply/, /tf\.relu\(sum\)/]
  },
  {
    file: "engine/model/shortcut.ts",
    name: "createShortcut",
    counterpart: "the shortcut of _bottleneck: x itself, or a projection where the channels change",
    role: "option B (ResNet-50's): identity where shapes match, a projection where they change",
    marks: [/isShapeChange/, /projectionShortcut\(/]
  },
  {
    file: "engine/model/shortcut.ts",
    name: "projectionShortcut",
    counterpart: "the projection shortcut (its conv_4 and bn_4)",
    role: "a 1×1 convolution with the unit's stride, followed by BatchNorm",
    marks: [/createConv\(factory, `\$\{name\}\.conv`, \{kernel: 1/, /createBatchNorm\(/]
  }
];
