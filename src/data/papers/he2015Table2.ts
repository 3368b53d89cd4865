import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2015 (arXiv 1512.03385), Table 2: top-1 error (%, 10-crop testing) on the ImageNet validation set,
 * plain nets vs. their residual twins (option A shortcuts). The residual nets have no extra parameters.
 */
export const HE2015_TABLE2: PublishedTable = {
  id: "he2015-table2",
  source: "He et al. 2015, Table 2",
  caption: "Top-1 error on ImageNet validation (10-crop testing), 18 and 34 layers, plain vs. residual.",
  columns: [
    {key: "depth", label: "Layers"},
    {key: "plain", label: "Plain", decimals: 2, unit: "%"},
    {key: "resnet", label: "ResNet", decimals: 2, unit: "%"}
  ],
  rows: [
    {depth: "18", plain: 27.94, resnet: 27.88},
    {depth: "34", plain: 28.54, resnet: 25.03}
  ],
  notes: ["The residual nets use identity shortcuts with zero-padding where the width grows (option A): no extra parameters."],
  translations: {
    zh: {
      caption: "ImageNet 验证集上的 top-1 误差（10 块裁剪测试）：18 层与 34 层，普通网络与残差网络对照。",
      labels: {depth: "层数", plain: "普通网络", resnet: "ResNet"},
      notes: ["残差网络用的是恒等短路连接，宽度增加处用零填充（选项 A）：不增加任何参数。"]
    }
  }
} satisfies TranslatedTable;
