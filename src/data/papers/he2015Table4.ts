import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2015 (arXiv 1512.03385), Table 4: single-model error (%) on the ImageNet validation set, with the
 * paper's best testing (fully convolutional, multi-scale); entries marked † were reported on the test set.
 */
export const HE2015_TABLE4: PublishedTable = {
  id: "he2015-table4",
  source: "He et al. 2015, Table 4",
  caption: "Single-model error on ImageNet validation (best testing of each method).",
  columns: [
    {key: "model", label: "Method"},
    {key: "top1", label: "Top-1 error", decimals: 2, unit: "%"},
    {key: "top5", label: "Top-5 error", decimals: 2, unit: "%"}
  ],
  rows: [
    {model: "VGG (ILSVRC'14)", top1: null, top5: "8.43†"},
    {model: "GoogLeNet (ILSVRC'14)", top1: null, top5: 7.89},
    {model: "VGG (v5)", top1: "24.4", top5: "7.1"},
    {model: "PReLU-net", top1: 21.59, top5: 5.71},
    {model: "BN-inception", top1: 21.99, top5: 5.81},
    {model: "ResNet-34 B", top1: 21.84, top5: 5.71},
    {model: "ResNet-34 C", top1: 21.53, top5: 5.6},
    {model: "ResNet-50", top1: 20.74, top5: 5.25},
    {model: "ResNet-101", top1: 19.87, top5: 4.6},
    {model: "ResNet-152", top1: 19.38, top5: 4.49}
  ],
  notes: ["† reported on the test set; every other entry on the validation set.", "A dash means the paper gives no value."],
  translations: {
    zh: {
      caption: "ImageNet 验证集上的单模型误差（每种方法用它最好的测试方式）。",
      labels: {model: "方法", top1: "top-1 误差", top5: "top-5 误差"},
      notes: ["† 是测试集上的结果；其余各项都来自验证集。", "短横线表示论文没有给出数值。"]
    }
  }
} satisfies TranslatedTable;
