/**
 * Chart export in Chromium. The export component and a fixture with two charts (a Plot chart with an HTML
 * swatch legend, a hand-made SVG) are bundled with esbuild and served from the site's origin; the test clicks
 * each button, captures the download and checks the file: the SVG parses as XML with an <svg> root and holds
 * the title, legend and caption; the PNG has the PNG signature, twice the SVG's size and is not blank; the
 * CSV has the header and every row, quoted where needed. Nothing is requested off the origin.
 */
import {build} from "esbuild";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {download, evaluateOffSite, PNG_SIGNATURE} from "./exportFiles.ts";


async function bundleFixture(): Promise<string> {
  const result = await build({
    entryPoints: ["test/e2e/fixtures/exportFixture.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent"
  });
  return result.outputFiles[0].text;
}

/** Parses SVG text in the browser: root name, parser errors, text content, size and nested <svg> count. */
function inspectSvg(page: Page, text: string) {
  return evaluateOffSite(page, (source: string) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      texts: Array.from(root.getElementsByTagName("text"), (node) => node.textContent),
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      nestedSvgs: root.getElementsByTagName("svg").length,
      styles: root.getElementsByTagName("style").length
    };
  }, text);
}

/** Fraction of a PNG's pixels that differ from its top-left pixel (0 for a blank image). */
function inkFraction(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const {data} = context.getImageData(0, 0, image.width, image.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30) differing++;
    }
    return differing / (data.length / 4);
  }, png.toString("base64"));
}

describe("chart export", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    const script = await bundleFixture();
    browser = await launchBrowser();
    page = await browser.newPage({viewport: {width: 900, height: 900}, acceptDownloads: true});
    log = recordPage(page, baseUrl);
    await page.route(`${baseUrl}/__export-fixture`, (route) =>
      route.fulfill({contentType: "text/html", body: `<!doctype html><meta charset="utf-8"><body style="font-family: system-ui, sans-serif"><script type="module">${script.replace(/<\/script/gi, "<\\/script")}</script></body>`})
    );
    await page.goto(`${baseUrl}/__export-fixture`);
    await page.locator("body[data-ready='true']").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const plotFigure = () => page.locator("figure.rx-export").nth(0);
  const handMadeFigure = () => page.locator("figure.rx-export").nth(1);

  it("shows the title, the caption and the three buttons around the chart", async () => {
    const figure = plotFigure();
    expect(await figure.locator(".rx-export__title").textContent()).toBe("Fixture: two decaying curves");
    expect(await figure.locator("figcaption").textContent()).toBe("fixture data, not a training run · seed 7");
    expect(await figure.getByRole("button").allTextContents()).toEqual(["SVG", "PNG", "CSV"]);
    expect(await handMadeFigure().getByRole("button").allTextContents()).toEqual(["SVG", "PNG"]);
  });

  it("SVG: valid XML with an <svg> root, the title, the merged legend and the caption, styles inlined", async () => {
    const {name, bytes} = await download(page, plotFigure().getByRole("button", {name: /as SVG/}));
    expect(name).toBe("fixture-two-decaying-curves.svg");
    const text = bytes.toString("utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const svg = await inspectSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe("svg");
    expect(svg.texts).toContain("Fixture: two decaying curves");
    expect(svg.texts).toContain("fixture data, not a training run · seed 7");
    expect(svg.texts).toEqual(expect.arrayContaining(["curve A", "curve B", "↑ value", "step →"]));
    expect(svg.nestedSvgs).toBe(3); // the plot and the two legend swatches
    expect(svg.styles).toBe(0);
    expect(Number.isInteger(svg.width) && Number.isInteger(svg.height)).toBe(true);
    expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/); // no references off the file
  });

  it("PNG: the PNG signature, twice the SVG's size, and a drawing on it", async () => {
    const svg = await inspectSvg(page, (await download(page, plotFigure().getByRole("button", {name: /as SVG/}))).bytes.toString("utf8"));
    const {name, bytes} = await download(page, plotFigure().getByRole("button", {name: /as PNG/}));
    expect(name).toBe("fixture-two-decaying-curves.png");
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * svg.width, 2 * svg.height]);
    const ink = await inkFraction(page, bytes);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });

  it("CSV: the header and every row drawn, quoted where needed", async () => {
    const {name, bytes} = await download(page, plotFigure().getByRole("button", {name: /as CSV/}));
    expect(name).toBe("fixture-two-decaying-curves.csv");
    const lines = bytes.toString("utf8").split("\r\n");
    expect(lines[0]).toBe("step,loss,net,note");
    expect(lines[1]).toBe('0,2.3,curve A,"start, ""init"""');
    expect(lines[2]).toMatch(/^10,\d\.\d+,curve A,$/);
    expect(lines.length).toBe(1 + 22 + 1); // header, 2 nets × 11 steps, and the final CRLF
    expect(lines[lines.length - 1]).toBe("");
  });

  it("exports a hand-made SVG with its page styles inlined, under the given file name", async () => {
    const {name, bytes} = await download(page, handMadeFigure().getByRole("button", {name: /as SVG/}));
    expect(name).toBe("unit-diagram.svg");
    const text = bytes.toString("utf8");
    const svg = await inspectSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.texts).toEqual(expect.arrayContaining(["A hand-made diagram", "F(x) + x", "hand-made SVG · seed 1"]));
    expect(text).toMatch(/fill:\s*rgb\(139, 0, 0\)/); // .label { fill: darkred } from the page's stylesheet
    const png = await download(page, handMadeFigure().getByRole("button", {name: /as PNG/}));
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([2 * svg.width, 2 * svg.height]);
  });

  it("made no request off the origin and threw no error", () => {
    expect(log.offOriginRequests).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
  });
});

describe("export colours on a dark page", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("are light by default — slides are usually light — and the page's own on request", async () => {
    const context = await browser.newContext({viewport: {width: 1024, height: 768}, colorScheme: "dark", acceptDownloads: true});
    const page = await context.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/architecture`, {waitUntil: "load"});
    const figure = page.locator(".rx-export").first();
    await figure.waitFor();
    const colours = async () => {
      const {bytes} = await download(page, figure.getByRole("button", {name: /as SVG/}));
      return evaluateOffSite(page, (source: string) => {
        const root = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
        return {background: root.querySelector(":scope > rect")?.getAttribute("fill"), text: root.getAttribute("fill")};
      }, bytes.toString("utf8"));
    };
    expect(await colours()).toEqual({background: "rgb(255, 255, 255)", text: "rgb(27, 30, 35)"});
    await figure.locator(".rx-export__theme").selectOption("page");
    const dark = await colours();
    expect(dark.background).not.toBe("rgb(255, 255, 255)");
    expect(dark.text).not.toBe("rgb(27, 30, 35)");
    // The page itself stays dark throughout.
    expect(await figure.evaluate((element) => getComputedStyle(element).color)).toBe(dark.text);
    await context.close();
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
  it("draw an HTML table's CSS borders: Table 1's bracket bars and rules reach the SVG", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
    const page = await context.newPage();
    await page.goto(`${baseUrl}/architecture`, {waitUntil: "load"});
    const figure = page.locator(".rx-export:has(.depth-table)");
    await figure.waitFor();
    const brackets = await figure.locator(".bracket-body").count();
    const {bytes} = await download(page, figure.getByRole("button", {name: /as SVG/}));
    const lines = await evaluateOffSite(page, (source: string) => {
      const root = new DOMParser().parseFromString(source, "image/svg+xml").documentElement;
      return [...root.querySelectorAll("line")].filter((line) => line.getAttribute("x1") === line.getAttribute("x2")).length; // vertical ones
    }, bytes.toString("utf8"));
    expect(brackets).toBe(20); // 4 stages × 5 depths
    expect(lines).toBeGreaterThanOrEqual(2 * brackets); // each bracket's left and right bar
    await context.close();
  });
});
