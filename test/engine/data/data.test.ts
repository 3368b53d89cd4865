import {describe, expect, it} from "vitest";
import {decodeMnistSubset, encodeMnistSubset, parseIdx} from "../../../src/engine/data/mnist.ts";
import {TOY_DATASETS, toyDataset} from "../../../src/engine/data/toy2d.ts";
import {loadMnistSubset, mnistSubsetBytes, readMnistIdxFiles} from "../../../src/data/mnistFiles.ts";

/** An idx file of unsigned bytes with the given dimensions and data. */
function idx(dims: number[], data: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(bytes.buffer);
  bytes[2] = 0x08;
  bytes[3] = dims.length;
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  bytes.set(data, 4 + 4 * dims.length);
  return bytes;
}

describe("toy 2-D data sets", () => {
  it("are reproducible from the seed and differ between seeds", () => {
    for (const name of TOY_DATASETS) {
      expect(toyDataset({name, seed: 3}).train.x).toEqual(toyDataset({name, seed: 3}).train.x);
      expect(toyDataset({name, seed: 3}).train.x).not.toEqual(toyDataset({name, seed: 4}).train.x);
    }
  });

  it("have balanced classes, independent train and test splits, and points inside the extent", () => {
    for (const name of TOY_DATASETS) {
      const data = toyDataset({name, seed: 1, trainSize: 400, testSize: 200});
      const ones = data.train.y.reduce((a, b) => a + b, 0);
      expect(Math.abs(ones - 200)).toBeLessThan(name === "checkerboard" ? 40 : 1);
      expect(data.test.count).toBe(200);
      expect(data.train.x.subarray(0, 400)).not.toEqual(data.test.x.subarray(0, 400));
      expect(Math.max(...data.train.x.map(Math.abs))).toBeLessThan(data.extent![1]);
    }
  });

  it("label circles by radius and the checkerboard by square", () => {
    const circles = toyDataset({name: "circles", seed: 2, noise: 0});
    for (let i = 0; i < circles.train.count; i++) {
      const radius = Math.hypot(circles.train.x[2 * i], circles.train.x[2 * i + 1]);
      expect(circles.train.y[i]).toBe(radius < 0.6 ? 0 : 1);
    }
    const board = toyDataset({name: "checkerboard", seed: 2, noise: 0});
    const [x, y] = [board.train.x[0], board.train.x[1]];
    expect(board.train.y[0]).toBe((Math.floor((x + 1) * 2) + Math.floor((y + 1) * 2)) % 2);
  });
});

describe("the MNIST subset file", () => {
  it("parses idx files and averages 2×2 blocks", () => {
    const image = Array.from({length: 16}, (_, i) => i * 10);
    const files = {trainImages: idx([1, 4, 4], image), trainLabels: idx([1], [3]), testImages: idx([1, 4, 4], image), testLabels: idx([1], [3])};
    expect(parseIdx(files.trainImages).dims).toEqual([1, 4, 4]);
    const bytes = encodeMnistSubset(files, {trainPerClass: 1, testPerClass: 1});
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe("RXDS");
    expect(Array.from(bytes.subarray(32, 36))).toEqual([25, 45, 105, 125]);
    const dataset = decodeMnistSubset(bytes);
    expect(dataset.inputShape).toEqual([2, 2, 1]);
    expect(Array.from(dataset.train.y)).toEqual([3]);
  });

  it("rejects files that are not data set files", () => {
    expect(() => decodeMnistSubset(new Uint8Array(40))).toThrow(/not a data set file/);
    expect(() => parseIdx(new Uint8Array(8))).toThrow(/idx/);
  });

  it("holds 6,000 + 1,000 class-balanced 14×14 digits, standardised with the training split's statistics", () => {
    const bytes = mnistSubsetBytes();
    expect(bytes.length).toBe(32 + 7000 * (196 + 1));
    const mnist = decodeMnistSubset(bytes);
    expect(mnist.inputShape).toEqual([14, 14, 1]);
    expect([mnist.train.count, mnist.test.count]).toEqual([6000, 1000]);
    for (let digit = 0; digit < 10; digit++) {
      expect(mnist.train.y.filter((y) => y === digit).length).toBe(600);
      expect(mnist.test.y.filter((y) => y === digit).length).toBe(100);
    }
    const mean = mnist.train.x.reduce((a, b) => a + b, 0) / mnist.train.x.length;
    const std = Math.sqrt(mnist.train.x.reduce((a, b) => a + (b - mean) ** 2, 0) / mnist.train.x.length);
    expect(Math.abs(mean)).toBeLessThan(1e-3);
    expect(Math.abs(std - 1)).toBeLessThan(1e-3);
    expect(loadMnistSubset().train.y).toEqual(mnist.train.y);
  });

  it("takes its first training image from MNIST's first training image (a 5), downsampled", () => {
    const files = readMnistIdxFiles();
    const first = parseIdx(files.trainImages).data.subarray(0, 784);
    const bytes = mnistSubsetBytes();
    const block = (r: number, c: number) => Math.round((first[2 * r * 28 + 2 * c] + first[2 * r * 28 + 2 * c + 1] + first[(2 * r + 1) * 28 + 2 * c] + first[(2 * r + 1) * 28 + 2 * c + 1]) / 4);
    expect(bytes[32 + 7 * 14 + 7]).toBe(block(7, 7));
    expect(bytes[32 + 6000 * 196]).toBe(5);
  });
});
