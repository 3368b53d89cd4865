import type {Localized} from "../i18n/locale.js";

/**
 * Every reader-visible string of PaperTable that is not the table's own (src/data/papers/ holds those, with their
 * translations): how a source is cited, how a unit joins a header, and the source's lead-in to the caption.
 */
export const PAPER_TABLE_TEXT: Localized<{
  /** A table's source as cited in this language: "He et al. 2015, Table 2" → "He 等，2015，表 2". */
  citation: (source: string) => string;
  /** A column header with its unit: "Top-1 error (%)". */
  header: (label: string, unit: string) => string;
  /** The source at the start of the caption, with its closing punctuation. */
  sourceLead: (citation: string) => string;
}> = {
  en: {
    citation: (source) => source,
    header: (label, unit) => `${label} (${unit})`,
    sourceLead: (citation) => `${citation}. `
  },
  zh: {
    citation: (source) => source.replace(/^(.+?) et al\. (\d{4}), Table (\d+)$/, "$1 等，$2，表 $3"),
    header: (label, unit) => `${label}（${unit}）`,
    sourceLead: (citation) => `${citation}。`
  }
};
