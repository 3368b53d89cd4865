/**
 * Every reader-visible string of "ResNet-50, built in your browser" (the build button, its status line, the result
 * table and its export) and of the builder's code listings, in both languages. Numbers arrive already formatted. In the
 * table's cells and the listings' words, a `backquoted` part is code (./codeText.ts).
 */
import type {Localized} from "../../i18n/locale.js";

/** The training backends as a Chinese page names them (the worker reports "webgl", "wasm" or "cpu"). */
const ZH_BACKENDS: Record<string, string> = {webgl: "WebGL", wasm: "WebAssembly", cpu: "CPU"};
const zhBackend = (backend: string) => ZH_BACKENDS[backend] ?? backend;

/**
 * The build button, its status line, the comparison table's rows and headers, and the export's title, names and CSV
 * header (English keeps the column keys "quantity", "value" and "comparison", which the English tests read).
 */
export const RESNET50_BUILD_TEXT: Localized<{
  build: (name: string) => string;
  buildAgain: (name: string) => string;
  idle: (weights: string, size: string) => string;
  building: (name: string) => string;
  built: (name: string, params: string, ms: string) => string;
  failed: (message: string) => string;
  caption: (name: string, backend: string, date: string) => string;
  title: (name: string) => string;
  filename: (name: string) => string;
  megabytes: (value: string) => string;
  milliseconds: (value: string) => string;
  /** The table's column headers (the first, over the quantities, is empty). */
  headers: {value: string; check: string};
  /** The CSV's header: each column's name, by the rows' key. */
  csv: {quantity: string; value: string; comparison: string};
  paramsBuilt: string;
  measured: string;
  paramsArithmetic: string;
  paramsPublished: (source: string) => string;
  equal: string;
  differs: (by: string) => string;
  buildTime: string;
  buildNote: (backend: string) => string;
  zeroTime: string;
  zeroNote: string;
  memory: string;
  tensorsNote: (tensors: string) => string;
  tensors: string;
  clean: string;
  leaked: string;
}> = {
  en: {
    build: (name) => `Build ${name} in this browser`,
    buildAgain: (name) => `Build ${name} again`,
    idle: (weights, size) => `Nothing is built until you press the button. Building draws ${weights} weights (about ${size}).`,
    building: (name) => `Building ${name} in the training worker…`,
    built: (name, params, ms) => `Built ${name}: ${params} parameters in ${ms} ms; disposed.`,
    failed: (message) => `Building failed: ${message}`,
    caption: (name, backend, date) => `${name} (He-normal weights from seed 1), built by the engine's buildModel in a Web Worker on the ${backend} backend, then disposed. Measured ${date}.`,
    title: (name) => `${name}, built in your browser`,
    filename: (name) => `${name}-built-in-browser`,
    megabytes: (value) => `${value} MB`,
    milliseconds: (value) => `${value} ms`,
    headers: {value: "value", check: "check"},
    csv: {quantity: "quantity", value: "value", comparison: "comparison"},
    paramsBuilt: "parameters, built by TF.js in this browser",
    measured: "measured: model.countParams()",
    paramsArithmetic: "parameters, architecture arithmetic",
    paramsPublished: (source) => `parameters, ${source}`,
    equal: "equal",
    differs: (by) => `differs by ${by}`,
    buildTime: "build time",
    buildNote: (backend) => `backend ${backend}; weights drawn from the seed (He normal)`,
    zeroTime: "build time, zero weights",
    zeroNote: "the same net, only allocated: the rest is drawing random numbers",
    memory: "weights in memory",
    tensorsNote: (tensors) => `${tensors} tensors (BatchNorm running statistics included)`,
    tensors: "worker tensors before → after dispose",
    clean: "back at its start: nothing leaked",
    leaked: "NOT back at its start"
  },
  zh: {
    build: (name) => `在此浏览器中构建 ${name}`,
    buildAgain: (name) => `再构建一次 ${name}`,
    idle: (weights, size) => `按下按钮之前不会构建任何东西。构建时要随机生成 ${weights} 个权重（约 ${size}）。`,
    building: (name) => `正在后台训练线程中构建 ${name}…`,
    built: (name, params, ms) => `已构建 ${name}：${params} 个参数，用时 ${ms} ms；已释放。`,
    failed: (message) => `构建失败：${message}`,
    caption: (name, backend, date) => `${name}（He 正态初始化权重，种子 1），由本站引擎的模型构建函数在后台线程中以 ${zhBackend(backend)} 后端构建，随后释放。测量日期 ${date}。`,
    title: (name) => `在你的浏览器中构建的 ${name}`,
    filename: (name) => `${name}-浏览器内构建`,
    megabytes: (value) => `${value} MB`,
    milliseconds: (value) => `${value} ms`,
    headers: {value: "数值", check: "核对"},
    csv: {quantity: "项目", value: "数值", comparison: "核对"},
    paramsBuilt: "参数量：在此浏览器中由 TensorFlow（JavaScript 版）构建",
    measured: "实测：`model.countParams()`",
    paramsArithmetic: "参数量：按网络结构推算",
    paramsPublished: (source) => `参数量：${source}`,
    equal: "相等",
    differs: (by) => `相差 ${by}`,
    buildTime: "构建用时",
    buildNote: (backend) => `${zhBackend(backend)} 后端；权重由种子随机生成（He 正态初始化）`,
    zeroTime: "构建用时（全零权重）",
    zeroNote: "同一个网络，只分配不初始化：其余的时间都花在生成随机数上",
    memory: "权重占用的内存",
    tensorsNote: (tensors) => `${tensors} 个张量（含 BatchNorm 的滑动统计量）`,
    tensors: "训练线程中的张量数：释放前 → 释放后",
    clean: "回到了初始值：没有泄漏",
    leaked: "没有回到初始值"
  }
};

/** What each excerpt of the builder is: its counterpart in the Chinese explainer's TensorFlow code and its role. */
interface ExcerptWords {
  counterpart: string;
  role: string;
}

/** The builder's code listings: where each excerpt sits, the whole files, and the words of each excerpt by function name. */
export const BUILDER_SOURCE_TEXT: Localized<{
  where: (file: string, first: number, last: number) => string;
  listingLabel: (name: string, where: string) => string;
  roleSentence: (role: string) => string;
  wholeFile: (file: string, lines: number) => string;
  excerpts: Record<"buildConvNet" | "createStages" | "unitLayout" | "createConvUnit" | "createShortcut" | "projectionShortcut", ExcerptWords>;
}> = {
  en: {
    where: (file, first, last) => `src/${file}, lines ${first}–${last}`,
    listingLabel: (name, where) => `${name}, ${where}`,
    roleSentence: (role) => `${role}. `,
    wholeFile: (file, lines) => `The whole file: src/${file} (${lines} lines)`,
    excerpts: {
      buildConvNet: {
        counterpart: "the ResNet50 class's constructor",
        role: "stem (7×7 convolution, BatchNorm, ReLU, 3×3 max pooling), the stages, then global average pooling and the 1000-way fully connected layer"
      },
      createStages: {
        counterpart: "_block",
        role: "one stage after another: n units of the stage's width; only the first unit of a stage carries its stride"
      },
      unitLayout: {
        counterpart: "the three convolutions of _bottleneck",
        role: "a bottleneck's 1×1 down to a quarter of the width, 3×3, 1×1 back up; the stride on the first 1×1, as in the Chinese explainer's TensorFlow code and the original Caffe model"
      },
      createConvUnit: {
        counterpart: "_bottleneck",
        role: "convolution → BatchNorm → ReLU for each layer of the branch (no ReLU after the last), then ReLU(shortcut + branch)"
      },
      createShortcut: {
        counterpart: "the shortcut of _bottleneck: x itself, or a projection where the channels change",
        role: "option B (ResNet-50's): identity where shapes match, a projection where they change"
      },
      projectionShortcut: {
        counterpart: "the projection shortcut (its conv_4 and bn_4)",
        role: "a 1×1 convolution with the unit's stride, followed by BatchNorm"
      }
    }
  },
  zh: {
    where: (file, first, last) => `\`src/${file}\`，第 ${first}–${last} 行`,
    listingLabel: (name, where) => `${name}，${where}`,
    roleSentence: (role) => `${role}。`,
    wholeFile: (file, lines) => `完整文件：\`src/${file}\`（${lines} 行）`,
    excerpts: {
      buildConvNet: {
        counterpart: "`ResNet50` 类的构造函数",
        role: "先是网络的起始部分（7×7 卷积、BatchNorm、ReLU、3×3 最大池化），然后是各个阶段，最后是全局平均池化和 1000 路的全连接层"
      },
      createStages: {
        counterpart: "`_block`",
        role: "逐个搭建阶段：每个阶段放 n 个与该阶段同宽的单元，只有阶段的第一个单元带步幅"
      },
      unitLayout: {
        counterpart: "`_bottleneck` 里的三个卷积",
        role: "瓶颈结构：先用 1×1 卷积把宽度压到四分之一，再做 3×3，最后用 1×1 恢复宽度；步幅放在第一个 1×1 上，与那篇中文讲解的 TensorFlow 代码以及作者最初发布的模型相同"
      },
      createConvUnit: {
        counterpart: "`_bottleneck`",
        role: "分支的每一层依次是卷积 → BatchNorm → ReLU（最后一层后面没有 ReLU），然后是 ReLU(短路连接 + 分支)"
      },
      createShortcut: {
        counterpart: "`_bottleneck` 的短路连接：`x` 本身，或在通道数变化处用投影",
        role: "选项 B（ResNet-50 采用的）：形状相同处用恒等映射，形状变化处用投影"
      },
      projectionShortcut: {
        counterpart: "投影短路连接（即其中的 `conv_4` 和 `bn_4`）",
        role: "一个步幅与所在单元相同的 1×1 卷积，后接 BatchNorm"
      }
    }
  }
};
