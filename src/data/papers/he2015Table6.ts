import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2015 (arXiv 1512.03385), Table 6: classification error (%) on the CIFAR-10 test set, all methods
 * with data augmentation. The CIFAR ResNets have 6n+2 layers and widths 16/32/64; ResNet-110 was run 5 times
 * and the paper shows "best (mean±std)" in the form of Srivastava et al.'s Training Very Deep Networks, from which
 * (with Highway Networks) the Highway rows come. The caption gives no run count for those rows.
 */
export const HE2015_TABLE6: PublishedTable = {
  id: "he2015-table6",
  source: "He et al. 2015, Table 6",
  caption: "Test error on CIFAR-10 (with data augmentation): depth, parameters and error.",
  columns: [
    {key: "method", label: "Method"},
    {key: "layers", label: "Layers"},
    {key: "params", label: "Parameters"},
    {key: "error", label: "Error", decimals: 2, unit: "%"},
    {key: "meanStd", label: "Mean ± std of 5 runs", unit: "%"}
  ],
  rows: [
    {method: "Maxout", layers: null, params: null, error: 9.38, meanStd: null},
    {method: "NIN", layers: null, params: null, error: 8.81, meanStd: null},
    {method: "DSN", layers: null, params: null, error: 8.22, meanStd: null},
    {method: "FitNet", layers: "19", params: "2.5M", error: 8.39, meanStd: null},
    {method: "Highway", layers: "19", params: "2.3M", error: 7.54, meanStd: "7.72±0.16"},
    {method: "Highway", layers: "32", params: "1.25M", error: 8.8, meanStd: null},
    {method: "ResNet", layers: "20", params: "0.27M", error: 8.75, meanStd: null},
    {method: "ResNet", layers: "32", params: "0.46M", error: 7.51, meanStd: null},
    {method: "ResNet", layers: "44", params: "0.66M", error: 7.17, meanStd: null},
    {method: "ResNet", layers: "56", params: "0.85M", error: 6.97, meanStd: null},
    {method: "ResNet", layers: "110", params: "1.7M", error: 6.43, meanStd: "6.61±0.16"},
    {method: "ResNet", layers: "1202", params: "19.4M", error: 7.93, meanStd: null}
  ],
  notes: [
    "ResNet-110: best of 5 runs, with mean ± std beside it (the paper's caption). Highway-19's two figures are quoted from Srivastava et al. 2015 (Highway Networks; Training Very Deep Networks), in the same best (mean ± std) form; the ResNet paper does not say how many runs they summarise.",
    "ResNet-1202 reaches a training error as low as ResNet-110's but a higher test error: the paper attributes this to overfitting a 19.4M-parameter net to a small data set.",
    "A dash means the paper gives no value."
  ],
  translations: {
    zh: {
      caption: "CIFAR-10 上的测试误差（使用数据增强）：深度、参数量与误差。",
      labels: {method: "方法", layers: "层数", params: "参数量", error: "误差", meanStd: "5 次运行的均值 ± 标准差"},
      notes: [
        "ResNet-110：5 次运行中最好的一次，旁边是均值 ± 标准差（见论文表注）。Highway-19 的两个数字引自 Srivastava 等 2015 的两篇论文（见参考文献），同样写成“最好（均值 ± 标准差）”的形式；ResNet 论文没有说明它们汇总了几次运行。",
        "ResNet-1202 的训练误差和 ResNet-110 一样低，测试误差却更高：论文认为这是一个有 1940 万个参数的网络在小数据集上过拟合了。",
        "短横线表示论文没有给出数值。"
      ]
    }
  }
} satisfies TranslatedTable;
