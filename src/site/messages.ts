import {localized, type Localized} from "../i18n/locale.js";

/** What the site-wide script and the build say to readers (notes about offline use and updates, the printed footer), in every language. */
export const SITE_TEXT: Localized<{
  offlineReady: string;
  offlineStatus: string;
  offlineFailed: (reason: string) => string;
  fileNotFetched: string;
  updateReady: string;
  reload: string;
  dismiss: string;
  printedFrom: (address: string, date: string) => string;
  links: string;
  skipLinks: string;
  skipToContent: string;
  skipToLab: string;
  noscript: string;
  toggleSidebar: string;
}> = {
  en: {
    offlineReady: "Available offline: this site now works on this device without a network.",
    offlineStatus: "Available offline on this device.",
    offlineFailed: (reason) => `Could not keep the site for offline use (${reason}); it will try again on the next visit.`,
    fileNotFetched: "a file could not be fetched",
    updateReady: "An updated version of this site is ready.",
    reload: "Reload",
    dismiss: "Dismiss",
    printedFrom: (address, date) => `Printed from ${address} on ${date}.`,
    links: "Links",
    skipLinks: "Skip links",
    skipToContent: "Skip to the content",
    skipToLab: "Skip to the lab",
    noscript:
      "The charts, diagrams and labs on this site need JavaScript, and it is turned off in this browser. " +
      "You can still read the text and the formulas; turn JavaScript on to see the figures and to train the networks yourself.",
    toggleSidebar: "Toggle sidebar"
  },
  zh: {
    offlineReady: "已可离线使用：本网站现在在这台设备上无需网络也能打开。",
    offlineStatus: "已在本设备上保存，可离线使用。",
    offlineFailed: (reason) => `未能保存本网站以供离线使用（${reason}）；下次访问时会再试。`,
    fileNotFetched: "有一个文件没能下载",
    updateReady: "本网站有新版本可用。",
    reload: "刷新",
    dismiss: "关闭",
    printedFrom: (address, date) => `打印自 ${address}，${date}。`,
    links: "链接",
    skipLinks: "跳转链接",
    skipToContent: "跳到正文",
    skipToLab: "跳到实验",
    noscript: "本网站的图表、示意图和实验需要 JavaScript，而这个浏览器关闭了它。文字和公式仍然可以阅读；打开 JavaScript 才能看到图，并亲手训练网络。",
    toggleSidebar: "显示或隐藏侧边栏"
  }
};

/** The current page's site messages (English outside a page). */
export const siteMessages = () => localized(SITE_TEXT);
