/**
 * Every reader-visible string of the ILSVRC chart (ilsvrcChart.ts), in both languages. The entries' model names
 * and sources are English in src/data/papers/ilsvrcWinners.ts; `model` and `source` give them in the page's
 * language (Chinese citations as "He 等，2015，表 5"), in the chart and in its CSV (`ilsvrcCsv`).
 */
import type {Localized} from "../i18n/locale.js";
import type {IlsvrcCsvColumn} from "./ilsvrcChart.js";

const ILSVRC_EN = {
  /** The label above an entry's bar. */
  rowLabel: (year: number, model: string, depth: number) => `${year} · ${model} · ${depth} layers`,
  /** An entry's model (and team) as the data names it. */
  model: (model: string) => model,
  /** A source as the data cites it. */
  source: (source: string) => source,
  x: "Top-5 error on the ILSVRC test set (%) →",
  /** The chart's description for screen readers, from one "label, value" item per bar. */
  ariaLabel: (items: readonly string[]) => "Bar chart: " + items.join("; "),
  item: (label: string, value: string) => `${label}, ${value}`,
  title: "ImageNet classification: winning top-5 error by year, and how deep the network was",
  caption: (sources: readonly string[]) =>
    "Dark bars: first place; light bar: VGG, second in 2014. 2012–2014 are the entries without extra training data. " +
    `Sources: ${sources.join("; ")}.`
};

/** Chinese names of the entries of src/data/papers/ilsvrcWinners.ts; others get Chinese brackets only. */
const MODELS_ZH: Record<string, string> = {
  "VGG (2nd place)": "VGG（第二名）",
  "ResNet (ensemble)": "ResNet（集成）"
};

/** Chinese forms of the sources that a pattern cannot convert (an explanation in brackets). */
const SOURCES_ZH: Record<string, string> = {
  "Zeiler & Fergus 2014, Fig. 3 (an 8-layer model; the paper does not say it is the network of the 2013 Clarifai entry)":
    "Zeiler 和 Fergus，2014，图 3（一个 8 层模型；论文没有说它就是 2013 年 Clarifai 参赛所用的网络）"
};

/** "Szegedy et al. 2015, Table 2" → "Szegedy 等，2015，表 2"; "Simonyan & Zisserman 2015, Table 1" → "Simonyan 和 Zisserman，2015，表 1". */
function citationZh(source: string): string {
  return (
    SOURCES_ZH[source] ??
    source
      .replace(/^(.+?) et al\. (\d{4}[a-z]?)/, "$1 等，$2")
      .replace(/^(\S+) & (\S+) (\d{4}[a-z]?)/, "$1 和 $2，$3")
      .replace(/, Table /g, "，表 ")
      .replace(/, Fig\. /g, "，图 ")
      .replace(/, §/g, "，§")
  );
}

/** The ILSVRC chart's strings. */
export const ILSVRC_TEXT: Localized<typeof ILSVRC_EN> = {
  en: ILSVRC_EN,
  zh: {
    rowLabel: (year, model, depth) => `${year} · ${model} · ${depth} 层`,
    model: (model) => MODELS_ZH[model] ?? model.replace(" (", "（").replace(/\)$/, "）"),
    source: citationZh,
    x: "ILSVRC 测试集上的前五错误率（%）→",
    ariaLabel: (items) => "条形图：" + items.join("；"),
    item: (label, value) => `${label}，${value}`,
    title: "ImageNet 图像分类：历年冠军的前五错误率，以及背后网络的深度",
    caption: (sources) =>
      "深色条：第一名；浅色条：VGG，2014 年第二名。2012–2014 年取的是不使用额外训练数据的参赛结果。" + `来源：${sources.join("；")}。`
  }
};

/** The headers of the chart's CSV (ilsvrcChart.ts `ilsvrcCsv`), by column. English: the keys themselves, unchanged. */
export const ILSVRC_CSV_TEXT: Localized<{columns: Record<IlsvrcCsvColumn, string>}> = {
  en: {
    columns: {
      year: "year",
      model: "model",
      top5_error_percent: "top5_error_percent",
      depth_layers: "depth_layers",
      place: "place",
      error_source: "error_source",
      depth_source: "depth_source"
    }
  },
  zh: {
    columns: {
      year: "年份",
      model: "模型",
      top5_error_percent: "前五错误率（%）",
      depth_layers: "深度（层）",
      place: "名次",
      error_source: "错误率来源",
      depth_source: "深度来源"
    }
  }
};
