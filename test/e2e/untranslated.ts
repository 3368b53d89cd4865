/**
 * The untranslated-string check of the Chinese pages (issue 12 §2): every word in Latin letters that a reader sees on
 * a Chinese page must be a name or a symbol both languages write alike, or sit inside an element marked
 * `lang="en"` (a paper's title, the link to the English edition). Math, code and keyboard keys are not words.
 */

/** Names and symbols a Chinese page writes in Latin letters. */
export const ALLOWED_WORDS = new Set([
  // the site's name
  "Explorable",
  // networks, data sets, competitions, file formats, software
  "ResNet", "ResNets", "VGG", "AlexNet", "GoogLeNet", "BatchNorm", "BN", "ReLU", "SGD", "MLP", "SVG", "PNG", "CSV", "MNIST",
  "CIFAR", "ImageNet", "ILSVRC", "COCO", "CVPR", "ECCV", "NeurIPS", "NIPS", "ICML", "ICLR", "TensorFlow", "PyTorch", "JavaScript",
  "WebAssembly", "SIMD", "WebGL", "WebGPU", "GPU", "CPU", "URL", "arXiv", "FLOPs", "FLOP", "GFLOP", "MACs", "PDF", "ID", "Microsoft", "Research",
  "CNN", "top", "DenseNet", "ResNeXt", "PReLU-net", "BN-inception", "Node", "torchvision", "CC", "BY-SA", "conv", "fc", "softmax", "PReLU", "Inception", "Maxout", "NIN", "DSN", "FitNet", "Highway", "ZFNet", "Clarifai", "SuperVision",
  // operators written in words
  "ln", "log", "max", "min", "exp",
  // units and keys
  "ms", "s", "min", "MB", "KB", "GB", "px", "Esc", "Ctrl", "Alt", "Space", "Tab", "Shift", "Enter",
  // authors and their first names as the pages cite them
  "He", "Kaiming", "Xiangyu", "Shaoqing", "Jian", "Zhang", "Ren", "Sun", "Veit", "Wilber", "Belongie", "Li", "Hao", "Xu", "Taylor",
  "Studer", "Goldstein", "Balduzzi", "Frean", "Leary", "Lewis", "Ma", "McWilliams", "Simonyan", "Zisserman", "Szegedy", "Krizhevsky",
  "Sutskever", "Hinton", "Srivastava", "Greff", "Schmidhuber", "Hochreiter", "Glorot", "Bengio", "Ioffe", "LeCun", "Saxe", "Huang",
  "Zagoruyko", "Komodakis", "Xie", "Lin", "Long", "Shelhamer", "Darrell", "Girshick", "Ross", "Dauphin", "Wu", "Zeiler", "Fergus",
  "Cortes", "Burges"
]);

/** Whether a part of a word ("ILSVRC" and "14" of "ILSVRC'14") needs no translation: a name (numbered or not, "conv3"), a number or a single letter. */
const isNeutral = (part: string) => part.replace(/\d+$/, "").length <= 1 || ALLOWED_WORDS.has(part.replace(/\d+$/, ""));

/**
 * The words of `text` that need translating: a word joined by hyphens or apostrophes ("PReLU-net", "plain-56",
 * "ILSVRC'14") passes when it is a name as a whole or each of its parts is neutral. Addresses are not words.
 */
export function untranslatedWords(text: string): string[] {
  const words = text.replace(/\b(https?:\/\/|www\.)\S+/g, "").match(/[A-Za-z][A-Za-z0-9]*(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  return words.filter((word) => !ALLOWED_WORDS.has(word) && !word.split(/['’-]/).every(isNeutral));
}

/**
 * Runs in the page: every text a reader meets — text nodes and the labels of controls — outside math, code and
 * English-marked elements. The `aria-label`s inside charts are left out: Plot names its own marks ("x-axis tick",
 * "line") for assistive technology, in English, on every chart; the charts' text, titles and legends are checked.
 */
export function readerTexts(): string[] {
  const SKIP = "script, style, noscript, template, .katex, code, pre, kbd, [lang='en'], [lang^='en-']";
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !node.textContent?.trim()) continue;
    texts.push(node.textContent.trim());
  }
  for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    if (element.closest(SKIP)) continue;
    const isPlotMark = element.closest("svg") !== null && element.tagName.toLowerCase() !== "svg";
    for (const name of isPlotMark ? ["title"] : ["aria-label", "title", "placeholder", "alt"]) {
      const value = element.getAttribute(name);
      if (value?.trim()) texts.push(value.trim());
    }
  }
  return texts;
}
