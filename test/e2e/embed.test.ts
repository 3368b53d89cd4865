/**
 * Embeds (issue 16, item 4): a course page on another origin (another port) frames
 * `/degradation?embed=1&hide=seed`; the frame shows the lab alone, trains, and posts its height to the parent,
 * which fits the frame to it; no console or page errors.
 */
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import type {Browser, Frame} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {HEIGHT_MESSAGE} from "../../src/components/classroom/embed.ts";
import {launchBrowser, recordPage, type PageLog} from "./browser.ts";
import {SCREENSHOT_DIR} from "./labHelpers.ts";

/** The course page: the iframe snippet and the parent-side listener of docs/teaching.md. */
function coursePage(src: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Course</title></head><body style="font-family: sans-serif">
<h1>Week 3: why deeper nets train worse</h1><p>Try the lab below.</p>
<iframe id="lab" src="${src}" title="Degradation lab" style="width: 100%; border: 1px solid #888" loading="eager"></iframe>
<p>After the lab.</p>
<script>
window.heights = [];
addEventListener("message", (event) => {
  if (event.data?.type !== "${HEIGHT_MESSAGE}") return;
  window.heights.push({origin: event.origin, height: event.data.height});
  document.getElementById("lab").style.height = event.data.height + "px";
});
</script></body></html>`;
}

describe("a lab embedded in a course page on another origin", () => {
  let browser: Browser;
  let server: Server;
  let parentUrl: string;
  let log: PageLog;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    const html = coursePage(`${baseUrl}/degradation?embed=1&hide=seed&steps=50`);
    server = createServer((_request, response) => response.writeHead(200, {"content-type": "text/html"}).end(html));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    parentUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => server?.close(() => done()));
  });

  it("shows the lab alone, trains it, and fits the frame to the heights it posts", async () => {
    expect(new URL(parentUrl).origin).not.toBe(new URL(baseUrl).origin);
    const page = await browser.newPage({viewport: {width: 1024, height: 900}});
    log = recordPage(page, baseUrl);
    await page.goto(parentUrl);
    await page.waitForFunction(() => (window as any).heights?.length > 0, null, {timeout: 60_000});
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${baseUrl}/degradation`)) as Frame;
    expect(frame).toBeDefined();
    await frame.waitForFunction(() => document.querySelector(".rx-progress")?.getAttribute("data-phase") === "finished", null, {timeout: 120_000, polling: 250});
    for (const hidden of ["#observablehq-sidebar", "#observablehq-footer", ".rx-skips", "h1", '.rx-control[data-param="seed"]']) {
      expect(await frame.locator(hidden).first().isHidden(), hidden).toBe(true);
    }
    expect(await frame.locator("#try-it-build-the-degradation-curve-yourself").isVisible()).toBe(true);
    expect(await frame.locator('.rx-control[data-param="deep"]').isVisible()).toBe(true);
    expect(await frame.locator(".rx-lab-curves, .rx-progress").first().isVisible()).toBe(true);
    const heights: {origin: string; height: number}[] = await page.evaluate(() => (window as any).heights);
    expect(heights.every((entry) => entry.origin === new URL(baseUrl).origin && entry.height > 200)).toBe(true);
    const last = heights[heights.length - 1].height;
    await expect.poll(() => page.evaluate(() => (window as any).heights.at(-1).height)).toBe(
      await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
    );
    expect(last).toBeGreaterThan(200);
    expect(await page.locator("#lab").evaluate((frameEl) => frameEl.getBoundingClientRect().height)).toBeGreaterThan(200);
    await page.screenshot({path: `${SCREENSHOT_DIR}/embed-parent-1024.png`, fullPage: true});
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
