/**
 * Every reader-visible string the session modules make, in both languages: the verdict sentences (./verdictText.ts,
 * each quoting the verdict's own numbers, formatted by the caller), the backend notes (./backendText.ts), the time and
 * memory estimates (./estimate.ts), the provenance line under a chart (./runCaption.ts), the saved-runs notes
 * (./runHistory.ts), error lists (./sessionState.ts) and net names (./netName.ts). DOM-free: used by pages and the CLI.
 */
import type {ToyName} from "../engine/data/toy2d.js";
import {formatNumber, type Localized} from "../i18n/locale.js";

/** Net names: "plain-20" is "普通-20" in Chinese, "residual-56" "残差-56"; "ResNet-20" stays. */
export const NET_TEXT: Localized<{plain: string; residual: string}> = {
  en: {plain: "plain", residual: "residual"},
  zh: {plain: "普通", residual: "残差"}
};

/** The numbers of a degradation verdict, as the sentences quote them (already formatted). */
export interface DegradationWords {
  shallow: number;
  deep: number;
  /** Share of the gap the residual net closes, e.g. "73%". */
  share: string;
  losses: {shallowPlain: string; deepPlain: string; shallowResidual: string; deepResidual: string};
  margin: string;
  /** The cured residual net ends at or below the shallow plain net (else within the margin of it). */
  isAtOrBelow: boolean;
  /** Names of the nets that diverged, e.g. ["plain-56"]. */
  diverged: readonly string[];
}

/** The numbers of a twins or single verdict, already formatted. */
export interface LearnerWords {
  depth: number;
  classes: number;
  chance: string;
}

interface VerdictText {
  /** A number that could not be given. */
  lossMissing: string;
  percentMissing: string;
  correlationMissing: string;
  /** "plain-20" / "普通-20". */
  net: (isResidual: boolean, depth: number) => string;
  /** "a and b". */
  and: (names: readonly string[]) => string;
  degradation: {
    facts: (w: DegradationWords) => string;
    cured: (w: DegradationWords) => string;
    helped: (w: DegradationWords) => string;
    notCured: (w: DegradationWords) => string;
    none: (w: DegradationWords) => string;
    diverged: (w: DegradationWords) => string;
    /** The grade's sentence, then its facts. */
    join: (grade: string, facts: string) => string;
  };
  twins: {
    both: (w: LearnerWords & {plain: string; residual: string}) => string;
    onlyResidual: (both: string) => string;
    onlyPlain: (both: string) => string;
    bothLearned: (both: string) => string;
    neither: (both: string) => string;
    diverged: (names: string) => string;
  };
  single: {
    learned: (net: string, error: string, w: LearnerWords) => string;
    atChance: (net: string, error: string, w: LearnerWords) => string;
    diverged: (net: string) => string;
  };
  /** A grade in a few words (tables, the many-seeds summary). */
  grades: Record<
    "cured" | "helped" | "not-cured" | "none" | "diverged" | "only-residual" | "only-plain" | "both-learned" | "neither" | "learned" | "at-chance",
    string
  >;
  sameAsReference: string;
  otherThanReference: (grade: string) => string;
  shattered: {
    facts: (depth: number, plain: string, residual: string, plainMax: number, minGap: number) => string;
    holds: (depth: number, facts: string) => string;
    weak: (isMoreCorrelated: boolean, facts: string) => string;
    reversed: (facts: string) => string;
  };
  lesion: {
    facts: (w: {plainBase: string; plainMedian: string; residualBase: string; residualMedian: string; chance: string; residualMax: number; plainMin: number}) => string;
    holds: (facts: string) => string;
    weak: (facts: string) => string;
    reversed: (facts: string) => string;
  };
  landscape: {
    /** How many times as rough: "3.5×", or infinitely. */
    ratio: (ratio: number) => string;
    facts: (w: {depth: number; ratio: string; plainRoughness: string; residualRoughness: string; plainBasin: number; residualBasin: number; minRatio: number}) => string;
    holds: (facts: string) => string;
    weak: (facts: string) => string;
    reversed: (facts: string) => string;
  };
}

/** Verdicts in words (./verdictText.ts). */
export const VERDICT_TEXT: Localized<VerdictText> = {
  en: {
    lossMissing: "no number (it diverged)",
    percentMissing: "no number",
    correlationMissing: "no number",
    net: (isResidual, depth) => `${isResidual ? "residual" : "plain"}-${depth}`,
    and: (names) => names.join(" and "),
    degradation: {
      facts: (w) =>
        `final training loss: plain-${w.shallow} ${w.losses.shallowPlain}, plain-${w.deep} ${w.losses.deepPlain}, ` +
        `residual-${w.shallow} ${w.losses.shallowResidual}, residual-${w.deep} ${w.losses.deepResidual} (margin ${w.margin}).`,
      cured: (w) =>
        `Degradation shown and cured: the ${w.deep}-layer plain net ends clearly above the ${w.shallow}-layer plain net, while its residual twin ends ${w.isAtOrBelow ? "at or below" : "within the margin of"} the ${w.shallow}-layer plain net`,
      helped: (w) =>
        `Degradation shown; the shortcuts help but have not caught up at this budget: the ${w.deep}-layer plain net ends clearly above the ${w.shallow}-layer plain net, ` +
        `and its residual twin is far better (it closes ${w.share} of the gap) but still ends above the ${w.shallow}-layer plain net by more than the margin`,
      notCured: (w) =>
        `Degradation shown, and not cured at this budget: both ${w.deep}-layer nets end clearly above the ${w.shallow}-layer plain net (the residual one closes ${w.share} of the gap)`,
      none: (w) => `No degradation at this budget: the ${w.deep}-layer plain net does not end clearly above the ${w.shallow}-layer plain net`,
      diverged: (w) =>
        `Diverged: the training loss of ${w.diverged.join(" and ")} became infinite or not a number, so there is no verdict (a lower learning rate, or another seed, may train)`,
      join: (grade, facts) => `${grade} — ${facts}`
    },
    twins: {
      both: (w) =>
        `plain-${w.depth} ends at ${w.plain} training error and residual-${w.depth} at ${w.residual} (guessing among ${w.classes} classes gives ${w.chance})`,
      onlyResidual: (both) => `Only the residual net learned: ${both}. Same depth, same data, same starting weights — only the shortcuts differ.`,
      onlyPlain: (both) => `Only the plain net learned: ${both}.`,
      bothLearned: (both) => `Both nets learned: ${both}.`,
      neither: (both) =>
        `Neither net has learned yet: ${both}, so both are still at chance. At these settings the task is too hard for this budget — try more steps, a wider net or easier data.`,
      diverged: (names) => `Diverged: the training loss of ${names} became infinite or not a number. A lower learning rate, or another seed, may train.`
    },
    single: {
      learned: (net, error, w) => `${net} learned: it ends at ${error} training error (guessing among ${w.classes} classes gives ${w.chance}).`,
      atChance: (net, error, w) =>
        `${net} has not learned yet: it ends at ${error} training error, still at chance (guessing among ${w.classes} classes gives ${w.chance}). Try more steps, a wider net or easier data.`,
      diverged: (net) => `Diverged: the training loss of ${net} became infinite or not a number. A lower learning rate, or another seed, may train.`
    },
    grades: {
      cured: "degradation shown and cured",
      helped: "degradation shown, residual net not yet caught up",
      "not-cured": "degradation shown, not cured",
      none: "no degradation",
      diverged: "diverged",
      "only-residual": "only the residual net learned",
      "only-plain": "only the plain net learned",
      "both-learned": "both learned",
      neither: "neither learned",
      learned: "learned",
      "at-chance": "at chance"
    },
    sameAsReference: "The reference run of these settings, made by the project's experiment tool, reached the same verdict.",
    otherThanReference: (grade) =>
      `The reference run of these settings reached another verdict (${grade}): the backend can change the last digits of a run, and a run near a boundary can tip.`,
    shattered: {
      facts: (depth, plain, residual, plainMax, minGap) =>
        `lag-1 autocorrelation of the input gradient at ${depth} layers: plain ${plain}, residual ${residual} (shattered: plain at most ${plainMax}, residual at least ${minGap} above it).`,
      holds: (depth, facts) =>
        `Shattered, and kept whole by the shortcuts: at ${depth} layers the plain net's gradient is close to white noise while its residual twin's is still clearly correlated from one input to the next — ${facts}`,
      weak: (isMoreCorrelated, facts) =>
        `Not clear with this seed: the residual net's gradient is ${isMoreCorrelated ? "more correlated than the plain net's, but not by the margin, or the plain net's is not yet white noise" : "not more correlated"} — ${facts}`,
      reversed: (facts) => `Reversed with this seed: the plain net's gradient is the more correlated one — ${facts}`
    },
    lesion: {
      facts: (w) =>
        `test error intact → with one unit deleted (median over the units): plain ${w.plainBase} → ${w.plainMedian}, ` +
        `residual ${w.residualBase} → ${w.residualMedian}; chance is ${w.chance} ` +
        `(holds when the residual net moves at most ${w.residualMax}% of the way to chance and the plain net at least ${w.plainMin}%).`,
      holds: (facts) => `Like an ensemble: deleting one unit barely changes the residual net, while the plain net, missing any one unit, falls to about chance — ${facts}`,
      weak: (facts) => `Not clear with this seed: the residual net survives a deletion better than the plain net, but not by the margins — ${facts}`,
      reversed: (facts) => `Reversed with this seed: the plain net survives a deletion better than the residual net — ${facts}`
    },
    landscape: {
      ratio: (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : "infinitely"),
      facts: (w) =>
        `at ${w.depth} layers the plain net's surface is ${w.ratio} as rough as the residual net's (roughness ${w.plainRoughness} against ${w.residualRoughness}), ` +
        `central basin ${w.plainBasin}% against ${w.residualBasin}% of the grid ` +
        `(holds when the plain net is at least ${w.minRatio}× as rough and the residual net's basin the wider).`,
      holds: (facts) => `Chaotic without shortcuts, smooth with them: ${facts}`,
      weak: (facts) => `Not clear with this seed: the plain net's surface is the rougher one, but not by the margin, or its basin is as wide — ${facts}`,
      reversed: (facts) => `Reversed with this seed: the residual net's surface is the rougher one — ${facts}`
    }
  },
  zh: {
    lossMissing: "无数值（已发散）",
    percentMissing: "无数值",
    correlationMissing: "无数值",
    net: (isResidual, depth) => `${isResidual ? "残差" : "普通"}-${depth}`,
    and: (names) => names.join(" 和 "),
    degradation: {
      facts: (w) =>
        `最终训练损失：普通-${w.shallow} ${w.losses.shallowPlain}，普通-${w.deep} ${w.losses.deepPlain}，` +
        `残差-${w.shallow} ${w.losses.shallowResidual}，残差-${w.deep} ${w.losses.deepResidual}（判定余量 ${w.margin}）。`,
      cured: (w) =>
        `出现了退化，并且被消除了：${w.deep} 层的普通网络最终明显高于 ${w.shallow} 层的普通网络，而它的残差孪生网络最终` +
        (w.isAtOrBelow ? `不高于 ${w.shallow} 层的普通网络` : `与 ${w.shallow} 层的普通网络相差在余量之内`),
      helped: (w) =>
        `出现了退化；短路连接有帮助，但在当前的训练步数下还没追上：${w.deep} 层的普通网络最终明显高于 ${w.shallow} 层的普通网络，` +
        `它的残差孪生网络好得多（弥补了 ${w.share} 的差距），但最终仍比 ${w.shallow} 层的普通网络高出余量以上`,
      notCured: (w) =>
        `出现了退化，而且在当前的训练步数下没有被消除：两个 ${w.deep} 层的网络最终都明显高于 ${w.shallow} 层的普通网络（残差网络弥补了 ${w.share} 的差距）`,
      none: (w) => `在当前的训练步数下没有出现退化：${w.deep} 层的普通网络最终并没有明显高于 ${w.shallow} 层的普通网络`,
      diverged: (w) =>
        `发散：${w.diverged.join(" 和 ")} 的训练损失变成了无穷大或非数值，因此没有结论（降低学习率或换一个种子也许能训练成功）`,
      join: (grade, facts) => `${grade}——${facts}`
    },
    twins: {
      both: (w) => `普通-${w.depth} 最终的训练误差是 ${w.plain}，残差-${w.depth} 是 ${w.residual}（在 ${w.classes} 个类别中随机猜测，误差为 ${w.chance}）`,
      onlyResidual: (both) => `只有残差网络学会了：${both}。深度相同、数据相同、初始权重也相同——唯一的区别是短路连接。`,
      onlyPlain: (both) => `只有普通网络学会了：${both}。`,
      bothLearned: (both) => `两个网络都学会了：${both}。`,
      neither: (both) => `两个网络都还没学会：${both}，都还停留在随机猜测的水平。在这些设置下，这个任务对当前的训练步数来说太难了——试试更多的步数、更宽的网络或更容易的数据。`,
      diverged: (names) => `发散：${names} 的训练损失变成了无穷大或非数值。降低学习率或换一个种子也许能训练成功。`
    },
    single: {
      learned: (net, error, w) => `${net} 学会了：最终训练误差为 ${error}（在 ${w.classes} 个类别中随机猜测，误差为 ${w.chance}）。`,
      atChance: (net, error, w) =>
        `${net} 还没学会：最终训练误差为 ${error}，仍在随机猜测的水平（在 ${w.classes} 个类别中随机猜测，误差为 ${w.chance}）。试试更多的步数、更宽的网络或更容易的数据。`,
      diverged: (net) => `发散：${net} 的训练损失变成了无穷大或非数值。降低学习率或换一个种子也许能训练成功。`
    },
    grades: {
      cured: "出现退化，已消除",
      helped: "出现退化，残差网络尚未追上",
      "not-cured": "出现退化，未消除",
      none: "没有退化",
      diverged: "发散",
      "only-residual": "只有残差网络学会了",
      "only-plain": "只有普通网络学会了",
      "both-learned": "都学会了",
      neither: "都没学会",
      learned: "学会了",
      "at-chance": "随机猜测水平"
    },
    sameAsReference: "用本项目的实验工具以相同设置得到的参考运行，得出了相同的结论。",
    otherThanReference: (grade) => `相同设置的参考运行得出了另一个结论（${grade}）：计算后端会改变运行结果的最后几位数字，靠近判定边界的运行可能因此翻转。`,
    shattered: {
      facts: (depth, plain, residual, plainMax, minGap) =>
        `${depth} 层时输入梯度的一阶自相关 r₁：普通 ${plain}，残差 ${residual}（判为碎裂：普通网络不超过 ${plainMax}，残差网络至少比它高 ${minGap}）。`,
      holds: (depth, facts) =>
        `梯度碎裂了，而短路连接让它保持完整：在 ${depth} 层时，普通网络的梯度接近白噪声，而它的残差孪生网络的梯度在相邻输入之间仍然明显相关——${facts}`,
      weak: (isMoreCorrelated, facts) =>
        `这个种子下结论不明确：残差网络的梯度${isMoreCorrelated ? "比普通网络的更相关，但没有超出余量，或者普通网络的梯度还不是白噪声" : "并不比普通网络的更相关"}——${facts}`,
      reversed: (facts) => `这个种子下结果相反：普通网络的梯度反而更相关——${facts}`
    },
    lesion: {
      facts: (w) =>
        `测试误差，完整 → 删除一个单元（各单元结果的中位数）：普通 ${w.plainBase} → ${w.plainMedian}，` +
        `残差 ${w.residualBase} → ${w.residualMedian}；随机猜测为 ${w.chance}` +
        `（结论成立的条件：残差网络朝随机水平移动的距离不超过全程的 ${w.residualMax}%，普通网络至少 ${w.plainMin}%）。`,
      holds: (facts) => `像一个集成模型：删除一个单元几乎不影响残差网络，而普通网络缺了任何一个单元，都会跌到接近随机猜测——${facts}`,
      weak: (facts) => `这个种子下结论不明确：残差网络比普通网络更能承受删除，但没有达到判定余量——${facts}`,
      reversed: (facts) => `这个种子下结果相反：普通网络比残差网络更能承受删除——${facts}`
    },
    landscape: {
      ratio: (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(1)} 倍` : "无穷多倍"),
      facts: (w) =>
        `在 ${w.depth} 层时，普通网络曲面的粗糙度是残差网络的 ${w.ratio}（粗糙度 ${w.plainRoughness} 对 ${w.residualRoughness}），` +
        `中心盆地分别占网格的 ${w.plainBasin}% 和 ${w.residualBasin}%` +
        `（结论成立的条件：普通网络的粗糙度至少是残差网络的 ${w.minRatio} 倍，并且残差网络的盆地更宽）。`,
      holds: (facts) => `没有短路连接时杂乱无章，有了就很平滑：${facts}`,
      weak: (facts) => `这个种子下结论不明确：普通网络的曲面更粗糙，但没有超出余量，或者它的盆地一样宽——${facts}`,
      reversed: (facts) => `这个种子下结果相反：残差网络的曲面反而更粗糙——${facts}`
    }
  }
};

interface BackendText {
  names: {wasm: string; webgl: string; webgpu: string; cpu: string; auto: string};
  oneThreadFrame: string;
  oneThreadHost: string;
  oneThreadUntilReload: string;
  /** A summary and, on one thread, why. */
  withReason: (summary: string, why: string) => string;
  fastInstructions: string;
  threads: (count: number) => string;
  wasm: (parts: readonly string[]) => string;
  webgl: string;
  /** On WebGPU; `isTimed`: a timed probe chose it over the others. */
  webgpu: (isTimed: boolean) => string;
  cpu: string;
  notUsable: (requested: string, used: string) => string;
  fasterFailed: (used: string) => string;
}

/** The backend a session trains on, in words (./backendText.ts). */
export const BACKEND_TEXT: Localized<BackendText> = {
  en: {
    names: {wasm: "WebAssembly", webgl: "the graphics card (WebGL)", webgpu: "the graphics card (WebGPU)", cpu: "plain JavaScript", auto: "the fastest available backend"},
    oneThreadFrame: "It uses one thread because this page is shown inside another page, which cannot let it share memory between threads.",
    oneThreadHost:
      "It uses one thread because this website's host does not allow sharing memory between threads, and this browser did not let the site turn that on itself.",
    oneThreadUntilReload: "It uses one thread until the page is reloaded: the site can turn on several threads from the next visit.",
    withReason: (summary, why) => `${summary} ${why}`,
    fastInstructions: "fast vector instructions",
    threads: (count) => `${count} thread${count === 1 ? "" : "s"}`,
    wasm: (parts) => `Computed in this browser with WebAssembly${parts.length ? ` (${parts.join(", ")})` : ""}.`,
    webgl: "Computed on this computer's graphics card (WebGL).",
    webgpu: (isTimed) => `Computed on this computer's graphics card (WebGPU)${isTimed ? ", the fastest here in a short timed trial" : ""}.`,
    cpu: "Computed in this browser in plain JavaScript — slow for the conv nets.",
    notUsable: (requested, used) => `${requested.charAt(0).toUpperCase() + requested.slice(1)} was requested but cannot be used here, so training runs on ${used} instead.`,
    fasterFailed: (used) => `A faster way to compute failed here, so training runs on ${used}.`
  },
  zh: {
    names: {wasm: "WebAssembly", webgl: "显卡（WebGL）", webgpu: "显卡（WebGPU）", cpu: "纯 JavaScript", auto: "可用的最快后端"},
    oneThreadFrame: "它只用一个线程，因为本页显示在另一个网页之中，那个网页不允许它在线程之间共享内存。",
    oneThreadHost: "它只用一个线程，因为本网站的主机不允许在线程之间共享内存，而这个浏览器也不让网站自己开启这项功能。",
    oneThreadUntilReload: "在重新加载页面之前，它只用一个线程：从下次访问起，网站就可以开启多个线程。",
    withReason: (summary, why) => `${summary}${why}`,
    fastInstructions: "快速向量指令",
    threads: (count) => `${count} 个线程`,
    wasm: (parts) => `在这个浏览器中用 WebAssembly 计算${parts.length ? `（${parts.join("，")}）` : ""}。`,
    webgl: "在这台电脑的显卡上计算（WebGL）。",
    webgpu: (isTimed) => `在这台电脑的显卡上计算（WebGPU）${isTimed ? "：简短的计时试跑中它在这里最快" : ""}。`,
    cpu: "在这个浏览器中用纯 JavaScript 计算——对卷积网络来说很慢。",
    notUsable: (requested, used) => `请求的计算后端“${requested}”在这里无法使用，所以改用“${used}”训练。`,
    fasterFailed: (used) => `更快的计算方式在这里失败了，所以改用“${used}”训练。`
  }
};

interface EstimateText {
  seconds: (seconds: number) => string;
  oneToTwoMinutes: string;
  minutes: (minutes: number) => string;
  hours: (hours: string) => string;
  gigabytes: (gb: string) => string;
  megabytes: (mb: number) => string;
  /** "this net" / "these 2 nets". */
  nets: (count: number) => string;
  takes: (nets: string, duration: string, basis: string) => string;
  measuredBasis: (backend: string) => string;
  guessBasis: string;
  tooBig: (nets: string, bytes: string, limit: string) => string;
  smallerBatch: (batch: number, bytes: string) => string;
  fewerLayers: string;
  askLong: (duration: string) => string;
}

/** The backends as a calibration names them ("wasm"), for a Chinese sentence. */
const BACKEND_NAMES: Record<string, string> = {wasm: "WebAssembly", webgl: "WebGL", webgpu: "WebGPU", cpu: "CPU", default: "默认设置"};

/** The time and memory a run will take, said before it starts (./estimate.ts). */
export const ESTIMATE_TEXT: Localized<EstimateText> = {
  en: {
    seconds: (seconds) => `about ${seconds} s`,
    oneToTwoMinutes: "1–2 min",
    minutes: (minutes) => `about ${minutes} min`,
    hours: (hours) => `about ${hours} h`,
    gigabytes: (gb) => `about ${gb} GB`,
    megabytes: (mb) => `about ${mb} MB`,
    nets: (count) => (count === 1 ? "this net" : `these ${count} nets`),
    takes: (nets, duration, basis) => `Training ${nets} takes ${duration} here (${basis}).`,
    measuredBasis: (backend) => `from this browser's earlier runs on ${backend}`,
    guessBasis: "a rough guess from speeds measured on a 2-core laptop; this machine may be faster or slower",
    tooBig: (nets, bytes, limit) => `Training ${nets} would need ${bytes} of memory — more than a school laptop can spare (this page stops at ${limit}). `,
    smallerBatch: (batch, bytes) => `A batch size of ${batch} would fit (${bytes}); so would fewer layers or a smaller width.`,
    fewerLayers: "Fewer layers or a smaller width would fit.",
    askLong: (duration) => `This will take ${duration} on this computer. Start anyway? You can stop at any time.`
  },
  zh: {
    seconds: (seconds) => `约 ${seconds} 秒`,
    oneToTwoMinutes: "1–2 分钟",
    minutes: (minutes) => `约 ${minutes} 分钟`,
    hours: (hours) => `约 ${hours} 小时`,
    gigabytes: (gb) => `约 ${gb} GB`,
    megabytes: (mb) => `约 ${mb} MB`,
    nets: (count) => (count === 1 ? "这个网络" : `这 ${count} 个网络`),
    takes: (nets, duration, basis) => `在这里训练${nets}需要${duration}（${basis}）。`,
    measuredBasis: (backend) => `依据这个浏览器之前用 ${BACKEND_NAMES[backend] ?? backend} 的运行`,
    guessBasis: "粗略估计，依据是在一台双核笔记本电脑上测得的速度；这台机器可能更快，也可能更慢",
    tooBig: (nets, bytes, limit) => `训练${nets}需要${bytes} 内存——超出了学校笔记本电脑能腾出的量（本页的上限是${limit}）。`,
    smallerBatch: (batch, bytes) => `批大小为 ${batch} 时可以放下（${bytes}）；减少层数或缩小宽度也可以。`,
    fewerLayers: "减少层数或缩小宽度就能放下。",
    askLong: (duration) => `在这台电脑上需要${duration}。仍要开始吗？你随时可以停止。`
  }
};

/** The provenance line under a chart (./runCaption.ts): nets, data, settings, seed and backend, joined by " · ". */
export const CAPTION_TEXT: Localized<{
  versus: string;
  toyData: Record<ToyName, string>;
  inputsOnLine: (points: number, from: number, to: number) => string;
  training: (c: {steps: number; batchSize: number; lr: number; momentum: number; weightDecay: number}) => string;
  seed: (seed: number) => string;
  backend: (name: string) => string;
}> = {
  en: {
    versus: " vs ",
    toyData: {spirals: "spirals", circles: "circles", checkerboard: "checkerboard"},
    inputsOnLine: (points, from, to) => `${points} inputs on [${from}, ${to}]`,
    training: (c) => `${c.steps} SGD steps of ${c.batchSize}, lr ${c.lr}, momentum ${c.momentum}, weight decay ${c.weightDecay}`,
    seed: (seed) => `seed ${seed}`,
    backend: (name) => `computed with ${name}`
  },
  zh: {
    versus: " 对比 ",
    toyData: {spirals: "两条螺旋", circles: "同心圆", checkerboard: "棋盘"},
    inputsOnLine: (points, from, to) => `[${from}, ${to}] 上的 ${points} 个输入`,
    training: (c) => `${c.steps} 步 SGD，批大小 ${c.batchSize}，学习率 ${c.lr}，动量 ${c.momentum}，权重衰减 ${c.weightDecay}`,
    seed: (seed) => `种子 ${seed}`,
    backend: (name) => `计算后端：${name}`
  }
};

interface HistoryText {
  damaged: string;
  unknownFormat: string;
  otherVersion: (version: number, current: number) => string;
  noVersion: string;
  unknownVersion: (version: string, current: number) => string;
  dropped: (count: number) => string;
  cut: (max: number, count: number) => string;
  /** Several notes as one. */
  join: (notes: readonly string[]) => string;
  unsaved: string;
}

/** "1 saved run was", "3 saved runs were". */
const savedRuns = (count: number) => `${formatNumber(count, "en")} saved run${count === 1 ? " was" : "s were"}`;

/** Notes about the runs kept in the browser (./runHistory.ts). */
export const HISTORY_TEXT: Localized<HistoryText> = {
  en: {
    damaged: "Your saved runs could not be read (the stored data is damaged), so the history starts empty.",
    unknownFormat: "Your saved runs are not in a format this page knows, so the history starts empty.",
    otherVersion: (version, current) =>
      `Your saved runs were made by another version of this page (format ${version}; this page reads format ${current}), so the history starts empty.`,
    noVersion: "Your saved runs carry no format number, so the history starts empty.",
    unknownVersion: (version, current) =>
      `Your saved runs carry a format number this page does not know (${version}, where this page writes ${current}), so the history starts empty.`,
    dropped: (count) => `${savedRuns(count)} damaged or held impossible values, and left out.`,
    cut: (max, count) => `Only the newest ${max} saved runs are kept: ${savedRuns(count)} older and dropped.`,
    join: (notes) => notes.join(" "),
    unsaved: "Your browser does not let this page store data, so your runs are kept only until you leave the page."
  },
  zh: {
    damaged: "你保存的运行无法读取（存储的数据已损坏），所以历史记录从空白开始。",
    unknownFormat: "你保存的运行不是本页认识的格式，所以历史记录从空白开始。",
    otherVersion: (version, current) => `你保存的运行来自本页的另一个版本（格式 ${version}；本页读取格式 ${current}），所以历史记录从空白开始。`,
    noVersion: "你保存的运行没有格式编号，所以历史记录从空白开始。",
    unknownVersion: (version, current) => `你保存的运行带有本页不认识的格式编号（${version}，本页写入的是 ${current}），所以历史记录从空白开始。`,
    dropped: (count) => `有 ${formatNumber(count, "zh")} 条保存的运行已损坏或含有不可能的数值，已略去。`,
    cut: (max, count) => `只保留最新的 ${max} 条保存的运行：有 ${formatNumber(count, "zh")} 条较早的已被删除。`,
    join: (notes) => notes.join(""),
    unsaved: "你的浏览器不允许本页存储数据，所以你的运行只保留到你离开本页为止。"
  }
};

/** Run errors for the reader (./sessionState.ts, errorMessages). */
export const SESSION_TEXT: Localized<{and: (items: readonly string[]) => string; runError: (runs: string, message: string) => string}> = {
  en: {
    and: (items) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`),
    runError: (runs, message) => `${runs}: ${message}`
  },
  zh: {
    and: (items) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join("、")} 和 ${items.at(-1)}`),
    runError: (runs, message) => `${runs}：${message}`
  }
};
