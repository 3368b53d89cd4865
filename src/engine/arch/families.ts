/**
 * Counts across the network families the pages compare: the shortcut options A/B/C per ImageNet depth
 * (with the plain twin), and the CIFAR-10 family 6n+2 beside Table 6.
 */
import {cifarSpec, cifarUnitsFor, imagenetSpec, type ImagenetDepth, type ShortcutOption} from "../spec.js";
import {countNetwork} from "./count.js";
import {PAPER_CIFAR_PARAMS, type Published} from "./published.js";
import {TABLE1_DEPTHS} from "./table1.js";

/** Counts of one ImageNet depth under each shortcut option, and of its plain twin. */
export interface ShortcutComparison {
  depth: ImagenetDepth;
  plain: {params: number; multiplyAdds: number};
  /** Per option: totals, and what the shortcuts alone cost. */
  options: Record<ShortcutOption, {params: number; multiplyAdds: number; shortcutParams: number; shortcutMultiplyAdds: number}>;
}

const OPTIONS: ShortcutOption[] = ["A", "B", "C"];

/** Parameters and multiply-adds of ResNet-`depth` under options A, B, C, and of plain-`depth`. */
export function compareShortcuts(depth: ImagenetDepth): ShortcutComparison {
  const plain = countNetwork(imagenetSpec({depth, isResidual: false}));
  const options = {} as ShortcutComparison["options"];
  for (const option of OPTIONS) {
    const counts = countNetwork(imagenetSpec({depth, shortcut: option}));
    options[option] = {
      params: counts.params,
      multiplyAdds: counts.multiplyAdds,
      shortcutParams: counts.shortcut.params,
      shortcutMultiplyAdds: counts.shortcut.multiplyAdds
    };
  }
  return {depth, plain: {params: plain.params, multiplyAdds: plain.multiplyAdds}, options};
}

/** The comparison for every depth of Table 1. */
export function compareAllShortcuts(): ShortcutComparison[] {
  return TABLE1_DEPTHS.map(compareShortcuts);
}

/** The depths of Table 6 (CIFAR-10, option A). */
export const CIFAR_DEPTHS = [20, 32, 44, 56, 110, 1202] as const;

/** One CIFAR-10 net: computed counts beside Table 6. */
export interface CifarCounts {
  depth: (typeof CIFAR_DEPTHS)[number];
  /** Units per stage, n = (depth − 2)/6. */
  n: number;
  params: number;
  multiplyAdds: number;
  paperParams: Published;
}

/** The CIFAR-10 ResNets of Table 6 with the paper's widths 16/32/64 and option A. */
export function cifarFamily(): CifarCounts[] {
  return CIFAR_DEPTHS.map((depth) => {
    const n = cifarUnitsFor(depth);
    const counts = countNetwork(cifarSpec({n}));
    return {depth, n, params: counts.params, multiplyAdds: counts.multiplyAdds, paperParams: PAPER_CIFAR_PARAMS[depth]};
  });
}
