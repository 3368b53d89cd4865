/**
 * Pixel layout of the Fig. 3 trio (pure: no DOM, testable in Node). Columns are drawn top to bottom; the
 * rows of all columns are aligned by output size, so "output size: 56" sits at the same height in every
 * column, as in the paper's figure. Shortcuts are arcs on the right of their column.
 */
import type {Figure3Column, Figure3Layer} from "../../engine/arch/figure3.js";

/** Sizes of the drawing, in CSS pixels. */
export interface NetworkLayoutOptions {
  /** Width of a layer box. */
  boxWidth?: number;
  boxHeight?: number;
  /** Vertical space between boxes (arrows go there). */
  rowGap?: number;
  /** Extra space between output-size segments. */
  segmentGap?: number;
  /** Room on the right of each column for its shortcut arcs. */
  shortcutRoom?: number;
  /** Width of the left margin holding "output size: 56". */
  marginLeft?: number;
  /** Height of the column titles and the "image" label. */
  marginTop?: number;
}

/** A box, placed. */
export interface PlacedBox extends Figure3Layer {
  column: number;
  /** Index of the layer in its column. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A shortcut arc, placed: it leaves the column at y1 and rejoins at y2, bulging right to `bulgeX`. */
export interface PlacedShortcut {
  column: number;
  x: number;
  bulgeX: number;
  y1: number;
  y2: number;
  changesShape: boolean;
}

/** A horizontal mark where the output size changes. */
export interface SizeMark {
  y: number;
  size: number;
}

/** The whole drawing. */
export interface NetworkLayout {
  width: number;
  height: number;
  /** Column titles: name and centre x. */
  columns: Array<{name: string; x: number; centerX: number}>;
  boxes: PlacedBox[];
  shortcuts: PlacedShortcut[];
  marks: SizeMark[];
  /** y of the "image" label above the first box of every column. */
  imageY: number;
}

const DEFAULTS: Required<NetworkLayoutOptions> = {
  boxWidth: 132,
  boxHeight: 17,
  rowGap: 6,
  segmentGap: 14,
  shortcutRoom: 30,
  marginLeft: 92,
  marginTop: 44
};

/** The distinct output sizes in order of appearance over all columns, largest first. */
function segmentSizes(columns: readonly Figure3Column[]): number[] {
  const sizes = new Set<number>();
  for (const column of columns) for (const layer of column.layers) sizes.add(layer.outputSize);
  return [...sizes].sort((a, b) => b - a);
}

/** Lays the columns out side by side, rows aligned by output size. */
export function layoutNetworkColumns(columns: readonly Figure3Column[], options: NetworkLayoutOptions = {}): NetworkLayout {
  const o = {...DEFAULTS, ...options};
  const sizes = segmentSizes(columns);
  const rowsIn = sizes.map((size) => Math.max(...columns.map((c) => c.layers.filter((l) => l.outputSize === size).length)));
  const pitch = o.boxHeight + o.rowGap;
  const segmentTop: number[] = [];
  let y = o.marginTop;
  sizes.forEach((_, s) => {
    segmentTop.push(y);
    y += rowsIn[s] * pitch + o.segmentGap;
  });
  const height = y;
  const columnPitch = o.boxWidth + o.shortcutRoom + 16;
  const boxes: PlacedBox[] = [];
  const shortcuts: PlacedShortcut[] = [];
  columns.forEach((column, c) => {
    const x = o.marginLeft + c * columnPitch;
    const seen = new Map<number, number>();
    column.layers.forEach((layer, index) => {
      const s = sizes.indexOf(layer.outputSize);
      const row = seen.get(s) ?? 0;
      seen.set(s, row + 1);
      boxes.push({...layer, column: c, index, x, y: segmentTop[s] + row * pitch, width: o.boxWidth, height: o.boxHeight});
    });
    const placed = boxes.filter((b) => b.column === c);
    for (const shortcut of column.shortcuts) {
      const first = placed[shortcut.from];
      const last = placed[shortcut.to];
      shortcuts.push({
        column: c,
        x: x + o.boxWidth,
        bulgeX: x + o.boxWidth + o.shortcutRoom - 6,
        y1: first.y - o.rowGap / 2,
        y2: last.y + o.boxHeight + o.rowGap / 2,
        changesShape: shortcut.changesShape
      });
    }
  });
  return {
    width: o.marginLeft + columns.length * columnPitch,
    height,
    columns: columns.map((column, c) => ({name: column.name, x: o.marginLeft + c * columnPitch, centerX: o.marginLeft + c * columnPitch + o.boxWidth / 2})),
    boxes,
    shortcuts,
    marks: sizes.map((size, s) => ({y: segmentTop[s] - o.segmentGap / 2 - 1, size})),
    imageY: o.marginTop - 10
  };
}
