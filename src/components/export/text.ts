/** Every reader-visible string of the chart export buttons (./Exportable.ts) and the export files' names, in both languages. */
import type {Localized} from "../../i18n/locale.js";

export const EXPORT_TEXT: Localized<{
  /** The colours of an export: the choices of its select. */
  coloursLabel: (title: string) => string;
  lightColours: string;
  pageColours: string;
  svgLabel: (title: string) => string;
  pngLabel: (title: string, scale: number) => string;
  csvLabel: (title: string) => string;
  groupLabel: (title: string) => string;
  failed: (format: string, reason: string) => string;
  /** A file's name when its title leaves nothing usable. */
  fallbackName: string;
}> = {
  en: {
    coloursLabel: (title) => `Colours of the SVG and PNG of “${title}”`,
    lightColours: "light colours",
    pageColours: "the page's colours",
    svgLabel: (title) => `Download “${title}” as SVG`,
    pngLabel: (title, scale) => `Download “${title}” as PNG (${scale}×)`,
    csvLabel: (title) => `Download the data of “${title}” as CSV`,
    groupLabel: (title) => `Export “${title}”`,
    failed: (format, reason) => `${format} export failed: ${reason}`,
    fallbackName: "chart"
  },
  zh: {
    coloursLabel: (title) => `“${title}”的 SVG 和 PNG 的配色`,
    lightColours: "浅色",
    pageColours: "页面的配色",
    svgLabel: (title) => `下载“${title}”的 SVG`,
    pngLabel: (title, scale) => `下载“${title}”的 PNG（${scale}×）`,
    csvLabel: (title) => `下载“${title}”的数据（CSV）`,
    groupLabel: (title) => `导出“${title}”`,
    failed: (format, reason) => `${format} 导出失败：${reason}`,
    fallbackName: "图表"
  }
};
