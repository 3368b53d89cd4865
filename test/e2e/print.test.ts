/**
 * A printable handout (issue 11): every page printed to PDF in Chromium is a clean document — no sidebar, controls,
 * buttons or notes about the URL in the print layout, math intact, external links numbered with their addresses listed at
 * the end, a footer with the page's address and the date — and
 * its page count stays within bounds (a figure that overflowed would add pages, a broken layout would lose them).
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {PAGES} from "../../observablehq.config.ts";
import {launchBrowser} from "./browser.ts";

/** Labels of controls that must not reach paper, as lines of their own (the prose may name them). */
const CONTROL_WORDS = /^\s*(Copy link|Train( A, B and C)?|Retrain|SVG|PNG|CSV|Replay|Clear my runs|Pause|Step( \d+)?|Reset|Stop)\s*$/m;

describe("printing a page", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("gives a clean handout of every page: no controls, math intact, a sensible number of pages", async () => {
    const page = await browser.newPage({viewport: {width: 1024, height: 900}});
    const report: string[] = [];
    for (const {path} of PAGES) {
      await page.goto(baseUrl + path, {waitUntil: "networkidle"});
      await page.emulateMedia({media: "print"});
      const seen = await page.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.getClientRects().length > 0).length;
        return {
          text: document.body.innerText,
          sidebar: visible("#observablehq-sidebar"),
          controls: visible("button, select, input, .rx-control, .rx-url-notes"),
          math: visible(".katex"),
          heading: document.querySelector("h1")?.getBoundingClientRect().height ?? 0,
          externalAddresses: new Set([...document.querySelectorAll<HTMLAnchorElement>("#observablehq-main a[href^='http']")].map((link) => link.getAttribute("href"))).size,
          linkSuffix: (() => {
            const link = document.querySelector("#observablehq-main a[data-footnote]");
            return link ? getComputedStyle(link, "::after").content : null;
          })(),
          notes: [...document.querySelectorAll(".rx-print-notes li")].map((item) => item.textContent ?? ""),
          footer: document.querySelector<HTMLElement>(".rx-print-footer")?.innerText ?? ""
        };
      });
      expect(seen.sidebar, path).toBe(0);
      expect(seen.heading, `${path}: its title prints`).toBeGreaterThan(10);
      expect(seen.controls, path).toBe(0);
      expect(seen.text, path).not.toMatch(CONTROL_WORDS);
      if (path !== "/lab" && path !== "/references") expect(seen.math, path).toBeGreaterThan(0);
      // external links numbered, their addresses listed once each; the footer names the page and the day
      if (seen.externalAddresses > 0) expect(seen.linkSuffix, path).toMatch(/^"\[" attr\(data-footnote\) "\]"$|^"\[\d+\]"$/);
      expect(seen.notes.length, path).toBe(seen.externalAddresses);
      expect(seen.footer, path).toContain(`Printed from ${baseUrl}${path}`);
      expect(seen.footer, path).toMatch(/ on (\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})\.$/);
      const pdf = await page.pdf({format: "A4", printBackground: true});
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      report.push(`${path}: ${pages} pages`);
      expect(pages, path).toBeGreaterThanOrEqual(1);
      expect(pages, path).toBeLessThanOrEqual(40);
      await page.emulateMedia({media: "screen"});
    }
    console.log(report.join(", "));
    await page.close();
  });
});
