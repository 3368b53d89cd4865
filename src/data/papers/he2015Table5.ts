import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2015 (arXiv 1512.03385), Table 5: top-5 error (%) of ensembles on the ImageNet test set, as
 * reported by the test server. ResNet's 3.57% won ILSVRC 2015 classification.
 */
export const HE2015_TABLE5: PublishedTable = {
  id: "he2015-table5",
  source: "He et al. 2015, Table 5",
  caption: "Top-5 error of ensembles on the ImageNet test set (scored by the challenge's test server).",
  columns: [
    {key: "model", label: "Method"},
    {key: "top5", label: "Top-5 error (test)", decimals: 2, unit: "%"}
  ],
  rows: [
    {model: "VGG (ILSVRC'14)", top5: 7.32},
    {model: "GoogLeNet (ILSVRC'14)", top5: 6.66},
    {model: "VGG (v5)", top5: "6.8"},
    {model: "PReLU-net", top5: 4.94},
    {model: "BN-inception", top5: 4.82},
    {model: "ResNet (ILSVRC'15)", top5: 3.57}
  ],
  notes: ["The winning ResNet entry combines six models of different depths; only two of them are 152 layers deep (§4.1)."],
  translations: {
    zh: {
      caption: "集成模型在 ImageNet 测试集上的 top-5 误差（由挑战赛的测试服务器评分）。",
      labels: {model: "方法", top5: "测试集 top-5 误差"},
      notes: ["获胜的 ResNet 参赛结果组合了六个不同深度的模型，其中只有两个是 152 层（§4.1）。"]
    }
  }
} satisfies TranslatedTable;
