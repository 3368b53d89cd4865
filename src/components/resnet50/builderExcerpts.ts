/**
 * Which functions of the engine's builder the architecture page shows, and what each corresponds to in the
 * TensorFlow ResNet-50 of the Chinese explainer (see References) (its `ResNet50` class, `_block` and `_bottleneck`, after the Caffe
 * model). The page reads the files themselves as text; these entries only name the functions to cut out and
 * the lines to mark (see ./sourceExcerpt.ts); what each is, in words, is in ./text.ts under its name. A unit test checks
 * every name and mark against the files.
 */
import type {BUILDER_SOURCE_TEXT} from "./text.js";

/** The functions shown, each with its words in ./text.ts. */
export type ExcerptName = keyof (typeof BUILDER_SOURCE_TEXT)["en"]["excerpts"];

/** One function to show. */
export interface BuilderExcerpt {
  /** Path of the file under src/. */
  file: "engine/model/convNet.ts" | "engine/model/convUnit.ts" | "engine/model/shortcut.ts";
  /** Top-level function to cut out. */
  name: ExcerptName;
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
    marks: [/createStem\(|createStages\(|createHead\(/]
  },
  {
    file: "engine/model/convNet.ts",
    name: "createStages",
    marks: [/const stride = /, /createConvUnit\(/]
  },
  {
    file: "engine/model/convUnit.ts",
    name: "unitLayout",
    marks: [/BOTTLENECK_EXPANSION/, /kernel: 1, outChannels: hidden/, /kernel: 3, outChannels: hidden/, /kernel: 1, outChannels: width, stride: 1/]
  },
  {
    file: "engine/model/convUnit.ts",
    name: "createConvUnit",
    marks: [/h = norm\(i, applyConv\(conv, h\), ctx, i < convs\.length - 1\)/, /tf\.add\(residual, shortcut\.apply/, /tf\.relu\(sum\)/]
  },
  {
    file: "engine/model/shortcut.ts",
    name: "createShortcut",
    marks: [/isShapeChange/, /projectionShortcut\(/]
  },
  {
    file: "engine/model/shortcut.ts",
    name: "projectionShortcut",
    marks: [/createConv\(factory, `\$\{name\}\.conv`, \{kernel: 1/, /createBatchNorm\(/]
  }
];
