/**
 * The training worker: the engine behind the message protocol of ./protocol.ts. Bundled by scripts/bundle.ts into
 * src/vendor/train.worker.js (one file with TF.js inside); a page starts it through ./client.ts.
 * MNIST is fetched from the URL a run's data request names (the page passes `FileAttachment("data/mnist-14.bin").href`).
 */
import {decodeMnistSubset} from "../engine/data/mnist.js";
import type {WorkerMessage, WorkerRequest} from "./protocol.js";
import {createScheduler} from "./scheduler.js";
import {HEARTBEAT_MS} from "./watchdog.js";

const scope = self as unknown as {postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null};

const scheduler = createScheduler({
  post: (message) => scope.postMessage(message),
  async loadMnist(url) {
    if (!url) throw new Error("an MNIST data request needs the URL of mnist-14.bin");
    // Said in words on the page (the run fails with this message); the URL itself would mean nothing to a reader.
    const response = await fetch(url).catch(() => {
      throw new Error("The handwritten digits could not be loaded: the site did not answer. Check the connection and press Retrain.");
    });
    if (!response.ok) throw new Error(`The handwritten digits could not be loaded (the site answered ${response.status} ${response.statusText || "error"}). Reload the page or press Retrain.`);
    return decodeMnistSubset(new Uint8Array(await response.arrayBuffer()));
  }
});

scope.onmessage = (event) => void scheduler.handle(event.data);

/** Between steps the event loop is free and this fires: the page's client knows the worker is alive (./client.ts). */
setInterval(() => scope.postMessage({type: "heartbeat"}), HEARTBEAT_MS);
