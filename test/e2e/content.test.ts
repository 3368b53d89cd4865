/**
 * The narrative pages: they keep a marked place for each live lab, and show the published figures exactly as the
 * data in src/data/papers/ holds them (in Chromium). That they fit a 375 px phone screen is layout.test.ts's.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES} from "../../observablehq.config.ts";
import {tableModel} from "../../src/components/paperTable.ts";
import * as papers from "../../src/data/papers/index.ts";
import {launchBrowser, recordPage} from "./browser.ts";

/** The content engineer's pages, the lab slots each must keep, and the live labs that have replaced slots. */
const CONTENT_PAGES: {path: string; labSlots: string[]; labs?: string[]}[] = [
  {path: "/", labSlots: [], labs: ["hero"]},
  {path: "/degradation", labSlots: []}, // the degradation lab itself is tested in degradationLab.test.ts
  {path: "/residual-learning", labSlots: [], labs: ["residual-unit-lab"]},
  {path: "/gradient-flow", labSlots: [], labs: ["gradient-flow-lab"]},
  {path: "/shattered-gradients", labSlots: [], labs: ["shattered-lab"]}, // in detail: shatteredLab.test.ts
  {path: "/results", labSlots: [], labs: ["reproductions"]}, // in detail: reproductions.test.ts
  {path: "/references", labSlots: []}
];

const RESULT_TABLES = [
  papers.HE2015_TABLE2,
  papers.HE2015_TABLE3,
  papers.HE2015_TABLE4,
  papers.HE2015_TABLE5,
  papers.HE2015_TABLE6,
  papers.HE2016_TABLE1,
  papers.HE2016_TABLE2,
  papers.HE2016_TABLE3
];

describe("content pages", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height: 800}});
    const log = recordPage(page, baseUrl);
    await page.goto(baseUrl + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(300);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    return page;
  }

  it("every narrative page keeps a marked place for each live lab (in the page as served)", async () => {
    for (const {path, labSlots, labs = []} of CONTENT_PAGES) {
      const html = await (await fetch(baseUrl + path)).text();
      const count = (id: string, className: string) =>
        (html.match(new RegExp(`<div (?=[^>]*\\bid="${id}")(?=[^>]*\\bclass="${className}")[^>]*>`, "g")) ?? []).length;
      for (const id of labSlots) expect(count(id, "lab-slot"), `${path} #${id}`).toBe(1);
      for (const id of labs) expect(count(id, "lab"), `${path} #${id}`).toBe(1);
    }
  });

  it("Overview: the ILSVRC chart is one labelled SVG with a bar per entry and its sources", async () => {
    const page = await open("/", 1200);
    const chart = page.locator("figure.chart");
    expect(await chart.locator("svg").count()).toBe(1);
    expect(await chart.locator('svg [aria-label="bar"] rect').count()).toBe(papers.ILSVRC_WINNERS.length);
    expect(await chart.locator("svg").textContent()).toContain("Top-5 error");
    expect(await chart.locator("svg").textContent()).toContain("152 layers");
    const caption = await chart.locator("figcaption").textContent();
    for (const entry of papers.ILSVRC_WINNERS) expect(caption).toContain(entry.errorSource);
    await page.close();
  });

  it("Overview: the map of the site links to every other page", async () => {
    const page = await open("/", 1200);
    const hrefs = await page.locator("main ol a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const {path} of PAGES.filter((candidate) => candidate.path !== "/")) expect(hrefs).toContain(path);
    await page.close();
  });

  it("Results: every published table is shown exactly as the data holds it, with its source", async () => {
    const page = await open("/results", 1200);
    for (const table of RESULT_TABLES) {
      const figure = page.locator(`figure#${table.id}`);
      expect(await figure.locator("figcaption").textContent()).toContain(table.source);
      const shown = await figure.locator("tbody tr").evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent ?? ""))
      );
      expect(shown).toEqual(tableModel(table).body);
    }
    await page.close();
  });

  it("Gradient flow: the derivation is typeset at build time, one display per step", async () => {
    const html = await (await fetch(baseUrl + "/gradient-flow")).text();
    expect(html.match(/class="katex-display"/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
    expect(html).not.toContain("katex-error");
  });

  /** The visible text of a page's main column, after its cells have run. */
  async function mainText(path: string): Promise<string> {
    const page = await open(path, 1200);
    const text = (await page.locator("main").textContent()) ?? "";
    await page.close();
    return text.replace(/\s+/g, " ");
  }

  it("Residual units: the first and last pre-activation units are cited to the 2016 Appendix, option C to §4.1", async () => {
    const text = await mainText("/residual-units");
    expect(text).toMatch(/very first unit reuses the activation after the stem, and the last unit gets an extra BN and ReLU before the average pooling \(He et al\. 2016, Appendix\)/);
    expect(text).not.toContain("(He et al. 2016, §4)");
    expect(text).toMatch(/He et al\. 2015, §3\.3\): A, and B/);
    expect(text).toMatch(/A third, C, appears only later[^.]*\(He et al\. 2015, §4\.1 and Table 3\)/);
    expect(text).toContain("Shortcut options A, B and C (A and B: He et al. 2015, §3.3; C: §4.1)");
    expect(text).not.toContain("three ways out (He et al. 2015, §3.3");
  });

  it("Results: units (c) and (d) also have nothing after the addition; (d) is very similar to the original", async () => {
    const text = await mainText("/results");
    expect(text).not.toContain("Only the full pre-activation unit, with nothing after the addition, improves");
    expect(text).toMatch(/Three of the variants leave nothing after the addition/);
    expect(text).toContain("5.91% against 5.93% on ResNet-164, which the paper calls very similar");
    const table6 = await (async () => {
      const page = await open("/results", 1200);
      const notes = (await page.locator("figure#he2015-table6").textContent()) ?? "";
      await page.close();
      return notes;
    })();
    expect(table6).not.toContain("Highway-19: best of 5 runs");
    expect(table6).toContain("Training Very Deep Networks");
    expect(table6).toContain("does not say how many runs");
  });

  it("Results: a closing summary links to every lab, and every link lands on an existing section", async () => {
    const page = await open("/results", 1200);
    const hrefs = await page.evaluate(() => {
      const links: string[] = [];
      let node = document.querySelector("main h2#summary")?.nextElementSibling ?? null;
      while (node && node.tagName !== "H2") {
        for (const link of node.querySelectorAll("a")) links.push((link as HTMLAnchorElement).href);
        node = node.nextElementSibling;
      }
      return links;
    });
    await page.close();
    const targets = hrefs.map((href) => new URL(href)).map((url) => url.pathname + url.hash);
    for (const lab of [
      "/#hero",
      "/degradation#try-it-build-the-degradation-curve-yourself",
      "/residual-learning#residual-unit-lab",
      "/gradient-flow#gradient-flow-lab",
      "/residual-units#shortcut-lab",
      "/architecture#resnet50-lab",
      "/results#reproductions",
      "/lab",
      "/residual-units#pre-activation-the-unit-of-identity-mappings",
      "/references#after-res-net"
    ]) {
      expect(targets).toContain(lab);
    }
    for (const url of hrefs.map((href) => new URL(href))) {
      if (!url.hash) continue;
      const html = await (await fetch(url.origin + url.pathname)).text();
      expect(html, url.pathname + url.hash).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it("Architecture: the TensorFlow ResNet-50 is introduced by name, never as 'the seed'", async () => {
    const page = await open("/architecture", 1200);
    const text = ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
    const prose = (
      await page.locator("main").evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        for (const code of copy.querySelectorAll(".rx-builder-source")) code.remove();
        return copy.textContent ?? "";
      })
    ).replace(/\s+/g, " ");
    await page.close();
    expect(text).not.toMatch(/seed article|the seed's/i); // the code panel's notes too
    expect(prose).not.toMatch(/the seed's|seed article|seed explainer/i);
    const title = prose.indexOf("你必须要知道CNN模型：ResNet");
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(prose.indexOf("TensorFlow ResNet-50 of the Chinese explainer") + 60);
    expect(prose).toContain("机器学习算法全栈工程师 (Jeemy110)");
    expect(prose).toContain("xiaohu2015/DeepLearning_tutorials");
    for (const name of ["_block", "_bottleneck"]) expect(prose).toContain(name);
    expect(prose).not.toContain("match the paper's rounding");
    expect(prose).toContain("The FLOPs agree within 0.1×10⁹");
    expect(prose).not.toContain("later moved");
    expect(prose).toContain("torchvision's model puts it on the 3×3");
    expect(prose).not.toContain("twice as deep as VGG-19");
    expect(prose).toContain("34 weight layers to VGG-19's 19");
    const phone = await open("/architecture", 375);
    const chinese = await phone.locator('main [lang="zh-CN"]').allTextContents();
    expect(chinese).toContain("《你必须要知道CNN模型：ResNet》");
    const widths = await phone.evaluate(() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth}));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await phone.close();
  });

  it("Overview, degradation, gradient flow and residual learning: the corrected wordings", async () => {
    const overview = await mainText("/");
    expect(overview).not.toContain("first deep network");
    expect(overview).not.toContain("deeper than anything trained successfully before");
    expect(overview).toContain("the deepest yet presented on ImageNet (He et al. 2015, §1)");
    expect(overview).toContain("the paper does not say it is the network of the 2013 Clarifai entry");
    const degradation = await mainText("/degradation");
    expect(degradation).not.toContain("throughout training (He et al. 2015, Fig. 1)");
    expect(degradation).toContain("higher training error than the 20-layer one, and hence a higher test error");
    const flow = await mainText("/gradient-flow");
    expect(flow).not.toContain("nothing else changes");
    expect(flow).toContain("a much weaker condition than");
    expect(flow).toContain("read the scalar argument as a heuristic");
    const learning = await mainText("/residual-learning");
    expect(learning).not.toContain("small random initial weights already start the block close to the identity");
    expect(learning).toContain("of the branch's last BatchNorm to zero");
    expect(learning).toContain("BatchNorm undoes any shrinking of the weights before it");
  });

  it("References: Training Very Deep Networks, the Chinese explainer and its code, and the works after ResNet", async () => {
    const text = await mainText("/references");
    expect(text).toContain("Srivastava et al. 2015b");
    expect(text).toContain("Training Very Deep Networks. NeurIPS (NIPS) 2015");
    expect(text).toContain("你必须要知道CNN模型：ResNet");
    expect(text).toContain("Jeemy110");
    expect(text).toContain("https://github.com/xiaohu2015/DeepLearning_tutorials");
    for (const id of ["1605.07146", "1608.06993", "1611.05431", "2002.10444"]) expect(text).toContain(id);
    expect(text).not.toContain("src/engine");
  });

  it("References: both papers and every cited work, as links only", async () => {
    const page = await open("/references", 1200);
    const text = (await page.locator("main").textContent()) ?? "";
    for (const id of ["1512.03385", "1603.05027", "1409.1556", "1409.4842", "1502.03167", "1502.01852", "1505.00387", "1311.2901", "1409.0575"]) {
      expect(text).toContain(id);
    }
    for (const name of ["Krizhevsky", "Glorot", "Cortes", "Burges"]) expect(text).toContain(name);
    expect(await page.locator("main img, main script[src^='http'], main iframe").count()).toBe(0);
    await page.close();
  });
});
