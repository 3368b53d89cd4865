import type {PublishedTable, TranslatedTable} from "./types.js";

/**
 * He et al. 2016, "Identity Mappings in Deep Residual Networks" (arXiv 1603.05027), Table 1: CIFAR-10 test
 * error (%) of ResNet-110 when every shortcut is modified (the variants of its Fig. 2). "fail" means a test
 * error above 20%. b_g is the initial bias of the gate g(x) = sigmoid(W_g x + b_g).
 */
export const HE2016_TABLE1: PublishedTable = {
  id: "he2016-table1",
  source: "He et al. 2016, Table 1",
  caption: "CIFAR-10 test error of ResNet-110 when something other than the identity sits on every shortcut.",
  columns: [
    {key: "variant", label: "Shortcut variant"},
    {key: "onShortcut", label: "On the shortcut"},
    {key: "onF", label: "On F"},
    {key: "error", label: "Error", decimals: 2, unit: "%"},
    {key: "remark", label: "Remark"}
  ],
  rows: [
    {variant: "original (identity)", onShortcut: "1", onF: "1", error: 6.61, remark: null},
    {variant: "constant scaling", onShortcut: "0", onF: "1", error: "fail", remark: "a plain net"},
    {variant: "constant scaling", onShortcut: "0.5", onF: "1", error: "fail", remark: null},
    {variant: "constant scaling", onShortcut: "0.5", onF: "0.5", error: 12.35, remark: "frozen gating"},
    {variant: "exclusive gating", onShortcut: "1−g(x)", onF: "g(x)", error: "fail", remark: "b_g from 0 to −5"},
    {variant: "exclusive gating", onShortcut: "1−g(x)", onF: "g(x)", error: 8.7, remark: "b_g = −6"},
    {variant: "exclusive gating", onShortcut: "1−g(x)", onF: "g(x)", error: 9.81, remark: "b_g = −7"},
    {variant: "shortcut-only gating", onShortcut: "1−g(x)", onF: "1", error: 12.86, remark: "b_g = 0"},
    {variant: "shortcut-only gating", onShortcut: "1−g(x)", onF: "1", error: 6.91, remark: "b_g = −6"},
    {variant: "1×1 conv shortcut", onShortcut: "1×1 conv", onF: "1", error: 12.22, remark: null},
    {variant: "dropout shortcut", onShortcut: "dropout 0.5", onF: "1", error: "fail", remark: null}
  ],
  notes: [
    "\"fail\": test error above 20%. Each number is the median of 5 runs.",
    "Every variant that multiplies the shortcut trains worse than the plain identity, even those whose solutions include the identity."
  ],
  translations: {
    zh: {
      caption: "每个短路连接上都放了恒等以外的东西时，ResNet-110 在 CIFAR-10 上的测试误差。",
      labels: {variant: "短路连接的变体", onShortcut: "短路连接上", onF: "F 上", error: "误差", remark: "备注"},
      cells: {
        "original (identity)": "原始（恒等）",
        "constant scaling": "常数缩放",
        "exclusive gating": "互斥门控",
        "shortcut-only gating": "只在短路连接上门控",
        "1×1 conv shortcut": "1×1 卷积短路连接",
        "dropout shortcut": "短路连接上用随机失活",
        "1×1 conv": "1×1 卷积",
        "dropout 0.5": "随机失活 0.5",
        fail: "失败",
        "a plain net": "即普通网络",
        "frozen gating": "固定门控",
        "b_g from 0 to −5": "b_g 从 0 到 −5"
      },
      notes: [
        "“失败”：测试误差高于 20%。每个数字都是 5 次运行的中位数。",
        "凡是给短路连接乘上某个因子的变体，训练结果都比单纯的恒等映射差，即使它们能表示的解里本来就包含恒等映射。"
      ]
    }
  }
} satisfies TranslatedTable;
