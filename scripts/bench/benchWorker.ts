/**
 * The benchmark's module worker (bundled by `browser.ts`): runs the suite on TF.js in the browser, the way
 * the site's training worker runs the engine, and posts log lines and the results to the page; or checks the
 * kernels against the cpu backend (`verify`).
 */
import "@tensorflow/tfjs-backend-cpu";
import {setWasmPaths} from "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import {runSuite, type SuiteOptions} from "./suite.ts";
import {verifyKernels} from "./verify.ts";

/** `options`: run the suite; `verify`: check the kernels against the cpu backend instead. */
self.onmessage = async (event: MessageEvent<{options: SuiteOptions | null; verify?: boolean; wasmPrefix: string}>) => {
  try {
    setWasmPaths(event.data.wasmPrefix);
    const result = event.data.verify ? await verifyKernels() : await runSuite(event.data.options!, (line) => postMessage({type: "log", line}));
    postMessage({type: "done", result});
  } catch (error) {
    postMessage({type: "error", message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error)});
  }
};
