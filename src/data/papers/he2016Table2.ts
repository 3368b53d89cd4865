import type {PublishedTable} from "./types.js";

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
    "Only the full pre-activation unit (BN → ReLU → weight, twice, then the addition, nothing after it) beats the original in both nets."]
};
