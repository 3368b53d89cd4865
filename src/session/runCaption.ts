/**
 * The line that says what made a chart: the nets, the data, every training setting and the seed, and the
 * backend — written under every chart of a run and into its exports, so a slide carries its own provenance. In
 * `locale` (default the page's language): the words are ./text.ts's (CAPTION_TEXT), the nets' names ./netName.ts's.
 */
import type {DataRequest} from "../engine/data/request.js";
import {resolveTrainConfig} from "../engine/train/config.js";
import {localized, pageLocale, type Locale} from "../i18n/locale.js";
import type {BackendPreference, RunRequest} from "../workers/protocol.js";
import {backendName} from "./backendText.js";
import {localNetName} from "./netName.js";
import {CAPTION_TEXT} from "./text.js";

/** The data a run trains on, without its seed (the caption gives the seed once). */
function dataName(data: DataRequest, locale: Locale): string {
  const text = localized(CAPTION_TEXT, locale);
  if (data.kind === "line") return text.inputsOnLine(data.points, data.from, data.to);
  return data.kind === "toy" ? text.toyData[data.name] : "MNIST 14×14";
}

/** E.g. "ResNet-20 vs plain-20 · MNIST 14×14 · 300 SGD steps of 32, lr 0.1, momentum 0.9, weight decay 0.0001 · seed 1 · computed with WebAssembly". */
export function describeRequest(requests: readonly RunRequest[], backend: BackendPreference, locale: Locale = pageLocale()): string {
  if (requests.length === 0) return "";
  const text = localized(CAPTION_TEXT, locale);
  const config = resolveTrainConfig(requests[0].config);
  const nets = requests.map((request) => localNetName(request.spec.name, locale)).join(text.versus);
  return [
    nets,
    dataName(requests[0].data, locale),
    text.training({steps: config.steps, batchSize: config.batchSize, lr: config.lr, momentum: config.momentum, weightDecay: config.weightDecay}),
    text.seed(config.seed),
    text.backend(backendName(backend, locale))
  ].join(" · ");
}
