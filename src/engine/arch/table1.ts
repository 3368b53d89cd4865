/**
 * He et al. 2015, Table 1, regenerated from the specs: for each depth 18 … 152, the stem, the unit bracket
 * of each stage ("[3×3, 64; 3×3, 64] ×2"), output sizes, and the computed FLOPs and parameters next to the
 * published ones.
 */
import {IMAGENET_DEPTHS, imagenetSpec, type ImagenetDepth} from "../spec.js";
import {countNetwork} from "./count.js";
import type {ConvOp, Op} from "./ops.js";
import {planNetwork, type NetworkPlan, type StagePlan} from "./plan.js";
import {PAPER_FLOPS, TORCHVISION_GFLOPS, TORCHVISION_PARAMS, type Published} from "./published.js";

/** The depths of Table 1, in its column order. */
export const TABLE1_DEPTHS = Object.keys(IMAGENET_DEPTHS).map(Number) as ImagenetDepth[];

/** One stage's unit, as Table 1 writes it. */
export interface UnitBracket {
  /** The unit's convolutions, kernel and output width, e.g. [{kernel: 1, width: 64}, …]. */
  convs: Array<{kernel: number; width: number}>;
  /** Units in the stage. */
  repeat: number;
}

/** A row of the table body: one Table-1 layer name. */
export interface Table1Row {
  /** "conv1", "conv2_x", … or "" for the head row. */
  layer: string;
  /** Output size, e.g. "56×56". */
  outputSize: string;
  /** A line shared by every depth (the stem, the max pooling, the head), or null. */
  shared: string | null;
  /** The unit bracket per depth, or null on rows without units. */
  units: Partial<Record<ImagenetDepth, UnitBracket>>;
}

/** The totals of one depth column. */
export interface Table1Totals {
  depth: ImagenetDepth;
  params: number;
  /** Multiply-adds with the bottleneck's stride on the first 1×1 (the paper's network). */
  multiplyAdds: number;
  /** Multiply-adds with the stride on the 3×3 (torchvision's v1.5; equal for basic units). */
  multiplyAddsV15: number;
  paperFlops: Published;
  torchvisionParams: Published;
  torchvisionGflops: Published;
}

/** Table 1, computed. */
export interface Table1 {
  rows: Table1Row[];
  totals: Table1Totals[];
}

/** "[3×3, 64; 3×3, 64] ×2" */
export function formatBracket({convs, repeat}: UnitBracket): string {
  return `[${convs.map(({kernel, width}) => `${kernel}×${kernel}, ${width}`).join("; ")}] ×${repeat}`;
}

function isConv(op: Op): op is ConvOp {
  return op.op === "conv";
}

function bracketOf(stage: StagePlan): UnitBracket {
  const convs = stage.units[0].main.filter(isConv).map((op) => ({kernel: op.kernel, width: op.output.channels}));
  return {convs, repeat: stage.units.length};
}

const size = (height: number, width: number) => `${height}×${width}`;

function bodyRows(plans: Map<ImagenetDepth, NetworkPlan>): Table1Row[] {
  const first = plans.get(TABLE1_DEPTHS[0])!;
  const stemConv = first.stem.find(isConv)!;
  const pool = first.stem.find((op) => op.op === "maxpool");
  const rows: Table1Row[] = [
    {layer: "conv1", outputSize: size(stemConv.output.height, stemConv.output.width), shared: `${stemConv.kernel}×${stemConv.kernel}, ${stemConv.output.channels}, stride ${stemConv.stride}`, units: {}}
  ];
  first.stages.forEach((stage, s) => {
    const units: Table1Row["units"] = {};
    for (const [depth, plan] of plans) units[depth] = bracketOf(plan.stages[s]);
    const shared = s === 0 && pool?.op === "maxpool" ? `${pool.size}×${pool.size} max pool, stride ${pool.stride}` : null;
    rows.push({layer: stage.name, outputSize: size(stage.output.height, stage.output.width), shared, units});
  });
  rows.push({layer: "", outputSize: "1×1", shared: `average pool, ${first.spec.classes}-d fc, softmax`, units: {}});
  return rows;
}

/** Table 1 for the given depths (default: all five), from `imagenetSpec` with option-B shortcuts. */
export function computeTable1(depths: readonly ImagenetDepth[] = TABLE1_DEPTHS): Table1 {
  const plans = new Map(depths.map((depth) => [depth, planNetwork(imagenetSpec({depth}))] as const));
  const totals = depths.map((depth): Table1Totals => {
    const original = countNetwork(plans.get(depth)!);
    const v15 = countNetwork(imagenetSpec({depth, bottleneckStride: "3x3"}));
    const key = `resnet${depth}` as const;
    return {
      depth,
      params: original.params,
      multiplyAdds: original.multiplyAdds,
      multiplyAddsV15: v15.multiplyAdds,
      paperFlops: PAPER_FLOPS[depth],
      torchvisionParams: TORCHVISION_PARAMS[key],
      torchvisionGflops: TORCHVISION_GFLOPS[key]
    };
  });
  return {rows: bodyRows(plans), totals};
}

/** The table flattened for CSV export: one record per row, one column per depth. */
export function table1Records(table: Table1): Array<Record<string, string | number>> {
  const records: Array<Record<string, string | number>> = table.rows.map((row) => {
    const record: Record<string, string | number> = {layer: row.layer, output_size: row.outputSize};
    for (const {depth} of table.totals) {
      const bracket = row.units[depth];
      record[`resnet${depth}`] = [row.shared, bracket && formatBracket(bracket)].filter(Boolean).join("; ");
    }
    return record;
  });
  const totalRow = (layer: string, pick: (t: Table1Totals) => number) => {
    const record: Record<string, string | number> = {layer, output_size: ""};
    for (const t of table.totals) record[`resnet${t.depth}`] = pick(t);
    return record;
  };
  records.push(totalRow("FLOPs (multiply-adds), computed, stride on 1×1", (t) => t.multiplyAdds));
  records.push(totalRow("FLOPs, He et al. 2015 Table 1", (t) => t.paperFlops.value));
  records.push(totalRow("FLOPs, computed, stride on 3×3 (torchvision v1.5)", (t) => t.multiplyAddsV15));
  records.push(totalRow("parameters, computed", (t) => t.params));
  records.push(totalRow("parameters, torchvision", (t) => t.torchvisionParams.value));
  return records;
}
