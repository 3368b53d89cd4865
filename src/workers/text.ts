/**
 * Every reader-visible string of the training worker and its client, in both languages: what a reader is told when a
 * worker has gone (./client.ts) and when the handwritten digits could not be loaded (./train.worker.ts, in the
 * language of the page that started the run: the `start` request carries it).
 */
import type {Localized} from "../i18n/locale.js";

export const WORKER_TEXT: Localized<{
  /** A worker that had work went silent. */
  silent: string;
  /** A worker reported an uncaught error. */
  error: string;
  /** A worker's program did not load. */
  start: string;
  /** The digits' fetch got no answer. */
  digitsUnreachable: string;
  /** The digits' fetch got an HTTP error. */
  digitsRefused: (status: number, statusText: string) => string;
}> = {
  en: {
    silent: "The training worker stopped responding (it may have run out of memory), so its runs were stopped. Press Train to start again — smaller settings need less memory.",
    error: "Something went wrong in the training worker; runs it had not started yet were stopped. Press Train to try again.",
    start: "The training worker could not be started: its program did not load. Reload the page; if this keeps happening, the site is incomplete on this server.",
    digitsUnreachable: "The handwritten digits could not be loaded: the site did not answer. Check the connection and press Retrain.",
    digitsRefused: (status, statusText) => `The handwritten digits could not be loaded (the site answered ${status} ${statusText || "error"}). Reload the page or press Retrain.`
  },
  zh: {
    silent: "训练线程停止了响应（可能是内存不足），它的运行因此被停止。按“训练”重新开始——较小的设置需要的内存更少。",
    error: "训练线程出了问题；它尚未开始的运行已被停止。按“训练”再试一次。",
    start: "训练线程无法启动：它的程序没有加载成功。请重新加载页面；如果一再出现，说明这个服务器上的网站不完整。",
    digitsUnreachable: "手写数字无法加载：网站没有响应。请检查网络连接，然后按“重新训练”。",
    digitsRefused: (status, statusText) => `手写数字无法加载（网站返回 ${status}${statusText ? ` ${statusText}` : ""}）。请重新加载页面，或按“重新训练”。`
  }
};
