/**
 * Every reader-visible string of the exercises, in both languages: the list's own words, every question (by the
 * exercise's id in catalogue.ts) and the sentences of the answers, which are filled in with the numbers of the
 * reference runs or of the lab's own code (answers.ts, labAnswers.ts).
 */
import type {Localized} from "../../i18n/locale.js";

const EXERCISE_EN = {
  setUp: "Set it up",
  answer: "Answer",
  missing: "The answer is computed from the reference runs, which did not load (reload the page to try again)."
};

/** What the exercise list's parts say (Exercises.ts). */
export const EXERCISE_TEXT: Localized<typeof EXERCISE_EN> = {
  en: EXERCISE_EN,
  zh: {
    setUp: "一键设置",
    answer: "答案",
    missing: "答案由参考运行算出，但参考运行没有加载成功（请刷新页面重试）。"
  }
};

const PROMPTS_EN = {
  deep32:
    "Make the deep pair 32 layers deep instead of 56. Is 32 layers already enough for the plain net to end clearly worse than the 20-layer one? Predict, then watch the curves.",
  shallowPair: "Now make both pairs shallow: 8 and 14 layers. Does the plain net degrade between 8 and 14 layers?",
  seed7: "Was the default run luck? Change the seed to 7 and train again: does the verdict change?",
  circles:
    "Switch to the toy: small MLPs separating two circles of points instead of conv nets reading digits. Does the 56-layer plain net degrade there too, and does the shortcut cure it?",
  zeroOriginal: "Scale the residual branch down to α = 0 with the original unit. Does the unit now output exactly its input x?",
  zeroPreact: "Now switch to the pre-activation unit, still at α = 0. Does it output exactly x?",
  branchSize: "Back at α = 1: how large is the change the branch adds, compared with x itself?",
  initialRatio:
    "Before any training (step 0 on the scrubber), how many times larger is the gradient at the first unit than at the head's input — in the plain net, and in the residual net?",
  directShare:
    "After training, look at the residual net's identity figure: how much of the gradient at the last unit, and at the first unit, is the direct term?",
  shattered8: "Set the depth to 8 layers. Is the plain net's gradient still smooth there — is its r₁ nearer 1 or 0? And the residual net's?",
  shattered56: "Now the deepest, 56 layers: has the residual net's gradient shattered too?",
  fifthUnit: "Before the charts appear: delete the fifth unit of each net. How far will the residual net's test error move — and the plain net's?",
  randomBudget: "Delete units at random: how many of the residual net's nine units can go before its mean test error passes 20%?",
  roughness: "Before the charts appear: how many times as rough do you expect the plain net's surface to be as the residual net's?",
  gridMinima: "Count the pits: which net's grid has more local minima — places a descent could get stuck?",
  shortcutCost: "Before you train: which of the three shortcut options has the most parameters, and how many does each add to option A?",
  deeperCost: "Make the nets 20 layers deep. How much more do B and C cost now than at 8 layers — and why does C's cost grow faster?"
};

/** Every exercise's question, by its id (catalogue.ts); docs/teaching.md lists the English ones. */
export const EXERCISE_PROMPTS: Localized<typeof PROMPTS_EN> = {
  en: PROMPTS_EN,
  zh: {
    deep32: "把较深的那一对网络从 56 层改成 32 层。32 层是否已经足以让普通网络最终明显差于 20 层的普通网络？先做个预测，再看曲线。",
    shallowPair: "再把两对网络都改浅：8 层和 14 层。从 8 层加深到 14 层，普通网络会出现退化吗？",
    seed7: "默认设置下的结果只是运气好吗？把种子改成 7 再训练一次：结论会变吗？",
    circles: "换成玩具例子：不再用卷积网络识别手写数字，而是用小型 MLP 把两个同心圆上的点分开。56 层的普通网络在那里也会退化吗？短路连接还能消除它吗？",
    zeroOriginal: "在原始单元中把残差分支缩小到 α = 0。此时这个单元的输出是否恰好等于它的输入 x？",
    zeroPreact: "保持 α = 0，换成预激活单元。它的输出是否恰好等于 x？",
    branchSize: "回到 α = 1：分支加上去的改变量与 x 本身相比有多大？",
    initialRatio: "训练开始之前（滑块上的第 0 步），第一个单元处的梯度是输出头输入处梯度的多少倍？普通网络和残差网络各是多少？",
    directShare: "训练结束后，看残差网络上“梯度公式的两项”那张图：在最后一个单元和第一个单元处，梯度中各有多少来自直接项？",
    shattered8: "把深度设为 8 层。这时普通网络的梯度还平滑吗——它的 r₁ 更接近 1 还是 0？残差网络的呢？",
    shattered56: "再看最深的 56 层：残差网络的梯度是不是也碎裂了？",
    fifthUnit: "在图表出现之前先猜一猜：从每个网络中删除第五个单元，残差网络的测试误差会变化多少？普通网络的呢？",
    randomBudget: "随机删除单元：残差网络共有九个单元，最多能删掉几个，其平均测试误差才会超过 20%？",
    roughness: "在图表出现之前先预测：普通网络的损失曲面会是残差网络的几倍粗糙？",
    gridMinima: "数一数坑：哪个网络的网格上局部极小值更多？这些都是梯度下降可能被困住的地方。",
    shortcutCost: "训练之前先想一想：三种短路连接选项中哪一种参数最多？与选项 A 相比，每种各多出多少参数？",
    deeperCost: "把网络加深到 20 层。与 8 层时相比，B 和 C 现在各多花多少参数？为什么 C 的开销增长得更快？"
  }
};

/** The numbers of the direct-term answer, already formatted. */
interface DirectShare {
  step: number;
  /** Share of the direct term at the last unit, its value and the gradient's. */
  top: string;
  topDirect: string;
  topTotal: string;
  /** The same at the first unit. */
  bottom: string;
  bottomDirect: string;
  bottomTotal: string;
  /** The direct term is at least 90% of the gradient at the last unit. */
  isAlmostAll: boolean;
  /** The residual terms make up most of the gradient at the first unit. */
  isResidualMostFar: boolean;
}

/** How smooth a gradient of lag-1 autocorrelation r₁ is. */
type Smoothness = "smooth" | "partly" | "noise";

const ANSWERS_EN = {
  noNumber: "no number",
  seedsCured: (holding: number, seeds: readonly number[]) => `The reference runs show degradation cured on ${holding} of ${seeds.length} seeds (${seeds.join(", ")}).`,
  seedVerdict: (count: string, seed: number, verdict: string) => `${count} Seed ${seed}: ${verdict}`,
  gradientRatio: (step: number, plain: string, residual: string) =>
    `In the reference run (seed 1), at step ${step} the gradient at the first unit is ${plain} times the one at the head's input in the plain net, ` +
    `and ${residual} times in the residual net.`,
  directShare: (d: DirectShare) =>
    `In the reference run (seed 1), after ${d.step} steps the direct term is ${d.top} of the gradient at the last unit ` +
    `(${d.topDirect} of ${d.topTotal}) and ${d.bottom} at the first (${d.bottomDirect} of ${d.bottomTotal}): ` +
    `near the head the gradient is ${d.isAlmostAll ? "almost all" : "largely"} shortcut; ` +
    `${d.isResidualMostFar ? "far from it the residual terms make up most of it" : "even far from it the shortcut carries most of it"}, while the direct term still delivers the head's gradient undiminished.`,
  smoothness: {smooth: "still smooth", partly: "partly shattered", noise: "close to white noise"} as Record<Smoothness, string>,
  shatteredDepth: (seeds: number, depth: number, plain: string, plainWord: string, residual: string, residualWord: string) =>
    `Averaged over the reference seeds (${seeds}), r₁ at ${depth} layers is ${plain} for the plain net (${plainWord}) ` + `and ${residual} for the residual net (${residualWord}).`,
  lesionUnit: (seeds: number, unit: number, residualFrom: string, residualTo: string, plainFrom: string, plainTo: string, chance: string) =>
    `Averaged over the reference seeds (${seeds}), deleting unit ${unit} moves the residual net's test error from ${residualFrom} to ${residualTo}, ` +
    `and the plain net's from ${plainFrom} to ${plainTo} — chance is ${chance}.`,
  lesionPassed: (bound: string, units: number, error: string) => `the residual net's mean test error first passes ${bound} with ${units} units deleted (${error})`,
  lesionNeverPassed: (bound: string, units: number) => `the residual net's mean test error stays at or below ${bound} even with all ${units} units deleted`,
  lesionBudget: (seeds: number, residualPart: string, plainError: string) =>
    `Averaged over the reference seeds (${seeds}) and their draws, ${residualPart}; the plain net's is ${plainError} with a single one.`,
  roughness: (seeds: number, depth: number, plain: string, residual: string, ratio: string) =>
    `Averaged over the reference seeds (${seeds}), at ${depth} layers the plain net's surface has roughness ${plain} and the residual net's ${residual}: ${ratio} times as rough.`,
  gridMinima: (seeds: number, depth: number, plain: string, residual: string) =>
    `Averaged over the reference seeds (${seeds}), at ${depth} layers the plain net's grid has ${plain} local minima and the residual net's ${residual}.`
};

/** The answers computed from the reference runs (answers.ts); numbers come in formatted. */
export const ANSWER_TEXT: Localized<typeof ANSWERS_EN> = {
  en: ANSWERS_EN,
  zh: {
    noNumber: "无数值",
    seedsCured: (holding, seeds) => `在参考运行的 ${seeds.length} 个种子（${seeds.join("、")}）中，有 ${holding} 个既出现了退化、又被残差网络消除。`,
    seedVerdict: (count, seed, verdict) => `${count}种子 ${seed}：${verdict}`,
    gradientRatio: (step, plain, residual) =>
      `在参考运行（种子 1）中，第 ${step} 步时，普通网络第一个单元处的梯度是输出头输入处梯度的 ${plain} 倍，残差网络则是 ${residual} 倍。`,
    directShare: (d) =>
      `在参考运行（种子 1）中，训练 ${d.step} 步后，直接项占最后一个单元处梯度的 ${d.top}（${d.topTotal} 中的 ${d.topDirect}），` +
      `占第一个单元处梯度的 ${d.bottom}（${d.bottomTotal} 中的 ${d.bottomDirect}）：靠近输出头处，梯度${d.isAlmostAll ? "几乎全部" : "大部分"}经由短路连接传来；` +
      `${d.isResidualMostFar ? "离输出头较远处，残差项占了大部分" : "即使离输出头较远，短路连接也仍承载了大部分梯度"}，而直接项始终把输出头处的梯度原封不动地传了下来。`,
    smoothness: {smooth: "仍然平滑", partly: "已部分碎裂", noise: "接近白噪声"},
    shatteredDepth: (seeds, depth, plain, plainWord, residual, residualWord) =>
      `对 ${seeds} 个参考种子取平均，${depth} 层时普通网络的 r₁ 为 ${plain}（${plainWord}），残差网络的为 ${residual}（${residualWord}）。`,
    lesionUnit: (seeds, unit, residualFrom, residualTo, plainFrom, plainTo, chance) =>
      `对 ${seeds} 个参考种子取平均，删除第 ${unit} 个单元后，残差网络的测试误差从 ${residualFrom} 变为 ${residualTo}，` +
      `普通网络的从 ${plainFrom} 变为 ${plainTo}——随机猜测的误差是 ${chance}。`,
    lesionPassed: (bound, units, error) => `残差网络的平均测试误差在删除 ${units} 个单元时首次超过 ${bound}（${error}）`,
    lesionNeverPassed: (bound, units) => `即使把全部 ${units} 个单元都删掉，残差网络的平均测试误差也不超过 ${bound}`,
    lesionBudget: (seeds, residualPart, plainError) => `对 ${seeds} 个参考种子及其各次随机抽取取平均，${residualPart}；而普通网络只删一个单元，平均测试误差就到了 ${plainError}。`,
    roughness: (seeds, depth, plain, residual, ratio) =>
      `对 ${seeds} 个参考种子取平均，${depth} 层时普通网络损失曲面的粗糙度为 ${plain}，残差网络的为 ${residual}：前者是后者的 ${ratio} 倍。`,
    gridMinima: (seeds, depth, plain, residual) => `对 ${seeds} 个参考种子取平均，${depth} 层时普通网络的网格上有 ${plain} 个局部极小值，残差网络的有 ${residual} 个。`
  }
};

const LAB_ANSWERS_EN = {
  sumExact: "the sum y = x + αF(x) is exactly x",
  sumOff: (deviation: string) => `the sum y = x + αF(x) differs from x by at most ${deviation}`,
  identity: (sum: string, seed: number) => `Yes: ${sum}, and with nothing after the addition the output is y — its largest difference from x is 0 (seed ${seed}).`,
  notIdentity: (sum: string, negatives: number, deviation: string, seed: number) =>
    `No: ${sum}, but the ReLU after the addition sets the ${negatives} negative components of x to 0, ` +
    `so the output differs from x by up to ${deviation} (seed ${seed}). Only the pre-activation unit is exactly the identity at α = 0.`,
  branch: (alpha: number, ratio: string, seed: number, isLarge: boolean) =>
    `At α = ${alpha} the branch's change has ${ratio} times the length of x (‖αF(x)‖ / ‖x‖, seed ${seed}): ` +
    `a freshly initialised branch is ${isLarge ? "of the same order as x — far from the identity" : "small next to x"}, which is why the unit only becomes the identity when its weights make F small.`,
  costNow: (depth: number, width: number, a: string, b: string, bShare: string, c: string, cShare: string) =>
    `At ${depth} layers and width ${width}, option A has ${a} parameters; ` + `B adds ${b} (${bShare} of its net) and C adds ${c} (${cShare}), so C has the most.`,
  costWhy: (now: string) => `${now} B projects only where the shape changes; C puts a 1×1 projection on every shortcut.`,
  /** `bGrowth`: how many times B's extra grew, null when it stayed the same. */
  costCompared: (now: string, depth: number, bBefore: string, cBefore: string, bGrowth: string | null, cGrowth: string) =>
    `${now} At ${depth} layers B added ${bBefore} and C ${cBefore}: ` +
    `B's cost stays ${bGrowth === null ? "the same" : `${bGrowth}×`} — it projects only at the two stage changes — ` +
    `while C's grows ${cGrowth}× with the number of units, one projection per shortcut.`
};

/** The answers the lab's own code computes (labAnswers.ts); numbers come in formatted. */
export const LAB_ANSWER_TEXT: Localized<typeof LAB_ANSWERS_EN> = {
  en: LAB_ANSWERS_EN,
  zh: {
    sumExact: "和 y = x + αF(x) 恰好等于 x",
    sumOff: (deviation) => `和 y = x + αF(x) 与 x 最多相差 ${deviation}`,
    identity: (sum, seed) => `是：${sum}，而且加法之后不再有任何运算，输出就是 y——它与 x 的最大差值为 0（种子 ${seed}）。`,
    notIdentity: (sum, negatives, deviation, seed) =>
      `否：${sum}，但加法之后的 ReLU 把 x 中 ${negatives} 个负分量变成了 0，` + `所以输出与 x 最多相差 ${deviation}（种子 ${seed}）。在 α = 0 时，只有预激活单元恰好是恒等映射。`,
    branch: (alpha, ratio, seed, isLarge) =>
      `α = ${alpha} 时，分支带来的改变量长度是 x 的 ${ratio} 倍（‖αF(x)‖ / ‖x‖，种子 ${seed}）：` +
      `刚初始化的分支${isLarge ? "与 x 处在同一量级——离恒等映射还很远" : "比 x 小得多"}，所以只有当权重让 F 变小时，这个单元才会变成恒等映射。`,
    costNow: (depth, width, a, b, bShare, c, cShare) =>
      `在 ${depth} 层、宽度 ${width} 时，选项 A 有 ${a} 个参数；` + `B 多出 ${b} 个（占其网络的 ${bShare}），C 多出 ${c} 个（${cShare}），所以 C 的参数最多。`,
    costWhy: (now) => `${now}B 只在形状改变的地方做投影；C 在每条短路连接上都加一个 1×1 投影。`,
    costCompared: (now, depth, bBefore, cBefore, bGrowth, cGrowth) =>
      `${now}而在 ${depth} 层时，B 多出 ${bBefore} 个，C 多出 ${cBefore} 个：` +
      `B 的开销${bGrowth === null ? "保持不变" : `变为原来的 ${bGrowth} 倍`}——它只在两个阶段交界处做投影——` +
      `而 C 的开销随单元数增长到原来的 ${cGrowth} 倍，因为每条短路连接都有一个投影。`
  }
};
