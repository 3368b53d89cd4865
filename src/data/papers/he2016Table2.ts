import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2016, "Identity Mappings in Deep Residual Networks" (arXiv 1603.05027), Table 2: CIFAR-10 test
 * error (%) of ResNet-110 (basic units) and ResNet-164 (bottleneck units) when BatchNorm and ReLU are placed
 * differently around the addition (the unit variants of its Fig. 4).
 */
export const HE2016_TABLE2: PublishedTable = {
  id: "he2016-table2",
  source: "He et al. 2016, Table 2",
  caption: "CIFAR-10 test error for five placements of BatchNorm and ReLU in a residual unit.",
  columns: [
    {key: "unit", label: "Unit variant"},
    {key: "figure", label: "Paper figure"},
    {key: "resnet110", label: "ResNet-110", decimals: 2, unit: "%"},
    {key: "resnet164", label: "ResNet-164", decimals: 2, unit: "%"}
  ],
  rows: [
    {unit: "original (ReLU after addition)", figure: "Fig. 4(a)", resnet110: 6.61, resnet164: 5.93},
    {unit: "BN after addition", figure: "Fig. 4(b)", resnet110: 8.17, resnet164: 6.5},
    {unit: "ReLU before addition", figure: "Fig. 4(c)", resnet110: 7.84, resnet164: 6.14},
    {unit: "ReLU-only pre-activation", figure: "Fig. 4(d)", resnet110: 6.71, resnet164: 5.91},
    {unit: "full pre-activation", figure: "Fig. 4(e)", resnet110: 6.37, resnet164: 5.46}
  ],
  notes: [
    "Each number is the median of 5 runs.",
    "Only the full pre-activation unit (BN → ReLU → weight, twice, then the addition, nothing after it) beats the original in both nets."],
  translations: {
    zh: {
      caption: "残差单元里批归一化与 ReLU 的五种摆法，在 CIFAR-10 上的测试误差。",
      labels: {unit: "单元的变体", figure: "论文中的图", resnet110: "ResNet-110", resnet164: "ResNet-164"},
      cells: {
        "original (ReLU after addition)": "原始（相加后 ReLU）",
        "BN after addition": "相加后 BN",
        "ReLU before addition": "相加前 ReLU",
        "ReLU-only pre-activation": "仅 ReLU 的预激活",
        "full pre-activation": "完整预激活",
        "Fig. 4(a)": "图 4(a)",
        "Fig. 4(b)": "图 4(b)",
        "Fig. 4(c)": "图 4(c)",
        "Fig. 4(d)": "图 4(d)",
        "Fig. 4(e)": "图 4(e)"
      },
      notes: [
        "每个数字都是 5 次运行的中位数。",
        "只有完整预激活单元（BN → ReLU → 权重层，重复两次，再相加，相加之后不再做任何运算）在两个网络上都胜过原始单元。"
      ]
    }
  }
} satisfies TranslatedTable;
