import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2015 (arXiv 1512.03385), Table 3: top-1 and top-5 error (%, 10-crop testing) on the ImageNet
 * validation set. Options A and B (zero-padding or projection where the shape changes) are introduced in §3.3;
 * option C (projections on every shortcut) appears only in §4.1, where this table compares all three. VGG-16
 * was evaluated by the authors.
 */
export const HE2015_TABLE3: PublishedTable = {
  id: "he2015-table3",
  source: "He et al. 2015, Table 3",
  caption: "Error on ImageNet validation, 10-crop testing, including the three shortcut options A, B and C.",
  columns: [
    {key: "model", label: "Model"},
    {key: "top1", label: "Top-1 error", decimals: 2, unit: "%"},
    {key: "top5", label: "Top-5 error", decimals: 2, unit: "%"}
  ],
  rows: [
    {model: "VGG-16", top1: 28.07, top5: 9.33},
    {model: "GoogLeNet", top1: null, top5: 9.15},
    {model: "PReLU-net", top1: 24.27, top5: 7.38},
    {model: "plain-34", top1: 28.54, top5: 10.02},
    {model: "ResNet-34 A", top1: 25.03, top5: 7.76},
    {model: "ResNet-34 B", top1: 24.52, top5: 7.46},
    {model: "ResNet-34 C", top1: 24.19, top5: 7.40},
    {model: "ResNet-50", top1: 22.85, top5: 6.71},
    {model: "ResNet-101", top1: 21.75, top5: 6.05},
    {model: "ResNet-152", top1: 21.43, top5: 5.71}
  ],
  notes: [
    "A: identity shortcuts, zero-padding where the width grows (no parameters). B: projection shortcuts only where the shape changes. C: projections on every shortcut. A and B are introduced in §3.3; C only in §4.1, with this table.",
    "The 50/101/152-layer nets use bottleneck units and option B.",
    "A dash means the paper gives no value."
  ],
  translations: {
    zh: {
      caption: "ImageNet 验证集上的误差，10 块裁剪测试，包括 A、B、C 三种短路连接选项。",
      labels: {model: "模型", top1: "top-1 误差", top5: "top-5 误差"},
      cells: {"plain-34": "普通-34"},
      notes: [
        "A：恒等短路连接，宽度增加处用零填充（没有参数）。B：只在形状改变处用投影短路连接。C：每个短路连接都用投影。A 和 B 在 §3.3 提出；C 直到 §4.1 才随这张表出现。",
        "50/101/152 层的网络使用瓶颈结构和选项 B。",
        "短横线表示论文没有给出数值。"
      ]
    }
  }
} satisfies TranslatedTable;
