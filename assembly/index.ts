// AssemblyScript entry point: the project's convolution kernels for TF.js's wasm backend.
export {setGeometry} from "./geometry";
export {convForward, convBackpropInput, convBackpropFilter} from "./conv";
export {padRows, unpadRows, transposeTaps, zeroFill} from "./pack";
export {batchNormForward, batchNormBackward} from "./batchNorm";
