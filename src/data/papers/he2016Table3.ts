import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2016, "Identity Mappings in Deep Residual Networks" (arXiv 1603.05027), Table 3: test error (%) on
 * CIFAR-10 and CIFAR-100 with the original residual unit and the (full) pre-activation unit.
 */
export const HE2016_TABLE3: PublishedTable = {
  id: "he2016-table3",
  source: "He et al. 2016, Table 3",
  caption: "Test error on CIFAR-10 and CIFAR-100: original residual units vs. pre-activation units.",
  columns: [
    {key: "dataset", label: "Data set"},
    {key: "network", label: "Network"},
    {key: "original", label: "Original unit", decimals: 2, unit: "%"},
    {key: "preact", label: "Pre-activation unit", decimals: 2, unit: "%"}
  ],
  rows: [
    {dataset: "CIFAR-10", network: "ResNet-110 (1-layer skip)", original: 9.9, preact: 8.91},
    {dataset: "CIFAR-10", network: "ResNet-110", original: 6.61, preact: 6.37},
    {dataset: "CIFAR-10", network: "ResNet-164", original: 5.93, preact: 5.46},
    {dataset: "CIFAR-10", network: "ResNet-1001", original: 7.61, preact: 4.92},
    {dataset: "CIFAR-100", network: "ResNet-164", original: 25.16, preact: 24.33},
    {dataset: "CIFAR-100", network: "ResNet-1001", original: 27.82, preact: 22.71}
  ],
  notes: [
    "Each number is the median of 5 runs.",
    "\"1-layer skip\": each unit holds a single 3×3 convolution instead of two.",
    "ResNet-164 and ResNet-1001 use bottleneck units."
  ],
  translations: {
    zh: {
      caption: "CIFAR-10 与 CIFAR-100 上的测试误差：原始残差单元与预激活单元对照。",
      labels: {dataset: "数据集", network: "网络", original: "原始单元", preact: "预激活单元"},
      cells: {"ResNet-110 (1-layer skip)": "ResNet-110（每单元 1 层）"},
      notes: [
        "每个数字都是 5 次运行的中位数。",
        "“每单元 1 层”：每个单元只有一个 3×3 卷积，而不是两个。",
        "ResNet-164 和 ResNet-1001 使用瓶颈结构。"
      ]
    }
  }
} satisfies TranslatedTable;
