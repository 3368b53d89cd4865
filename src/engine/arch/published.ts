/**
 * Published figures the computed ones are compared with — each with its source. These are the only numbers
 * typed in by hand in the architecture arithmetic, and they are never used to compute anything: they sit
 * beside the computed values in tables and in tests.
 */

/** A published value with where it comes from. */
export interface Published {
  value: number;
  /** Citation, e.g. "He et al. 2015, Table 1". */
  source: string;
}

/** Citation of the ResNet paper (arXiv:1512.03385). */
export const HE_2015 = "He et al. 2015";
/** Citation of the Identity Mappings paper (arXiv:1603.05027). */
export const HE_2016 = "He et al. 2016";
/** Where torchvision's counts are published: each model's weights metadata ("num_params", "GFLOPS"). */
export const TORCHVISION_DOCS = "torchvision model docs (weights metadata)";

const table1 = (value: number): Published => ({value, source: `${HE_2015}, Table 1`});

/** FLOPs (multiply-adds) in the bottom row of Table 1, by depth. */
export const PAPER_FLOPS: Record<18 | 34 | 50 | 101 | 152, Published> = {
  18: table1(1.8e9),
  34: table1(3.6e9),
  50: table1(3.8e9),
  101: table1(7.6e9),
  152: table1(11.3e9)
};

/** VGG-19's FLOPs as the ResNet paper quotes them (§3.3: the 34-layer baseline is 18% of them). */
export const PAPER_VGG19_FLOPS: Published = {value: 19.6e9, source: `${HE_2015}, §3.3`};

/** torchvision's parameter counts ("num_params" of the IMAGENET1K_V1 weights). */
export const TORCHVISION_PARAMS: Record<"resnet18" | "resnet34" | "resnet50" | "resnet101" | "resnet152" | "vgg19", Published> = {
  resnet18: {value: 11_689_512, source: TORCHVISION_DOCS},
  resnet34: {value: 21_797_672, source: TORCHVISION_DOCS},
  resnet50: {value: 25_557_032, source: TORCHVISION_DOCS},
  resnet101: {value: 44_549_160, source: TORCHVISION_DOCS},
  resnet152: {value: 60_192_808, source: TORCHVISION_DOCS},
  vgg19: {value: 143_667_240, source: TORCHVISION_DOCS}
};

/**
 * torchvision's GFLOPS (its "_ops" metadata, multiply-adds ×10⁹, for its v1.5 bottleneck with the stride
 * on the 3×3 convolution).
 */
export const TORCHVISION_GFLOPS: Record<keyof typeof TORCHVISION_PARAMS, Published> = {
  resnet18: {value: 1.814, source: TORCHVISION_DOCS},
  resnet34: {value: 3.664, source: TORCHVISION_DOCS},
  resnet50: {value: 4.089, source: TORCHVISION_DOCS},
  resnet101: {value: 7.801, source: TORCHVISION_DOCS},
  resnet152: {value: 11.514, source: TORCHVISION_DOCS},
  vgg19: {value: 19.632, source: TORCHVISION_DOCS}
};

const table6 = (value: number): Published => ({value, source: `${HE_2015}, Table 6`});

/** Parameters of the CIFAR-10 ResNets (option A), as Table 6 rounds them, by depth. */
export const PAPER_CIFAR_PARAMS: Record<20 | 32 | 44 | 56 | 110 | 1202, Published> = {
  20: table6(0.27e6),
  32: table6(0.46e6),
  44: table6(0.66e6),
  56: table6(0.85e6),
  110: table6(1.7e6),
  1202: table6(19.4e6)
};
