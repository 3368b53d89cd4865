// AssemblyScript entry point: the project's convolution kernels for TF.js's wasm backend.
export {setGeometry} from "./geometry";
export {paddedSize, zeroFill} from "./conv";
export {padRows, unpadRows, transposeTaps} from "./pack";
export {batchNormForward, batchNormBackward} from "./batchNorm";
export {filterRanges, runTask, sumPartials} from "./parallel";
export {sgdMomentum} from "./sgd";
