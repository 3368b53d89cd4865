/**
 * The line that says what made a chart: the nets, the data, every training setting and the seed, and the
 * backend — written under every chart of a run and into its exports, so a slide carries its own provenance.
 */
import {describeData} from "../engine/data/request.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import type {BackendPreference, RunRequest} from "../workers/protocol.js";
import {backendName} from "./backendText.js";

/** E.g. "ResNet-20 vs plain-20 · MNIST 14×14 · 300 SGD steps of 32, lr 0.1, momentum 0.9, weight decay 0.0001 · seed 1 · computed with WebAssembly". */
export function describeRequest(requests: readonly RunRequest[], backend: BackendPreference): string {
  if (requests.length === 0) return "";
  const config = resolveTrainConfig(requests[0].config);
  const nets = requests.map((request) => request.spec.name).join(" vs ");
  return [
    nets,
    describeData(requests[0].data).replace(/ \(seed \d+\)$/, ""),
    `${config.steps} SGD steps of ${config.batchSize}, lr ${config.lr}, momentum ${config.momentum}, weight decay ${config.weightDecay}`,
    `seed ${config.seed}`,
    `computed with ${backendName(backend)}`
  ].join(" · ");
}
