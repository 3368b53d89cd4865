/**
 * The benchmark's module worker (bundled by `browser.ts`): runs the suite on TF.js in the browser, the way
 * the site's training worker runs the engine, and posts log lines and the results to the page.
 */
import "@tensorflow/tfjs-backend-cpu";
import {setWasmPaths} from "@tensorflow/tfjs-backend-wasm";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
import {runSuite, type SuiteOptions} from "./suite.ts";

self.onmessage = async (event: MessageEvent<{options: SuiteOptions; wasmPrefix: string}>) => {
  try {
    setWasmPaths(event.data.wasmPrefix);
    const result = await runSuite(event.data.options, (line) => postMessage({type: "log", line}));
    postMessage({type: "done", result});
  } catch (error) {
    postMessage({type: "error", message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error)});
  }
};
