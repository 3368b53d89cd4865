/**
 * Every reader-visible string of the reproduction components (the Results page's charts and tables of our reference
 * runs, the reader's own runs, the layer-response chart) and of the facts its prose quotes, in both languages.
 * English is byte for byte what the components showed before they had a second language.
 */
import type {Localized} from "../../i18n/locale.js";

/** Chinese names of the toy data sets and of the training backends, as the labs name them. */
const ZH_DATA: Record<string, string> = {circles: "同心圆", spirals: "两条螺旋", checkerboard: "棋盘", mnist: "MNIST"};
const ZH_BACKENDS: Record<string, string> = {wasm: "WebAssembly", cpu: "CPU", webgl: "WebGL", webgpu: "WebGPU", tensorflow: "TensorFlow"};

/** How the reference files' own words (ids, spec names, data sets, units, backends) read in each language. */
export const NAMES_TEXT: Localized<{
  /** A net's family: "plain" or "residual". */
  family: (isResidual: boolean) => string;
  /** A net's id or spec name: "plain MLP-20", "residual-56", "ResNet-56" (which stays). */
  net: (name: string) => string;
  /** A data set: "circles", "spirals", "mnist". */
  data: (name: string) => string;
  /** A kind of unit: "pre-activation" or "original". */
  units: (units: string) => string;
  /** A training backend: "wasm", "cpu", "webgl". */
  backend: (backend: string) => string;
  /** A point of a depth chart, on hover: "plain-56 · seed 3". */
  pointLabel: (family: string, depth: number, seed: number) => string;
}> = {
  en: {
    family: (isResidual) => (isResidual ? "residual" : "plain"),
    net: (name) => name,
    data: (name) => name,
    units: (units) => units,
    backend: (backend) => backend,
    pointLabel: (family, depth, seed) => `${family}-${depth} · seed ${seed}`
  },
  zh: {
    family: (isResidual) => (isResidual ? "残差" : "普通"),
    net: (name) => name.replace(/^plain(?=[ -])/, "普通").replace(/^residual(?=[ -])/, "残差"),
    data: (name) => ZH_DATA[name] ?? name,
    units: (units) => ({"pre-activation": "预激活", original: "原始"})[units] ?? units,
    backend: (backend) => ZH_BACKENDS[backend] ?? backend,
    pointLabel: (family, depth, seed) => `${family}-${depth} · 种子 ${seed}`
  }
};

/** DepthErrorChart: axes, hover text, the description for screen readers, the export's file and CSV columns. */
export const DEPTH_ERROR_CHART_TEXT: Localized<{
  xLabel: string;
  yLabel: string;
  tip: (net: string, seed: number | undefined, percent: string, source: string | undefined) => string;
  /** The chart's description: its title, then one clause per depth. */
  aria: (title: string, depths: string[]) => string;
  ariaDepth: (depth: number, plain: string, residual: string) => string;
  filename: string;
  csv: {layers: string; kind: string; seed: string; trainingErrorPercent: string; trainingLoss: string; source: string};
}> = {
  en: {
    xLabel: "weighted layers →",
    yLabel: "↑ final training error (%)",
    tip: (net, seed, percent, source) => `${net}, seed ${seed}: ${percent}% (${source})`,
    aria: (title, depths) => `${title}. ${depths.join("; ")}`,
    ariaDepth: (depth, plain, residual) => `${depth} layers: plain ${plain}%, residual ${residual}%`,
    filename: "training-error-vs-depth",
    csv: {layers: "layers", kind: "kind", seed: "seed", trainingErrorPercent: "training_error_percent", trainingLoss: "training_loss", source: "source"}
  },
  zh: {
    xLabel: "带权重的层数 →",
    yLabel: "↑ 最终训练误差（%）",
    tip: (net, seed, percent, source) => `${net}，种子 ${seed}：${percent}%（${source}）`,
    aria: (title, depths) => `${title}。${depths.join("；")}`,
    ariaDepth: (depth, plain, residual) => `${depth} 层：普通 ${plain}%，残差 ${residual}%`,
    filename: "训练误差与深度",
    csv: {layers: "层数", kind: "网络", seed: "种子", trainingErrorPercent: "训练误差（%）", trainingLoss: "训练损失", source: "来源"}
  }
};

/** PaperComparison: the two-row header, the export's title, file and CSV columns. */
export const PAPER_COMPARISON_TEXT: Localized<{
  layers: string;
  paperGroup: (citation: string) => string;
  oursGroup: string;
  columns: [paperParams: string, paperError: string, ourParams: string, plainError: string, residualError: string];
  title: string;
  filename: string;
  csv: {layers: string; paperParams: string; paperError: string; ourParams: string; plainError: string; residualError: string};
}> = {
  en: {
    layers: "layers",
    paperGroup: (citation) => `ResNet on CIFAR-10 (${citation})`,
    oursGroup: "our MLPs on circles (reference runs)",
    columns: ["parameters", "test error", "parameters", "plain: training error", "residual: training error"],
    title: "The paper's CIFAR-10 ResNets beside our tiny nets",
    filename: "paper-vs-reference-runs",
    csv: {
      layers: "layers",
      paperParams: "paper_parameters",
      paperError: "paper_test_error_percent",
      ourParams: "our_parameters",
      plainError: "our_plain_training_error",
      residualError: "our_residual_training_error"
    }
  },
  zh: {
    layers: "层数",
    paperGroup: (citation) => `CIFAR-10 上的 ResNet（${citation}）`,
    oursGroup: "我们在同心圆上的 MLP（参考运行）",
    columns: ["参数量", "测试误差", "参数量", "普通：训练误差", "残差：训练误差"],
    title: "论文的 CIFAR-10 ResNet 与我们的小网络并列",
    filename: "论文与参考运行对照",
    csv: {
      layers: "层数",
      paperParams: "论文参数量",
      paperError: "论文测试误差（%）",
      ourParams: "我们的参数量",
      plainError: "我们的普通网络训练误差",
      residualError: "我们的残差网络训练误差"
    }
  }
};

/** ReproductionTable: the headers, a setting's label, the verdict line under it, the export's title, file and CSV columns. */
export const REPRODUCTION_TABLE_TEXT: Localized<{
  headers: [network: string, params: string, loss: string, range: string, trainError: string, testError: string];
  /** What a setting is, in a few words (data set and units already in this language). */
  setting: (s: {data: string; units: string; steps: number; batchSize: number; lr: number; seeds: number}) => string;
  verdict: (holds: number, of: number) => string;
  /** "9 of 10" seeds, in the CSV. */
  reproduced: (holds: number, of: number) => string;
  title: string;
  filename: string;
  csv: {
    setting: string;
    network: string;
    layers: string;
    parameters: string;
    seeds: string;
    lossMean: string;
    lossMin: string;
    lossMax: string;
    trainErrorMean: string;
    testErrorMean: string;
    reproduced: string;
    command: string;
  };
}> = {
  en: {
    headers: ["network", "parameters", "training loss, mean", "range over seeds", "training error, mean", "test error, mean"],
    setting: ({data, units, steps, batchSize, lr, seeds}) => `${data}, ${units} units, ${steps} steps of ${batchSize}, lr ${lr} — ${seeds} seed${seeds === 1 ? "" : "s"}`,
    verdict: (holds, of) => `Deep plain net clearly worse, deep residual net not: ${holds} of ${of} seeds. `,
    reproduced: (holds, of) => `${holds} of ${of}`,
    title: "Our reference runs: final training loss and error, plain vs residual",
    filename: "reference-runs-summary",
    csv: {
      setting: "setting",
      network: "network",
      layers: "layers",
      parameters: "parameters",
      seeds: "seeds",
      lossMean: "training_loss_mean",
      lossMin: "training_loss_min",
      lossMax: "training_loss_max",
      trainErrorMean: "training_error_mean",
      testErrorMean: "test_error_mean",
      reproduced: "degradation_reproduced",
      command: "command"
    }
  },
  zh: {
    headers: ["网络", "参数量", "训练损失（均值）", "各种子间的范围", "训练误差（均值）", "测试误差（均值）"],
    setting: ({data, units, steps, batchSize, lr, seeds}) => `${data}，${units}单元，${steps} 步，批大小 ${batchSize}，学习率 ${lr} — ${seeds} 个种子`,
    verdict: (holds, of) => `深的普通网络明显更差、深的残差网络没有：${of} 个种子中有 ${holds} 个如此。`,
    reproduced: (holds, of) => `${of} 个中有 ${holds} 个`,
    title: "我们的参考运行：最终训练损失与误差，普通网络对比残差网络",
    filename: "参考运行汇总",
    csv: {
      setting: "设置",
      network: "网络",
      layers: "层数",
      parameters: "参数量",
      seeds: "种子",
      lossMean: "训练损失均值",
      lossMin: "训练损失最小值",
      lossMax: "训练损失最大值",
      trainErrorMean: "训练误差均值",
      testErrorMean: "测试误差均值",
      reproduced: "重现退化的种子",
      command: "命令"
    }
  }
};

/** ResponsesChart: the two panels, their axes, descriptions and CSV columns, and the sentence under the chart. */
export const RESPONSES_TEXT: Localized<{
  /** Panel names (also the CSV's "panel" values). */
  panels: {byLayer: string; ranked: string};
  xLabels: {byLayer: string; ranked: string};
  yLabel: string;
  /** A panel's description: its name, then each net's mean. */
  aria: (panel: string, nets: Array<{net: string; mean: string}>) => string;
  csv: {net: string; panel: string; layer: string; std: string};
  /** One depth's pair of means in the sentence. */
  pair: (plain: string, residual: string, depth: number) => string;
  smallerEverywhere: string;
  smallerNowhere: string;
  smallerAt: (at: number[], notAt: number[]) => string;
  deeperSmaller: string;
  deeperNotSmaller: string;
  /** The whole sentence, from its parts. */
  sentence: (s: {seeds: number; pairs: string[]; smaller: string; deeper: string}) => string;
}> = {
  en: {
    panels: {byLayer: "layer order", ranked: "ranked by size"},
    xLabels: {byLayer: "layer (in the network's order)", ranked: "layer (ranked by its std)"},
    yLabel: "std of the response",
    aria: (panel, nets) => `${panel}: ${nets.map(({net, mean}) => `${net} mean ${mean}`).join(", ")}`,
    csv: {net: "net", panel: "panel", layer: "layer", std: "std"},
    pair: (plain, residual, depth) => `${plain} for plain-${depth} against ${residual} for ResNet-${depth}`,
    smallerEverywhere: "The residual nets' responses are smaller than their plain twins' at every depth",
    smallerNowhere: "At this short budget the residual nets' responses are not clearly smaller than their plain twins' (by at least 5%)",
    smallerAt: (at, notAt) => `The residual net's responses are smaller than its plain twin's at ${at.join(" and ")} layers, though not clearly (by 5% or more) at ${notAt.join(" and ")}`,
    deeperSmaller: "and the deeper residual net's are smaller than the shallower one's — both as in the paper.",
    deeperNotSmaller: "but the deeper residual net's are not smaller than the shallower one's, unlike the paper's.",
    sentence: ({seeds, pairs, smaller, deeper}) => `Averaged over every layer and ${seeds} seeds, the std of a response is ${pairs.join(", and ")}. ${smaller}, ${deeper}`
  },
  zh: {
    panels: {byLayer: "按层的顺序", ranked: "按大小排序"},
    xLabels: {byLayer: "层（按在网络中的顺序）", ranked: "层（按标准差从大到小）"},
    yLabel: "响应的标准差",
    aria: (panel, nets) => `${panel}：${nets.map(({net, mean}) => `${net} 均值 ${mean}`).join("，")}`,
    csv: {net: "网络", panel: "面板", layer: "层", std: "标准差"},
    pair: (plain, residual, depth) => `普通-${depth} 为 ${plain}，ResNet-${depth} 为 ${residual}`,
    smallerEverywhere: "在每个深度上，残差网络的响应都比它的普通孪生网络小",
    smallerNowhere: "在这么短的训练里，残差网络的响应并没有比它的普通孪生网络明显地小（至少小 5%）",
    smallerAt: (at, notAt) => `在 ${at.join(" 层和 ")} 层，残差网络的响应比它的普通孪生网络小，在 ${notAt.join(" 层和 ")} 层则不明显（差距不到 5%）`,
    deeperSmaller: "而且较深的残差网络的响应比较浅的小——两点都和论文一致。",
    deeperNotSmaller: "但较深的残差网络的响应并不比较浅的小，这一点和论文不同。",
    sentence: ({seeds, pairs, smaller, deeper}) => `对所有层和 ${seeds} 个种子取平均，响应的标准差：${pairs.join("；")}。${smaller}，${deeper}`
  }
};

/** YourRuns: the line shown before any run, the chart's title, caption and file name. */
export const YOUR_RUNS_TEXT: Localized<{
  emptyPersistent: string;
  emptySession: string;
  empty: (what: string) => string;
  title: (data: string, steps: number) => string;
  caption: (count: number, others: number) => string;
  filename: string;
}> = {
  en: {
    emptyPersistent: "No runs of yours in this browser yet",
    emptySession: "No runs of yours on this page yet",
    empty: (what) => `${what}: every run you finish in the degradation lab is added here.`,
    title: (data, steps) => `Your runs: final training error vs depth (${data}, ${steps} steps)`,
    caption: (count, others) =>
      `${count} run${count === 1 ? "" : "s"} of yours from the degradation lab, kept in this browser, beside the reference runs with the same data and steps.` +
      (others ? ` ${others} more with other data or step counts are not shown.` : ""),
    filename: "your-runs-error-vs-depth"
  },
  zh: {
    emptyPersistent: "这个浏览器里还没有你的运行",
    emptySession: "这个页面上还没有你的运行",
    empty: (what) => `${what}：你在退化问题实验里每完成一次运行，都会加到这里。`,
    title: (data, steps) => `你的运行：最终训练误差与深度（${data}，${steps} 步）`,
    caption: (count, others) =>
      `你在退化问题实验里的 ${count} 次运行（保存在这个浏览器中），旁边是数据和步数相同的参考运行。` +
      (others ? `另有 ${others} 次用了其他数据或步数的运行没有画出。` : ""),
    filename: "你的运行-误差与深度"
  }
};

/** The facts the Results page's prose quotes: ranges, spans, the warm-up, and why a seed missed. */
export const FACTS_TEXT: Localized<{
  /** Two values the others lie between: "2.1% and 3.4%". */
  between: (low: string, high: string) => string;
  /** A span: "0.27M to 1.7M". */
  span: (from: string, to: string) => string;
  warmup: (steps: number, lr: number) => string;
  noWarmup: string;
  /** Items of a list in a sentence: "1, 8". */
  list: (items: Array<string | number>) => string;
  misses: (s: {seeds: string; deepDepth: number; shallowDepth: number; deepLosses: string; shallowLosses: string}) => string;
}> = {
  en: {
    between: (low, high) => `${low} and ${high}`,
    span: (from, to) => `${from} to ${to}`,
    warmup: (steps, lr) => `${steps} steps at lr ${lr}`,
    noWarmup: "none",
    list: (items) => items.join(", "),
    misses: ({seeds, deepDepth, shallowDepth, deepLosses, shallowLosses}) =>
      `Where it did not (seed ${seeds}), the ${deepDepth}-layer residual net itself ended at a loss of ` +
      `${deepLosses}, above plain-${shallowDepth}'s ` +
      `${shallowLosses} by more than the margin.`
  },
  zh: {
    between: (low, high) => `${low} 和 ${high}`,
    span: (from, to) => `${from} 到 ${to}`,
    warmup: (steps, lr) => `以学习率 ${lr} 预热 ${steps} 步`,
    noWarmup: "不预热",
    list: (items) => items.join("、"),
    misses: ({seeds, deepDepth, shallowDepth, deepLosses, shallowLosses}) =>
      `在没有重现的种子（种子 ${seeds}）上，问题出在 ${deepDepth} 层的残差网络自己：它最终的损失为 ${deepLosses}，` +
      `比普通-${shallowDepth} 的 ${shallowLosses} 高出的幅度超过了判定余量。`
  }
};
