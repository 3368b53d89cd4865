/**
 * The built site under the headers of docs/hosting.md, as `npm run serve` sends them: every page loads under
 * the Content-Security-Policy without a single `securitypolicyviolation` (listened for in the page from before its
 * first script), console error, failed or off-site request, with its headings and its math, and is saved as a
 * full-page screenshot in test-results/screenshots (this is the test that opens every page whole; pages.test.ts
 * checks what needs no browser); the Lab trains a net and its twin, draws them and exports them under it; KaTeX's
 * fonts arrive as files. And without JavaScript every page says the figures need it, and still shows its math.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES} from "../../observablehq.config.ts";
import {CONTENT_SECURITY_POLICY} from "../../scripts/securityHeaders.ts";
import {serve} from "../../scripts/serve.ts";
import {NOSCRIPT_NOTE} from "../../scripts/postbuild/noscriptNote.ts";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {download, PNG_SIGNATURE} from "./exportFiles.ts";
import {SCREENSHOT_DIR} from "./labHelpers.ts";

/** Pages without math of their own. */
const PAGES_WITHOUT_MATH = new Set(["/lab", "/references"]);

/** Starts collecting the page's CSP violations (in every document it loads) as `directive blocked-URI @ source:line`. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as {__cspViolations: string[]}).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI || "inline"} @ ${event.sourceFile}:${event.lineNumber}`)
    );
  });
  return () => page.evaluate(() => [...(window as unknown as {__cspViolations: string[]}).__cspViolations]);
}

/** Scrolls to the bottom in steps, so the labs that start when they come into view start. */
async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, 700);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(100);
    if (atBottom) break;
  }
}

function expectClean(log: PageLog, violations: string[]): void {
  expect(violations).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.failedRequests).toEqual([]);
  expect(log.offOriginRequests).toEqual([]);
}

describe("under the site's Content-Security-Policy", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is what the test server sends, on pages and on the worker's script alike", async () => {
    const page = await fetch(`${baseUrl}/lab`);
    expect(page.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
    const html = await page.text();
    const worker = /_file\/vendor\/train\.worker\.[0-9a-f]+\.js/.exec(await (await fetch(`${baseUrl}${/src="\.(\/lab\.[0-9a-f]+\.js)"/.exec(html)?.[1]}`)).text());
    expect(worker).not.toBeNull();
    expect((await fetch(`${baseUrl}/${worker![0]}`)).headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("the built pages hold no inline script, no style attribute and no inline style", async () => {
    for (const {path} of PAGES) {
      const html = await (await fetch(baseUrl + path)).text();
      expect(html.match(/<script\b[^>]*>[^<]/g) ?? [], path).toEqual([]);
      expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? [], path).toEqual([]);
      expect(html.match(/<[a-z][^>]*\sstyle=/gi) ?? [], path).toEqual([]);
      expect(html, path).not.toContain("<style");
    }
  });

  for (const {name, path} of PAGES) {
    it(`${name} (${path}) loads and runs its figures without a violation`, async () => {
      const page = await browser.newPage({viewport: {width: 1200, height: 900}});
      const log = recordPage(page, baseUrl);
      const violations = await watchViolations(page);
      await page.goto(baseUrl + path, {waitUntil: "networkidle"});
      await scrollThrough(page);
      await page.waitForTimeout(1500);
      expect((await page.locator("main h1").first().textContent())?.trim().length).toBeGreaterThan(0);
      expect(await page.locator("main h2").count()).toBeGreaterThan(0);
      const slug = path === "/" ? "index" : path.replace(/^\//, "").replace(/\//g, "-");
      await page.screenshot({path: `${SCREENSHOT_DIR}/${slug}.png`, fullPage: true});
      if (!PAGES_WITHOUT_MATH.has(path)) {
        const fontFamily = await page.locator("main .katex").first().evaluate((element) => getComputedStyle(element).fontFamily);
        expect(fontFamily).toContain("KaTeX_Main");
        expect(await page.evaluate(() => document.fonts.check("16px KaTeX_Main"))).toBe(true);
      }
      const found = await violations();
      await page.close();
      expectClean(log, found);
    });
  }

  it("KaTeX's fonts are files of the site, loaded by the pages that typeset math", async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on("response", (response) => {
      if (/\/fonts\/KaTeX_[\w-]+\.woff2$/.test(response.url()) && response.status() === 200) fonts.push(response.url());
    });
    await page.goto(`${baseUrl}/gradient-flow`, {waitUntil: "networkidle"});
    await page.evaluate(() => document.fonts.ready);
    await page.close();
    expect(fonts.some((url) => url.endsWith("/KaTeX_Main-Regular.woff2"))).toBe(true);
    expect(fonts.every((url) => url.startsWith(baseUrl + "/"))).toBe(true);
  });

  it("the Lab trains without cross-origin isolation too (single-threaded WebAssembly), still without a violation", async () => {
    const {server, url} = await serve({root: "dist", isolated: false});
    try {
      const page = await browser.newPage();
      const log = recordPage(page, url);
      const violations = await watchViolations(page);
      await page.goto(`${url}/lab?dataset=circles&units=2&hidden=8&steps=30`, {waitUntil: "networkidle"});
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
      await page.locator(".rx-lab-train").click();
      await page.locator('.rx-progress[data-phase="finished"]').waitFor({timeout: 120_000});
      const found = await violations();
      await page.close();
      expectClean(log, found);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it("the Lab trains a net and its twin, draws and exports them", async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const log = recordPage(page, baseUrl);
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl}/lab?dataset=circles&units=2&hidden=8&steps=40`, {waitUntil: "networkidle"});
    await page.locator(".rx-lab-train").click();
    await page.locator('.rx-progress[data-phase="finished"]').waitFor({timeout: 120_000});
    expect(await page.locator(".rx-progress__run").allTextContents()).toEqual(["residual MLP-6: done", "plain MLP-6: done"]);
    const figures = page.locator(".rx-lab-charts .rx-export");
    expect(await figures.count()).toBe(3);
    expect(await page.locator(".rx-boundary__panel svg [aria-label=raster] image").count()).toBe(2);
    // Downloaded and read here, not parsed in the page: a test parsing the SVG there would itself count as inline styles.
    const buttons = figures.first().locator(".rx-export__buttons button");
    const svg = (await download(page, buttons.filter({hasText: /^SVG$/}))).bytes.toString("utf8");
    expect(svg).toMatch(/^(<\?xml [^>]*\?>\s*)?<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("seed 1");
    expect(svg).toMatch(/<text [^>]*style="font: ?\d/); // the title's and caption's styles travel with the file
    const png = (await download(page, buttons.filter({hasText: /^PNG$/}))).bytes;
    expect(PNG_SIGNATURE.every((byte, i) => png[i] === byte)).toBe(true);
    const csv = (await download(page, buttons.filter({hasText: /^CSV$/}))).bytes.toString("utf8");
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThan(20);
    const found = await violations();
    await page.close();
    expectClean(log, found);
  });

  it("without JavaScript, every page says the figures need it and still shows its math", async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 900, height: 900}});
    for (const {path} of PAGES) {
      const page = await context.newPage();
      const log = recordPage(page, baseUrl);
      await page.goto(baseUrl + path, {waitUntil: "load"});
      const note = page.locator("main .rx-noscript");
      expect(await note.isVisible(), path).toBe(true);
      expect((await note.textContent())?.trim(), path).toBe(NOSCRIPT_NOTE);
      const noteBox = await note.boundingBox();
      const headingBox = await page.locator("main h1").first().boundingBox();
      expect(noteBox!.y, `${path}: the note comes before the title`).toBeLessThan(headingBox!.y);
      expect(await page.locator("observablehq-loading").evaluateAll((spinners) => spinners.filter((s) => (s as HTMLElement).offsetParent !== null).length), path).toBe(0);
      if (!PAGES_WITHOUT_MATH.has(path)) {
        const math = page.locator("main .katex");
        expect(await math.count(), path).toBeGreaterThan(0);
        expect(await math.first().isVisible(), path).toBe(true);
      }
      await page.close();
      expect(log.offOriginRequests, path).toEqual([]);
    }
    await context.close();
  });

  it("with JavaScript the note for readers without it stays hidden", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`, {waitUntil: "domcontentloaded"});
    expect(await page.locator("noscript").count()).toBe(2); // the note and the stylesheet that hides the spinners
    expect(await page.locator(".rx-noscript").count()).toBe(0);
    await page.close();
  });
});
