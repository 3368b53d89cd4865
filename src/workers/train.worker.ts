/**
 * The training worker: the engine behind the message protocol of ./protocol.ts. Bundled by scripts/bundle.ts into
 * src/vendor/train.worker.js (one file with TF.js inside); a page starts it through ./client.ts.
 * MNIST is fetched from the URL a run's data request names (the page passes `FileAttachment("data/mnist-14.bin").href`).
 */
import {decodeMnistSubset} from "../engine/data/mnist.js";
import {localized} from "../i18n/locale.js";
import type {WorkerMessage, WorkerRequest} from "./protocol.js";
import {createScheduler} from "./scheduler.js";
import {WORKER_TEXT} from "./text.js";
import {HEARTBEAT_MS} from "./watchdog.js";

const scope = self as unknown as {postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null};

const scheduler = createScheduler({
  post: (message) => scope.postMessage(message),
  async loadMnist(url, locale) {
    if (!url) throw new Error("an MNIST data request needs the URL of mnist-14.bin");
    // Said in words on the page, in its language (the run fails with this message); the URL itself would mean nothing to a reader.
    const text = localized(WORKER_TEXT, locale);
    const response = await fetch(url).catch(() => {
      throw new Error(text.digitsUnreachable);
    });
    if (!response.ok) throw new Error(text.digitsRefused(response.status, response.statusText));
    return decodeMnistSubset(new Uint8Array(await response.arrayBuffer()));
  }
});

scope.onmessage = (event) => void scheduler.handle(event.data);

/** Between steps the event loop is free and this fires: the page's client knows the worker is alive (./client.ts). */
setInterval(() => scope.postMessage({type: "heartbeat"}), HEARTBEAT_MS);
