/**
 * "Run 5 seeds" on the degradation lab: one progress bar for the twenty runs, the lab's own runs stopped, then a table
 * of five seeds (four losses and a verdict each) whose count the sentence repeats, exported as SVG, PNG and CSV, and
 * the twenty runs added to the run history.
 */
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser} from "./browser.ts";
import {openDegradation, ownRunCount, waitForPhase} from "./labHelpers.ts";
import {checkExports} from "./storyLabHelpers.ts";

describe("five seeds at once", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("trains the four nets for five seeds and tallies the verdicts", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}, acceptDownloads: true});
    const {page, log} = await openDegradation(context, baseUrl, "?steps=40&seed=3");
    await waitForPhase(page, ["finished"]);
    const batch = page.locator(".rx-seed-batch");
    await batch.getByRole("button", {name: /^Run 5 seeds \(3–7\)/}).click();
    const progress = batch.locator(".rx-progress");
    await expect.poll(() => progress.getAttribute("data-phase"), {timeout: 30_000}).toMatch(/running|finished/);
    expect(await progress.locator(".rx-progress__run").count()).toBe(20);
    await expect.poll(() => progress.getAttribute("data-phase"), {timeout: 170_000}).toBe("finished");
    expect(await progress.locator(".rx-progress__text").textContent()).toMatch(/^Done: 20 nets trained 40 steps/);

    const rows = batch.locator(".rx-seed-batch__table tbody tr");
    expect(await rows.count()).toBe(5);
    const table = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")));
    expect(table.map((row) => row[0])).toEqual(["3", "4", "5", "6", "7"]);
    for (const row of table) {
      for (const loss of row.slice(1, 5)) expect(loss).toMatch(/^\d\.\d{3}$|^no number/);
      expect(row[5]).not.toBe("running");
    }
    const cured = table.filter((row) => row[5] === "degradation shown and cured").map((row) => row[0]);
    const sentence = await batch.locator(".rx-seed-batch__summary").textContent();
    expect(sentence).toContain(`Degradation shown and cured on ${cured.length} of 5 seeds`);
    if (cured.length > 0) expect(sentence).toContain(`(${cured.join(", ")})`);

    const csv = await checkExports(page, batch.locator(".rx-export"));
    expect(csv.map((row) => row.seed)).toEqual(["3", "4", "5", "6", "7"]);
    expect(Object.keys(csv[0])).toEqual(["seed", "plain-20 loss", "residual-20 loss", "plain-56 loss", "residual-56 loss", "verdict"]);
    await expect.poll(() => ownRunCount(page)).toBe(20); // the batch's twenty: seed 3's four are the lab's own settings, kept once
    expect([...log.consoleErrors, ...log.pageErrors]).toEqual([]);
    await context.close();
  });
});
