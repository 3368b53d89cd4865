import {describe, expect, it} from "vitest";
import {PAGES, ZH_PAGES} from "../../../observablehq.config.ts";
import {frameworkPath, localeOfPage, localizePage, sidebarHtml} from "../../../scripts/postbuild/language.ts";

const PAGE = (sidebar: string) =>
  `<!DOCTYPE html>\n<html>\n<head></head>\n<body>\n${sidebar}\n<div id="observablehq-center">\n<aside id="observablehq-toc" data-selector="h2">\n<nav>\n<div>Contents</div>\n<ol></ol></nav></aside><main></main></div></body></html>`;
const FRAMEWORK_SIDEBAR = '<nav id="observablehq-sidebar">\n  <ol>\n    <li class="observablehq-link"><a href="./">ResNet Explorable</a></li>\n  </ol>\n  <details><summary>中文</summary></details>\n</nav>';

describe("the language of a built page", () => {
  it("follows the page's folder", () => {
    expect(frameworkPath("zh/lab.html")).toBe("/zh/lab");
    expect(frameworkPath("index.html")).toBe("/index");
    expect(localeOfPage("zh/index.html")).toBe("zh");
    expect(localeOfPage("lab.html")).toBe("en");
  });

  it("writes <html lang> and the table of contents' label, idempotently", () => {
    const zh = localizePage(PAGE(FRAMEWORK_SIDEBAR), "zh/lab.html");
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<div>目录</div>");
    expect(localizePage(zh, "zh/lab.html")).toBe(zh);
    const en = localizePage(PAGE(FRAMEWORK_SIDEBAR), "lab.html");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<div>Contents</div>");
  });

  it("gives English pages an English sidebar without the Chinese pages", () => {
    const sidebar = sidebarHtml("/degradation");
    expect(sidebar).not.toContain("中文");
    expect(sidebar).not.toContain("zh/");
    for (const page of PAGES) expect(sidebar).toContain(`>${page.name}</a>`);
    expect(sidebar).toContain('<li class="observablehq-link observablehq-link-active"><a href="./degradation">The degradation problem</a></li>');
    expect(sidebar).toContain("<details open>\n    <summary>Why it works</summary>");
    expect(sidebarHtml("/lesion")).toContain('<details open class="observablehq-section-active">');
  });

  it("gives Chinese pages a Chinese sidebar: twins in Chinese, the rest marked as English", () => {
    const sidebar = sidebarHtml("/zh/index");
    for (const page of PAGES) {
      const isTwin = ZH_PAGES.includes(page);
      const href = isTwin ? (page.path === "/" ? "./" : `.${page.path}`) : page.path === "/" ? "../" : `..${page.path}`;
      expect(sidebar).toContain(`<a href="${href}"${isTwin ? "" : ' hreflang="en"'}>${page.names.zh}${isTwin ? "" : "（英文）"}</a>`);
    }
    expect(sidebar).toContain("<summary>为什么有效</summary>");
    expect(sidebar).not.toMatch(/>(Overview|Lab|References)</);
  });
});
